/**
 * `atvsld history record` and `history show` on a copy of the sample
 * workspace (built CLI): recorded years carry forward into a 2026
 * consolidation with no forms of 2024 or 2025 left; recording a year twice
 * without --amend exits 2 and changes no byte; --amend keeps the old record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, runBuiltCli } from './run-cli.js';
import { formParts } from './demo-base-by-hand.js';

const DEMO = join(REPO_ROOT, 'fixtures', 'demo');
let ws: string;
let parts2024: Map<string, number>;
let parts2025: Map<string, number>;

const cli = (...args: string[]) => runBuiltCli([...args, '--workspace', ws]);
const historyFile = (): string => join(ws, 'history', 'indicators.yaml');

async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out.set(relative(dir, path), createHash('sha256').update(await readFile(path)).digest('hex'));
  }
  return out;
}

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'atvsld-history-'));
  await cp(DEMO, ws, { recursive: true, filter: (src) => relative(DEMO, src) !== 'out' });
  parts2024 = await formParts(ws, 2024);
  parts2025 = await formParts(ws, 2025);
}, 60_000);

afterAll(async () => {
  if (ws) await rm(ws, { recursive: true, force: true });
});

describe('history record, then a later year', () => {
  it('records 2024 and 2025 with their territory, agencies, as-of date and the workbook\'s sha256', async () => {
    const r24 = await cli('history', 'record', '--year', '2024', '--as-of', '2025-01-05', '--quiet');
    expect(r24.code, r24.stderr).toBe(0);
    expect(r24.stdout).toContain('Đã ghi số liệu năm 2024 (tỉnh Bắc Giang, 9 số liệu)');
    const r25 = await cli('history', 'record', '--year', '2025', '--as-of', '2026-01-05', '--quiet');
    expect(r25.code).toBe(1); // the sample's one planted error; the figures are recorded all the same
    // --quiet silences progress only: the planted error is on stderr, and the run ends with its log line.
    expect(r24.stderr).toContain('REPORT_LATE'); // Sơn Động's 2024 form, 3 days late
    expect(r24.stderr).toMatch(/\natvsld \S+ history-record year=2024 files=38 errors=0 warnings=1 report=history\/indicators\.yaml exit=0\n$/);
    expect(r25.stderr).toContain('STATUS_MISSING');
    expect(r25.stderr).toMatch(/\natvsld \S+ history-record year=2025 files=121 errors=1 warnings=\d+ report=history\/\S+ exit=1\n$/);
    const file = parse(await readFile(historyFile(), 'utf8')) as {
      years: Record<string, Record<string, { asOf?: string; report?: { file: string; sha256: string }; parts: Record<string, number | { value: number; agencies?: string[] }> }>>;
    };
    const rec = file.years['2025']!['bac-ninh']!;
    expect(rec.asOf).toBe('2026-01-05');
    const workbook = await readFile(join(ws, 'out', 'bao-cao-tong-hop-2025.xlsx'));
    expect(rec.report).toEqual({ file: 'bao-cao-tong-hop-2025.xlsx', sha256: createHash('sha256').update(workbook).digest('hex') });
    expect(rec.parts['so-nguoi-chet']).toEqual({ value: parts2025.get('so-nguoi-chet'), agencies: ['so-noi-vu'] });
    expect(file.years['2024']!['bac-giang']!.parts['so-lao-dong']).toMatchObject({ value: parts2024.get('so-lao-dong') });
    // What was there before is still there, comments included.
    expect(await readFile(historyFile(), 'utf8')).toMatch(/^# Số liệu của tỉnh các năm trước/);
    expect(file.years['2024']!['bac-ninh-cu']!.parts['so-nguoi-chet']).toBe(14);
  }, 120_000);

  it('refuses a year the plan does not cover, as consolidate does: exit 2, nothing written, the log line says so', async () => {
    const before = await snapshot(ws);
    const early = await cli('history', 'record', '--year', '2019', '--as-of', '2020-01-05');
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('năm 2019 không thuộc kế hoạch');
    expect(early.stderr).toMatch(/atvsld \S+ history-record year=2019 .*exit=2\n$/);
    expect(await snapshot(ws)).toEqual(before);
  }, 60_000);

  it('refuses to record 2025 again without --amend: exit 2, no byte of the workspace changed', async () => {
    const before = await snapshot(ws);
    const again = await cli('history', 'record', '--year', '2025', '--as-of', '2026-01-06');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Năm 2025 của tỉnh Bắc Ninh (bac-ninh) đã được ghi');
    expect(await snapshot(ws)).toEqual(before);
  }, 60_000);

  it('a 2026 consolidation shows 2024 and 2025 from the recorded figures, with no forms of those years left', async () => {
    await rm(join(ws, 'submissions', '2024'), { recursive: true });
    await rm(join(ws, 'submissions', '2025'), { recursive: true });
    const r = await cli('consolidate', '--year', '2026', '--as-of', '2026-12-28', '--format', 'json');
    const json = JSON.parse(r.stdout) as {
      indicators: { id: string; values: Record<string, number | null>; parts: Record<string, Record<string, { value: number | null; source: string; note?: string }>>; cumulative?: { baseTerritories: string[]; baseValue: number } }[];
    };
    const [rate, exams] = json.indicators;
    expect(rate!.values['2024']).toBeCloseTo((parts2024.get('so-nguoi-chet')! / parts2024.get('so-lao-dong')!) * 1e5, 9);
    expect(rate!.values['2025']).toBeCloseTo((parts2025.get('so-nguoi-chet')! / parts2025.get('so-lao-dong')!) * 1e5, 9);
    expect(exams!.values['2025']).toBe(parts2025.get('so-nld-duoc-kham-bnn'));
    expect(rate!.parts['so-nguoi-chet']!['2025']).toMatchObject({ source: 'history', note: 'báo cáo tổng hợp bao-cao-tong-hop-2025.xlsx' });
    // The cumulative change since 2024 is measured on today's territory: old Bắc Giang + old Bắc Ninh.
    expect(exams!.cumulative).toMatchObject({ baseTerritories: ['bac-giang', 'bac-ninh-cu'], baseValue: parts2024.get('so-nld-duoc-kham-bnn')! + 33900 });
  }, 60_000);

  it('--amend replaces the record and keeps the old one under amended, with its date; show lists both with their sources', async () => {
    await cp(join(DEMO, 'submissions', '2025'), join(ws, 'submissions', '2025'), { recursive: true });
    const amend = await cli('history', 'record', '--year', '2025', '--as-of', '2026-01-10', '--amend', '--quiet');
    expect(amend.stdout).toContain('Đã ghi lại số liệu năm 2025');
    const file = parse(await readFile(historyFile(), 'utf8')) as { amended: { year: number; territory: string; amendedOn: string; figures: { recordedOn: string } }[] };
    expect(file.amended).toEqual([{ year: 2025, territory: 'bac-ninh', amendedOn: '2026-01-10', figures: expect.objectContaining({ recordedOn: '2026-01-05' }) }]);

    const show = await cli('history', 'show');
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('2025 — tỉnh Bắc Ninh (bac-ninh): ghi bằng "history record" từ báo cáo tổng hợp bao-cao-tong-hop-2025.xlsx');
    expect(show.stdout).toMatch(/so-nguoi-chet\s+\d+\s+do Sở Nội vụ báo cáo/);
    expect(show.stdout).toMatch(/2024 — tỉnh Bắc Ninh \(cũ\) \(bac-ninh-cu\): nhập trong tệp/);
    expect(show.stdout).toContain('Bản đã được thay (--amend):');
    const json = JSON.parse((await cli('history', 'show', '--format', 'json')).stdout) as { version: number; records: { year: number; territory: string; origin: string }[]; amended: unknown[] };
    expect(json.version).toBe(1);
    expect(json.records.map((r) => `${r.year} ${r.territory} ${r.origin}`)).toEqual([
      '2022 bac-giang typed',
      '2023 bac-giang typed',
      '2024 bac-giang recorded',
      '2024 bac-ninh-cu typed',
      '2025 bac-ninh recorded',
    ]);
    expect(json.amended).toHaveLength(1);
  }, 60_000);
});
