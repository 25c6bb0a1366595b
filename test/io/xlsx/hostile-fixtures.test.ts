import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../src/core/diagnostics/format.js';
import { readWorkbookFile } from '../../../src/io/xlsx/read-workbook.js';
import type { ReadOptions, WorkbookReadResult } from '../../../src/io/xlsx/read-workbook.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../../fixtures/hostile/${name}`, import.meta.url));
const MB = 1024 * 1024;

interface Measured {
  result: WorkbookReadResult;
  ms: number;
  rssGrowth: number;
}

/** Reads a fixture, timing it and sampling RSS so bombs must stay bounded. */
async function measure(name: string, options?: ReadOptions): Promise<Measured> {
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  const result = await readWorkbookFile(fixture(name), options);
  const ms = performance.now() - start;
  return { result, ms, rssGrowth: process.memoryUsage().rss - rssBefore };
}

const codes = (r: WorkbookReadResult): string[] => r.diagnostics.map((d) => d.code);

/** The files the safe reader refuses, with their code (shared with the end-to-end test). */
const REFUSED = JSON.parse(readFileSync(fixture('expected.json'), 'utf8')) as { file: string; code: string }[];

describe('hostile fixtures are refused with their own code, fast and in bounded memory', () => {
  it.each([...REFUSED.map((r): [string, string] => [r.file, r.code]), ['does-not-exist.xlsx', 'WORKBOOK_NOT_FOUND']])('%s → %s', async (name, code) => {
    const { result, ms, rssGrowth } = await measure(name);
    expect(codes(result)).toEqual([code]);
    expect(result.grid).toBeUndefined();
    expect(result.diagnostics[0]?.location?.file).toBe(fixture(name));
    expect(result.diagnostics[0]?.severity).toBe('error');
    expect(ms).toBeLessThan(1000);
    expect(rssGrowth).toBeLessThan(200 * MB);
  });

  it('the lying bomb is stopped while inflating, at the size it declared', async () => {
    const { result } = await measure('zip-bomb-lying-size.xlsx');
    expect(result.diagnostics[0]?.args).toMatchObject({ reason: 'inflates-past-declared', declared: 4096 });
    expect(formatMessage(result.diagnostics[0]!, 'vi')).toContain('(giải nén vượt quá 4.096 byte đã khai báo)');
  });

  it('keeps the hash and the modification time of a file it refuses', async () => {
    const { result } = await measure('legacy-xls.xlsx');
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.modifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
  });

  it('a 20 MB cell is dropped and reported at its sheet and cell; its neighbour is read', async () => {
    const { result, rssGrowth } = await measure('long-cell.xlsx', { limits: { maxRatio: 10_000 } });
    expect(codes(result)).toEqual(['WORKBOOK_CELL_TOO_LONG']);
    expect(result.diagnostics[0]?.location).toMatchObject({ sheet: 'Sheet1', cell: 'A1' });
    const sheet = result.grid?.sheets[0];
    expect(sheet?.cells.has('A1')).toBe(false);
    expect(sheet?.cells.get('B1')?.value).toEqual({ kind: 'text', text: 'ngắn' });
    expect(rssGrowth).toBeLessThan(200 * MB);
  });

  it('a cell past the last row or column stops that sheet with its location', async () => {
    const { result, ms } = await measure('row-past-limit.xlsx');
    expect(result.diagnostics.map((d) => [d.code, d.location?.sheet, d.location?.cell])).toEqual([
      ['WORKBOOK_TOO_MANY_ROWS', 'Rows', 'A2000000000'],
      ['WORKBOOK_TOO_MANY_COLUMNS', 'Cols', 'XFE1'],
    ]);
    expect(result.grid?.sheets.map((s) => s.cells.size)).toEqual([1, 1]);
    expect(ms).toBeLessThan(1000);
  });
});

describe('quirky but valid fixtures read correctly', () => {
  it('rows and cells without r attributes get their positions inferred', async () => {
    const { result } = await measure('rows-without-r.xlsx');
    expect(result.diagnostics).toEqual([]);
    const cells = [...(result.grid?.sheets[0]?.cells.values() ?? [])].map((c) => [c.ref, c.value]);
    expect(cells).toEqual([
      ['A1', { kind: 'text', text: 'A1' }],
      ['B1', { kind: 'number', value: 2 }],
      ['A2', { kind: 'number', value: 3 }],
      ['C2', { kind: 'number', value: 4 }],
      ['D2', { kind: 'number', value: 5 }],
      ['A5', { kind: 'number', value: 6 }],
      ['A6', { kind: 'boolean', value: true }],
    ]);
  });

  it('t="d" cells are ISO dates', async () => {
    const { result } = await measure('iso-date-cell.xlsx');
    const sheet = result.grid?.sheets[0];
    expect(sheet?.cells.get('A1')?.value).toEqual({ kind: 'date', iso: '2024-03-15', serial: 45366 });
    expect(sheet?.cells.get('B1')?.value).toMatchObject({ kind: 'date', iso: '2025-12-31' });
  });

  it('formulas keep a cached 0, false or "" and have value null without a cached result', async () => {
    const { result } = await measure('formula-cached.xlsx');
    const sheet = result.grid?.sheets[0];
    expect(sheet?.cells.get('A1')).toEqual({ ref: 'A1', row: 1, col: 1, value: { kind: 'number', value: 0 }, formula: '1-1' });
    expect(sheet?.cells.get('B1')).toEqual({ ref: 'B1', row: 1, col: 2, value: null, formula: 'A1*2' });
    expect(sheet?.cells.get('C1')?.value).toEqual({ kind: 'boolean', value: false });
    expect(sheet?.cells.get('D1')?.value).toEqual({ kind: 'text', text: '' });
  });

  it('a whole-column data validation (A2:P1048576) costs nothing', async () => {
    const { result, ms, rssGrowth } = await measure('whole-column-validation.xlsx');
    expect(result.diagnostics).toEqual([]);
    expect(result.grid?.sheets[0]?.cells.get('A1')?.value).toEqual({ kind: 'text', text: 'Trạng thái' });
    expect(ms).toBeLessThan(200);
    expect(rssGrowth).toBeLessThan(50 * MB);
  });
});
