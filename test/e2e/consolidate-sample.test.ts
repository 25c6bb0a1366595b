/**
 * The main job on the sample workspace, run as a user runs it, checked cell by
 * cell against figures computed here by hand from the forms' raw cells — never
 * by calling the code under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { REPO_ROOT, runBuiltCli, type CliRun } from './run-cli.js';

const DEMO = join(REPO_ROOT, 'fixtures', 'demo');
const AS_OF = '2025-12-28';

let ws: string;
let run: CliRun;
let inputHashesBefore: Map<string, string>;

async function hashTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(path, createHash('sha256').update(await readFile(path)).digest('hex'));
  }
  return out;
}

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The figure an agency typed for one indicator part, read straight from its form's "Chỉ tiêu" sheet. */
async function rawPart(year: number, agency: string, part: string): Promise<number> {
  const workbook = await readWorkbook(join(DEMO, 'submissions', String(year), `bao-cao-atvsld-${year}-${agency}.xlsx`));
  const sheet = workbook.getWorksheet('Chỉ tiêu');
  let value: number | undefined;
  sheet?.eachRow((row) => {
    if (row.getCell(1).value === part) value = Number(row.getCell(5).value);
  });
  if (value === undefined) throw new Error(`${part} not found in ${agency} ${year}`);
  return value;
}

function cellNumber(sheet: ExcelJS.Worksheet, ref: string): number {
  return Number(sheet.getCell(ref).value);
}

/** The row of the summary sheet whose column B starts with `label`. */
function summaryRow(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && String(row.getCell(2).value ?? '').startsWith(label)) found = row;
  });
  if (!found) throw new Error(`no summary row "${label}"`);
  return found;
}

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'atvsld-sample-'));
  await cp(DEMO, ws, { recursive: true, filter: (src) => !src.startsWith(join(DEMO, 'out')) });
  inputHashesBefore = await hashTree(join(ws, 'submissions'));
  run = await runBuiltCli(['consolidate', '--workspace', ws, '--year', '2025', '--as-of', AS_OF, '--out', join(ws, 'out', 'a.xlsx')]);
}, 120_000);

afterAll(async () => {
  if (ws) await rm(ws, { recursive: true, force: true });
});

describe('atvsld consolidate on the sample workspace (built CLI)', () => {
  it('exits 1 for the one planted error and prints the summary', () => {
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('đã nhận 22/23 cơ quan');
    expect(run.stdout).toContain('1 lỗi, 2 cảnh báo');
  });

  it('writes completeness and timeliness as the sample README works them out', async () => {
    const sheet = (await readWorkbook(join(ws, 'out', 'a.xlsx'))).getWorksheet('Tổng hợp')!;
    // 23 agencies owe a 2025 report; Thanh tra tỉnh sent nothing; Sở Xây dựng's cover is dated 23/12.
    const expected = 23;
    const received = 22;
    const onTime = 21;
    expect(summaryRow(sheet, 'Cơ quan, đơn vị phải báo cáo').getCell(7).value).toBe(expected);
    const receivedRow = summaryRow(sheet, 'Đã gửi báo cáo');
    expect(receivedRow.getCell(7).value).toBe(received);
    expect(Number(receivedRow.getCell(8).value)).toBeCloseTo(received / expected, 10);
    const onTimeRow = summaryRow(sheet, 'Gửi đúng hạn');
    expect(onTimeRow.getCell(7).value).toBe(onTime);
    expect(Number(onTimeRow.getCell(8).value)).toBeCloseTo(onTime / expected, 10);
    expect(summaryRow(sheet, 'Gửi sau thời hạn').getCell(7).value).toBe(1);
    expect(summaryRow(sheet, 'Chưa gửi báo cáo').getCell(7).value).toBe(1);
  });

  it('writes the three indicators for 2024 and 2025, their changes and target verdicts, computed by hand from the forms', async () => {
    const rate = (deaths: number, workers: number): number => (deaths / workers) * 100_000;
    const change = (now: number, before: number): number => ((now - before) / before) * 100;
    // 2024: the labour department reported the accident figures; 2025: Sở Nội vụ, its successor.
    const fatal24 = rate(await rawPart(2024, 'so-ldtbxh', 'so-nguoi-chet'), await rawPart(2024, 'so-ldtbxh', 'so-lao-dong'));
    const fatal25 = rate(await rawPart(2025, 'so-noi-vu', 'so-nguoi-chet'), await rawPart(2025, 'so-noi-vu', 'so-lao-dong'));
    const examined24 = await rawPart(2024, 'so-y-te', 'so-nld-duoc-kham-bnn');
    const examined25 = await rawPart(2025, 'so-y-te', 'so-nld-duoc-kham-bnn');
    const monitored24 = await rawPart(2024, 'so-y-te', 'so-co-so-duoc-quan-trac');
    const monitored25 = await rawPart(2025, 'so-y-te', 'so-co-so-duoc-quan-trac');
    const expected = [
      { row: 'Tần suất tai nạn lao động chết người', v24: fatal24, v25: fatal25, met: change(fatal25, fatal24) <= -4 },
      { row: 'Số người lao động được khám', v24: examined24, v25: examined25, met: change(examined25, examined24) >= 5 },
      { row: 'Số cơ sở phát sinh yếu tố có hại được quan trắc', v24: monitored24, v25: monitored25, met: change(monitored25, monitored24) >= 5 },
    ];
    // The sample is built so that one target is missed.
    expect(expected.map((e) => e.met)).toEqual([true, false, true]);

    const sheet = (await readWorkbook(join(ws, 'out', 'a.xlsx'))).getWorksheet('Tổng hợp')!;
    for (const e of expected) {
      const row = summaryRow(sheet, e.row);
      expect(Number(row.getCell(4).value), `${e.row} 2024`).toBeCloseTo(e.v24, 9);
      expect(Number(row.getCell(5).value), `${e.row} 2025`).toBeCloseTo(e.v25, 9);
      expect(Number(row.getCell(6).value), `${e.row} change`).toBeCloseTo(change(e.v25, e.v24), 9);
      expect(String(row.getCell(8).value), `${e.row} verdict`).toBe(e.met ? '✓ Đạt' : '✗ Không đạt');
    }
    expect(cellNumber(sheet, 'D24')).toBeCloseTo(fatal24, 9);
  });

  it('never touches the input files', async () => {
    expect(await hashTree(join(ws, 'submissions'))).toEqual(inputHashesBefore);
  });

  it('gives the same cell contents for the same --as-of, and byte-identical JSON', async () => {
    const second = await runBuiltCli(['consolidate', '--workspace', ws, '--year', '2025', '--as-of', AS_OF, '--out', join(ws, 'out', 'b.xlsx')]);
    expect(second.code).toBe(1);
    const [a, b] = await Promise.all([readWorkbook(join(ws, 'out', 'a.xlsx')), readWorkbook(join(ws, 'out', 'b.xlsx'))]);
    const dump = (w: ExcelJS.Workbook): string[] =>
      w.worksheets.flatMap((s) => {
        const cells: string[] = [];
        s.eachRow((row) => row.eachCell((c) => cells.push(`${s.name}!${c.address}=${JSON.stringify(c.value)}`)));
        return cells;
      });
    expect(dump(b)).toEqual(dump(a));
    const args = ['consolidate', '--workspace', ws, '--year', '2025', '--as-of', AS_OF, '--format', 'json', '--out', join(ws, 'out', 'c.xlsx')];
    const [j1, j2] = [await runBuiltCli(args), await runBuiltCli(args)];
    expect(j1.stdout.length).toBeGreaterThan(1000);
    expect(j2.stdout).toBe(j1.stdout);
    const json = JSON.parse(j1.stdout) as { version: number; completeness: { expected: number; received: number; onTime: number; late: number; missing: number } };
    expect(json.version).toBe(1);
    expect(json.completeness).toMatchObject({ expected: 23, received: 22, onTime: 21, late: 1, missing: 1 });
  }, 120_000);
});
