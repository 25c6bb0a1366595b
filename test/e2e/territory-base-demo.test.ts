/**
 * The like-for-like base on the sample workspace (issue 10): 2025 is the
 * merged tỉnh Bắc Ninh, so its 2024 base is old Bắc Giang's forms plus the
 * old Bắc Ninh's history figures. Worked out by hand (demo-base-by-hand.ts)
 * and compared with the workbook's cells, read back, and with the JSON;
 * then again with the old Bắc Ninh's history removed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { parseDocument } from 'yaml';
import { REPO_ROOT, runBuiltCli } from './run-cli.js';
import { formParts, handIndicators, historyParts, type HandIndicator } from './demo-base-by-hand.js';

const DEMO = join(REPO_ROOT, 'fixtures', 'demo');
let ws: string;
let hand: HandIndicator[];

interface JsonIndicator {
  id: string;
  previousTerritories: string[];
  previousValue: number | null;
  previousParts: Record<string, { value: number | null; components: { territory: string; value: number | null; source: string }[] }>;
  changePercent: number | null;
  met: boolean | null;
  flags: string[];
  baseGaps: { territory: string; year: number; parts: string[] }[];
}

const run = (...extra: string[]) =>
  runBuiltCli(['consolidate', '--workspace', ws, '--year', '2025', '--as-of', '2025-12-28', ...extra]);

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'atvsld-territory-'));
  await cp(DEMO, ws, { recursive: true, filter: (src) => relative(DEMO, src) !== 'out' });
  hand = await handIndicators(ws, 2025);
}, 60_000);

afterAll(async () => {
  if (ws) await rm(ws, { recursive: true, force: true });
});

describe('consolidate 2025 on the sample workspace: 2024 compared on the merged territory', () => {
  it('JSON: previousTerritories, the summed base and the verdict on it', async () => {
    const result = await run('--format', 'json', '--out', join(ws, 'out', 'j.xlsx'));
    const json = JSON.parse(result.stdout) as { indicators: JsonIndicator[]; territories: { id: string; name: string }[] };
    expect(json.territories.map((t) => t.id)).toEqual(['bac-ninh', 'bac-giang', 'bac-ninh-cu']);
    expect(json.indicators.map((i) => i.id)).toEqual(hand.map((h) => h.id));
    hand.forEach((h, k) => {
      const row = json.indicators[k]!;
      expect(row.previousTerritories).toEqual(['bac-giang', 'bac-ninh-cu']);
      expect(row.previousValue).toBeCloseTo(h.base, 9);
      expect(row.changePercent).toBeCloseTo(h.change, 9);
      expect(row.met).toBe(h.met);
      expect(row.flags).not.toContain('TERRITORY_PARTIAL_BASE');
    });
    // The rate's parts: each territory's figure, the old Bắc Ninh's from the history file.
    const deaths = json.indicators[0]!.previousParts['so-nguoi-chet']!;
    const own = await formParts(ws, 2024);
    const other = await historyParts(ws, 2024, 'bac-ninh-cu');
    expect(deaths.components.map((c) => [c.territory, c.value, c.source])).toEqual([
      ['bac-giang', own.get('so-nguoi-chet'), 'submissions'],
      ['bac-ninh-cu', other.get('so-nguoi-chet'), 'history'],
    ]);
    expect(deaths.value).toBe(own.get('so-nguoi-chet')! + other.get('so-nguoi-chet')!);
  }, 60_000);

  it('workbook: the base column, change and verdict of "Chỉ tiêu" and the summary, read back from the file', async () => {
    const out = join(ws, 'out', 'w.xlsx');
    const result = await run('--out', out);
    expect(result.stdout).toContain('năm 2024 cùng địa bàn (tỉnh Bắc Giang + tỉnh Bắc Ninh (cũ))');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Chỉ tiêu')!;
    // The sheet stacks tables (values by year, verdicts, parts), each found by its header row's texts.
    const headerOf = (first: string, other: string): number => {
      let found = 0;
      sheet.eachRow((row, n) => {
        if (!found && row.getCell(1).value === first && (row.values as unknown[]).includes(other)) found = n;
      });
      expect(found, `${first} / ${other}`).toBeGreaterThan(0);
      return found;
    };
    const column = (headerRow: number, header: string): number => {
      let found = 0;
      sheet.getRow(headerRow).eachCell((c, col) => {
        if (c.value === header) found = col;
      });
      expect(found, header).toBeGreaterThan(0);
      return found;
    };
    /** The table's rows by the text of its column `key`. */
    const rowsOf = (headerRow: number, key: number): Map<string, ExcelJS.Row> => {
      const rows = new Map<string, ExcelJS.Row>();
      sheet.eachRow((row, n) => {
        if (n > headerRow && !rows.has(String(row.getCell(key).value))) rows.set(String(row.getCell(key).value), row);
      });
      return rows;
    };
    const values = headerOf('Chỉ tiêu', 'Năm 2025');
    const verdicts = headerOf('Chỉ tiêu', 'Đánh giá năm');
    const partsHeader = headerOf('Số liệu', 'Mã số liệu');
    const baseCol = column(values, 'Năm 2024 cùng địa bàn năm 2025');
    const [changeCol, verdictCol] = [column(verdicts, 'Thay đổi 2025 so với 2024'), column(verdicts, 'Đánh giá năm')];
    const valueRows = rowsOf(values, column(values, 'Mã'));
    const verdictRows = rowsOf(verdicts, 1);
    for (const h of hand) {
      const row = valueRows.get(h.id)!;
      expect(Number(row.getCell(baseCol).value)).toBeCloseTo(h.base, 9);
      const verdictRow = verdictRows.get(String(row.getCell(1).value))!;
      expect(Number(verdictRow.getCell(changeCol).value)).toBeCloseTo(h.change, 9);
      expect(verdictRow.getCell(verdictCol).value).toBe(h.met ? '✓ Đạt' : '✗ Không đạt');
    }
    const own = await formParts(ws, 2024);
    const other = await historyParts(ws, 2024, 'bac-ninh-cu');
    const partRows = rowsOf(partsHeader, column(partsHeader, 'Mã số liệu'));
    const partBaseCol = column(partsHeader, 'Năm 2024 cùng địa bàn năm 2025');
    for (const part of ['so-nguoi-chet', 'so-lao-dong', 'so-nld-duoc-kham-bnn', 'so-co-so-duoc-quan-trac']) {
      expect(partRows.get(part)!.getCell(partBaseCol).value, part).toBe(own.get(part)! + other.get(part)!);
    }
    expect(String(sheet.getCell('A2').value)).toContain('tổng số liệu của tỉnh Bắc Giang + tỉnh Bắc Ninh (cũ)');
    const summary = workbook.getWorksheet('Tổng hợp')!;
    const previous = new Map<string, number>();
    summary.eachRow((row) => previous.set(String(row.getCell(2).value), Number(row.getCell(4).value)));
    expect(JSON.stringify(summary.getSheetValues())).toContain('Năm 2024 (cùng địa bàn)');
    expect(hand.map((h) => h.base).every((b) => [...previous.values()].some((v) => Math.abs(v - b) < 1e-9))).toBe(true);
  }, 60_000);

  it('without the old Bắc Ninh\'s 2024 history: change still shown, every verdict null, TERRITORY_PARTIAL_BASE naming the territory and year', async () => {
    const file = join(ws, 'history', 'indicators.yaml');
    const doc = parseDocument(await readFile(file, 'utf8'));
    expect(doc.deleteIn(['years', '2024', 'bac-ninh-cu'])).toBe(true);
    await writeFile(file, doc.toString());
    const result = await run('--format', 'json', '--out', join(ws, 'out', 'p.xlsx'));
    const json = JSON.parse(result.stdout) as { indicators: JsonIndicator[]; diagnostics: { code: string; message: string }[] };
    for (const [k, row] of json.indicators.entries()) {
      expect(row.met).toBeNull();
      expect(row.flags).toContain('TERRITORY_PARTIAL_BASE');
      expect(row.baseGaps.map((g) => [g.territory, g.year])).toEqual([['bac-ninh-cu', 2024]]);
      expect(row.previousValue).toBeCloseTo(hand[k]!.own, 9);
      expect(row.changePercent).toBeCloseTo(((hand[k]!.current - hand[k]!.own) / hand[k]!.own) * 100, 9);
    }
    const messages = json.diagnostics.filter((d) => d.code === 'TERRITORY_PARTIAL_BASE').map((d) => d.message);
    expect(messages).toHaveLength(3);
    for (const m of messages) expect(m).toMatch(/thiếu số liệu năm 2024 của tỉnh Bắc Ninh \(cũ\)/);
    const text = await run('--out', join(ws, 'out', 'p2.xlsx'));
    expect(text.stdout).toContain('? Tần suất tai nạn lao động chết người');
    expect(text.stdout).toContain('thiếu số liệu năm 2024 của tỉnh Bắc Ninh (cũ), chưa đánh giá được');
  }, 60_000);
});
