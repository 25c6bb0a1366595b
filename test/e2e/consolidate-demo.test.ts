/**
 * Issue #4's evidence, on a temp copy of the sample workspace: every figure
 * the consolidated workbook shows for completeness, timeliness and the three
 * indicators is recomputed here from the forms' raw cells (cover dates,
 * "Chỉ tiêu" values) with plain arithmetic — never by calling atvsld's code —
 * then checked cell by cell on the summary, indicators and reporting-status
 * sheets, in the printed summary and in the JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import ExcelJS from 'exceljs';
import { REPO_ROOT, runBuiltCli, type CliRun } from './run-cli.js';
import { handIndicators as likeForLike } from './demo-base-by-hand.js';

const DEMO = join(REPO_ROOT, 'fixtures', 'demo');
const AS_OF = '2025-12-28';
// plan: agencyDeadline '12-20'; 20/12/2025 is a Saturday, so it ends on Monday 22/12 (Điều 148 BLDS 2015).
const DEADLINE = Date.UTC(2025, 11, 22);
const DAY_MS = 86_400_000;

let ws: string;
let out: (name: string) => string;
let first: CliRun;
let inputsBefore: Map<string, string>;

async function hashInputs(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = join(e.parentPath, e.name);
    if (!e.isFile() || relative(dir, path).startsWith(`out${sep}`)) continue;
    hashes.set(relative(dir, path), createHash('sha256').update(await readFile(path)).digest('hex'));
  }
  return hashes;
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A table of a sheet, found by two texts of its header row (the first in column A): its columns by header, its rows by column A. */
function table(ws: ExcelJS.Worksheet, first: string, other: string): { header: number; col: (h: string) => number; row: (label: string) => ExcelJS.Row } {
  let header = 0;
  ws.eachRow((row, n) => {
    if (header || row.getCell(1).value !== first) return;
    row.eachCell((c) => {
      if (c.value === other) header = n;
    });
  });
  expect(header, `${first} / ${other}`).toBeGreaterThan(0);
  const col = (h: string): number => {
    let found = 0;
    ws.getRow(header).eachCell((c, n) => {
      if (c.value === h) found = n;
    });
    expect(found, h).toBeGreaterThan(0);
    return found;
  };
  const row = (label: string): ExcelJS.Row => {
    for (let n = header + 1; n <= ws.rowCount; n += 1) if (ws.getRow(n).getCell(1).value === label) return ws.getRow(n);
    throw new Error(`no row ${label} under row ${header}`);
  };
  return { header, col, row };
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet "${name}"`);
  return found;
}

/** The cell right of a label in column A ("Ngày báo cáo" → its date). */
function besideLabel(ws: ExcelJS.Worksheet, label: string): ExcelJS.CellValue {
  let value: ExcelJS.CellValue = null;
  ws.eachRow((row) => {
    if (String(row.getCell(1).value ?? '').normalize('NFC') === label) value = row.getCell(2).value;
  });
  return value;
}

/** The number an agency typed for one indicator part: column "Số liệu năm báo cáo" of its form's "Chỉ tiêu". */
async function rawPart(year: number, agency: string, part: string): Promise<number> {
  const indicators = sheet(await open(join(ws, 'submissions', String(year), `bao-cao-atvsld-${year}-${agency}.xlsx`)), 'Chỉ tiêu');
  let valueColumn = 0;
  let value: number | undefined;
  indicators.eachRow((row) => {
    row.eachCell((c, col) => {
      if (c.value === 'Số liệu năm báo cáo') valueColumn = col;
    });
    if (valueColumn && row.getCell(1).value === part) value = Number(row.getCell(valueColumn).value);
  });
  if (value === undefined || Number.isNaN(value)) throw new Error(`${part} not found in ${agency} ${year}`);
  return value;
}

interface Cover {
  agency: string;
  day: number;
  file: string;
}

/** Every 2025 file's cover: agency name and report date (UTC midnight). */
async function covers2025(): Promise<Cover[]> {
  const dir = join(ws, 'submissions', '2025');
  const files = (await readdir(dir)).filter((n) => n.endsWith('.xlsx')).sort();
  return Promise.all(
    files.map(async (file) => {
      const cover = sheet(await open(join(dir, file)), 'Thông tin chung');
      const date = besideLabel(cover, 'Ngày báo cáo');
      if (!(date instanceof Date)) throw new Error(`${file}: cover date is not a date`);
      return { agency: String(besideLabel(cover, 'Cơ quan báo cáo')).normalize('NFC'), day: date.getTime(), file };
    }),
  );
}

interface HandFigures {
  received: number;
  missing: number;
  expected: number;
  onTime: number;
  late: { agency: string; days: number }[];
}

/**
 * Later cover date wins for an agency that sent twice; the sample README names the two agencies that sent
 * nothing. Agencies are told apart by the name on their cover (xã Phúc Hòa typed "Xã Phúc Hoà").
 */
async function handCompleteness(): Promise<HandFigures> {
  const latest = new Map<string, number>();
  for (const c of await covers2025()) latest.set(c.agency, Math.max(latest.get(c.agency) ?? 0, c.day));
  const missing = 2; // Thanh tra tỉnh and UBND xã Tuấn Đạo (fixtures/demo/README.md)
  const late = [...latest].filter(([, day]) => day > DEADLINE).map(([agency, day]) => ({ agency, days: (day - DEADLINE) / DAY_MS }));
  return { received: latest.size, missing, expected: latest.size + missing, onTime: latest.size - late.length, late };
}

interface HandIndicator {
  name: string;
  v24: number;
  v25: number;
  /** 2024 on the merged province's territory (old Bắc Giang + old Bắc Ninh): what 2025 is compared with. */
  base: number;
  change: number;
  met: boolean;
}

async function handIndicators(): Promise<HandIndicator[]> {
  const rate = (deaths: number, workers: number): number => (deaths / workers) * 100_000;
  const change = (v25: number, base: number): number => ((v25 - base) / base) * 100;
  const bases = (await likeForLike(ws, 2025)).map((h) => h.base);
  let k = 0;
  const make = (name: string, v24: number, v25: number, met: (c: number) => boolean): HandIndicator => {
    const base = bases[k++]!;
    const c = change(v25, base);
    return { name, v24, v25, base, change: c, met: met(c) };
  };
  // 2024: the labour department reported the accidents; 2025: Sở Nội vụ, which took its work over.
  const fatal24 = rate(await rawPart(2024, 'so-ldtbxh', 'so-nguoi-chet'), await rawPart(2024, 'so-ldtbxh', 'so-lao-dong'));
  const fatal25 = rate(await rawPart(2025, 'so-noi-vu', 'so-nguoi-chet'), await rawPart(2025, 'so-noi-vu', 'so-lao-dong'));
  return [
    make('Tần suất tai nạn lao động chết người', fatal24, fatal25, (c) => c <= -4),
    make(
      'Số người lao động được khám, phát hiện bệnh nghề nghiệp',
      await rawPart(2024, 'so-y-te', 'so-nld-duoc-kham-bnn'),
      await rawPart(2025, 'so-y-te', 'so-nld-duoc-kham-bnn'),
      (c) => c >= 5,
    ),
    make(
      'Số cơ sở phát sinh yếu tố có hại được quan trắc môi trường lao động',
      await rawPart(2024, 'so-y-te', 'so-co-so-duoc-quan-trac'),
      await rawPart(2025, 'so-y-te', 'so-co-so-duoc-quan-trac'),
      (c) => c >= 5,
    ),
  ];
}

const viPercent = (x: number): string => (x * 100).toFixed(1).replace('.', ',');
const verdict = (met: boolean): string => (met ? '✓ Đạt' : '✗ Không đạt');
const consolidate = (outFile: string, ...extra: string[]): Promise<CliRun> =>
  runBuiltCli(['consolidate', '--workspace', ws, '--year', '2025', '--as-of', AS_OF, '--out', outFile, ...extra]);

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'atvsld-demo-'));
  out = (name) => join(ws, 'out', name);
  await cp(DEMO, ws, { recursive: true, filter: (src) => relative(DEMO, src) !== 'out' });
  inputsBefore = await hashInputs(ws);
  first = await consolidate(out('a.xlsx'));
}, 60_000);

afterAll(async () => {
  if (ws) await rm(ws, { recursive: true, force: true });
});

describe('atvsld consolidate --year 2025 on a copy of the sample workspace (built CLI)', () => {
  it('the hand-computed figures are the ones the sample README promises', async () => {
    const c = await handCompleteness();
    // 23 provincial agencies and 99 communes owe a 2025 report; 120 sent one.
    expect(c).toEqual({ received: 120, missing: 2, expected: 122, onTime: 119, late: [{ agency: 'Sở Xây dựng', days: 1 }] });
    // The merged province's 2025 figures against 2024 on the same territory: old Bắc Giang's forms + old Bắc Ninh's history.
    expect((await handIndicators()).map((i) => i.met)).toEqual([true, true, false]);
  });

  it('exits 1 for the one planted error and prints completeness, verdicts and the problem count', async () => {
    expect(first.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(first.code).toBe(1);
    const c = await handCompleteness();
    expect(first.stdout).toContain(
      `đã nhận ${c.received}/${c.expected} cơ quan (${viPercent(c.received / c.expected)} %); đúng hạn ${c.onTime} (${viPercent(c.onTime / c.expected)} %), trễ hạn ${c.late.length}, chưa gửi ${c.missing}`,
    );
    for (const i of await handIndicators()) expect(first.stdout).toContain(`${i.met ? '✓' : '✗'} ${i.name}:`);
    // + one FORM_PLAN_CHANGED per form made from an earlier version of the plan (none once the forms are regenerated).
    const planChanged = first.stderr.split('FORM_PLAN_CHANGED').length - 1;
    expect(first.stdout).toContain(`1 lỗi, ${3 + planChanged} cảnh báo`);
  });

  it('"Tổng hợp": completeness and timeliness, the indicators of 2024 and 2025, changes and verdicts, cell by cell', async () => {
    const summary = sheet(await open(out('a.xlsx')), 'Tổng hợp');
    const c = await handCompleteness();
    expect(summary.getCell('G15').value).toBe(c.expected);
    expect(summary.getCell('G16').value).toBe(c.received);
    expect(Number(summary.getCell('H16').value)).toBeCloseTo(c.received / c.expected, 12);
    expect(summary.getCell('G17').value).toBe(c.onTime);
    expect(Number(summary.getCell('H17').value)).toBeCloseTo(c.onTime / c.expected, 12);
    expect(summary.getCell('G18').value).toBe(c.late.length);
    expect(summary.getCell('G19').value).toBe(c.missing);
    expect(summary.getCell('D23').value).toBe('Năm 2024 (cùng địa bàn)');
    expect(summary.getCell('E23').value).toBe('Năm 2025');
    (await handIndicators()).forEach((i, k) => {
      const row = 24 + k;
      expect(summary.getCell(`B${row}`).value).toBe(i.name);
      expect(Number(summary.getCell(`D${row}`).value), `${i.name} 2024`).toBeCloseTo(i.base, 9);
      expect(Number(summary.getCell(`E${row}`).value), `${i.name} 2025`).toBeCloseTo(i.v25, 9);
      expect(Number(summary.getCell(`F${row}`).value), `${i.name} change`).toBeCloseTo(i.change, 9);
      expect(summary.getCell(`H${row}`).value, `${i.name} verdict`).toBe(verdict(i.met));
    });
  });

  it('"Chỉ tiêu": the same values in the year columns, and the parts behind the fatal-accident rate', async () => {
    const indicators = sheet(await open(out('a.xlsx')), 'Chỉ tiêu');
    // The sheet stacks tables (values by year, verdicts, parts): each is found by its header row's texts.
    const values = table(indicators, 'Chỉ tiêu', 'Năm 2025');
    const verdicts = table(indicators, 'Chỉ tiêu', 'Đánh giá năm');
    const partsTable = table(indicators, 'Số liệu', 'Mã số liệu');
    (await handIndicators()).forEach((i) => {
      const row = values.row(i.name);
      expect(Number(row.getCell(values.col('Năm 2024')).value)).toBeCloseTo(i.v24, 9);
      expect(Number(row.getCell(values.col('Năm 2025')).value)).toBeCloseTo(i.v25, 9);
      expect(Number(row.getCell(values.col('Năm 2024 cùng địa bàn năm 2025')).value)).toBeCloseTo(i.base, 9);
      const verdictRow = verdicts.row(i.name);
      expect(Number(verdictRow.getCell(verdicts.col('Thay đổi 2025 so với 2024')).value)).toBeCloseTo(i.change, 9);
      expect(verdictRow.getCell(verdicts.col('Đánh giá năm')).value).toBe(verdict(i.met));
    });
    const parts = new Map<string, [number, number]>();
    indicators.eachRow((row, n) => {
      if (n > partsTable.header) parts.set(String(row.getCell(partsTable.col('Mã số liệu')).value), [Number(row.getCell(partsTable.col('Năm 2024')).value), Number(row.getCell(partsTable.col('Năm 2025')).value)]);
    });
    expect(parts.get('so-nguoi-chet')).toEqual([await rawPart(2024, 'so-ldtbxh', 'so-nguoi-chet'), await rawPart(2025, 'so-noi-vu', 'so-nguoi-chet')]);
    expect(parts.get('so-lao-dong')).toEqual([await rawPart(2024, 'so-ldtbxh', 'so-lao-dong'), await rawPart(2025, 'so-noi-vu', 'so-lao-dong')]);
  });

  it('"Tình hình báo cáo": the late agency by its days, the missing one, the superseded first sending', async () => {
    const status = sheet(await open(out('a.xlsx')), 'Tình hình báo cáo');
    const byName = new Map<string, ExcelJS.Row>();
    status.eachRow((row, n) => {
      if (n > 5) byName.set(String(row.getCell(2).value).normalize('NFC'), row);
    });
    const c = await handCompleteness();
    expect(byName.size).toBe(c.expected);
    for (const { agency, days } of c.late) expect(byName.get(agency)?.getCell(7).value).toBe(days);
    expect(byName.get('Thanh tra tỉnh')?.getCell(4).value).toBe('Chưa');
    expect(byName.get('Ủy ban nhân dân xã Tuấn Đạo')?.getCell(4).value).toBe('Chưa');
    // Which file counted, and the one it replaced: on the technical (hidden, not printed) sheet of files.
    const files = new Map<string, ExcelJS.Row>();
    sheet(await open(out('a.xlsx')), 'Danh sách tệp').eachRow((row) => files.set(String(row.getCell(2).value), row));
    // No hidden metadata and a renamed file: the cover's "Xã Phúc Hoà" alone says whose form it is.
    expect(files.get('Bao cao ATVSLD 2025 - xa Phuc Hoa.xlsx')?.getCell(3).value).toBe('Ủy ban nhân dân xã Phúc Hòa');
    expect(String(files.get('bao-cao-atvsld-2025-so-tai-chinh-lan-1.xlsx')?.getCell(11).value)).toContain('so-tai-chinh-lan-2.xlsx');
    expect(files.get('bao-cao-atvsld-2025-so-tai-chinh-lan-2.xlsx')?.getCell(11).value).toBe('Không');
  });

  it('the same --as-of gives the same cells, formats and merges on every sheet, and byte-identical JSON', async () => {
    const second = await consolidate(out('b.xlsx'));
    expect(second.code).toBe(1);
    const dump = (w: ExcelJS.Workbook): string[] =>
      w.worksheets.flatMap((s) => {
        const lines = [`${s.name} merges ${JSON.stringify(Object.keys((s as unknown as { _merges: object })._merges ?? {}).sort())}`];
        s.eachRow((row) => row.eachCell((c) => lines.push(`${s.name}!${c.address}=${JSON.stringify(c.value)} ${c.numFmt ?? ''}`)));
        return lines;
      });
    const [a, b] = [dump(await open(out('a.xlsx'))), dump(await open(out('b.xlsx')))];
    expect(a.length).toBeGreaterThan(500);
    expect(b).toEqual(a);

    const j1 = await consolidate(out('c.xlsx'), '--format', 'json');
    const j2 = await consolidate(out('d.xlsx'), '--format', 'json');
    expect(j1.code).toBe(1);
    expect(j2.stdout).toBe(j1.stdout);
    const json = JSON.parse(j1.stdout) as {
      version: number;
      asOf: string;
      completeness: Record<string, number>;
      indicators: { values: Record<string, number>; changePercent: number; met: boolean }[];
      otherAgencies: { id: string; name: string }[];
    };
    const c = await handCompleteness();
    expect(json.version).toBe(1);
    expect(json.asOf).toBe(AS_OF);
    // 2024's labour figures came from the labour department, merged into Sở Nội vụ on 1/3/2025.
    expect(json.otherAgencies).toEqual([{ id: 'so-ldtbxh', name: 'Sở Lao động - Thương binh và Xã hội', shortName: 'Sở LĐTBXH' }]);
    expect(json.completeness).toMatchObject({ expected: c.expected, received: c.received, onTime: c.onTime, late: c.late.length, missing: c.missing });
    (await handIndicators()).forEach((i, k) => {
      expect(json.indicators[k]!.values['2024']).toBeCloseTo(i.v24, 9);
      expect(json.indicators[k]!.values['2025']).toBeCloseTo(i.v25, 9);
      expect(json.indicators[k]!.changePercent).toBeCloseTo(i.change, 9);
      expect(json.indicators[k]!.met).toBe(i.met);
    });
  }, 60_000);

  it('leaves every input file of the workspace byte for byte as it was', async () => {
    const after = await hashInputs(ws);
    expect([...after.keys()].filter((k) => k.startsWith(`submissions${sep}`)).length).toBe(38 + 121);
    expect(after).toEqual(inputsBefore);
  });
});
