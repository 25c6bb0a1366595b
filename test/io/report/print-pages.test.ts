import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../../../src/io/xlsx/read-limits.js';
import { readZipDirectory } from '../../../src/io/xlsx/zip-directory.js';
import { extractEntry } from '../../../src/io/xlsx/zip-entry.js';
import { choosePageBreaks } from '../../../src/io/report/print-pages.js';
import { writeConsolidatedWorkbook } from '../../../src/io/report/write-consolidated-workbook.js';
import { matrixLayout } from '../../../src/io/report/task-matrix-sheet.js';
import { buildAgencyMatrix } from '../../../src/core/consolidation/task-matrix.js';
import type { AgencyRow, ConsolidatedReport, TaskCell } from '../../../src/core/consolidation/consolidated-report.js';
import { findCells, readBack, smallReport, tempDir } from './report-fixture.js';

/** Rows of 10 points, a page of 100: ten rows a page, row 1 the repeated header. */
const layout = (lastRow: number, o: { keep?: number[]; least?: number } = {}) =>
  choosePageBreaks({
    height: () => 10,
    lastRow,
    titleRows: { from: 1, to: 1 },
    pagePoints: 100,
    ...(o.keep ? { keepWithNext: new Set(o.keep) } : {}),
    ...(o.least !== undefined ? { minLastRows: o.least } : {}),
  });

describe('choosePageBreaks', () => {
  it('fills each page: the header on every page, nine more rows after the first', () => {
    // Page 1: rows 1–10; page 2: header + 11–19; page 3: header + 20–28.
    expect(layout(28)).toEqual([10, 19]);
  });

  it('one page needs no break', () => {
    expect(layout(10)).toEqual([]);
  });

  it('never ends a page on a row kept with the next (a group header): it opens the next page', () => {
    expect(layout(27, { keep: [10] })).toEqual([9, 18]);
    // Two kept rows in a row both move.
    expect(layout(26, { keep: [9, 10] })).toEqual([8, 17]);
  });

  it('moves the last break up so that the last page carries at least three rows, not one orphan', () => {
    // Greedy: [10, 19] and row 20 alone on page 3.
    expect(layout(20)).toEqual([10, 17]);
    expect(layout(21, { least: 2 })).toEqual([10, 19]);
  });

  it('leaves a short last page when moving its break would leave the page before it shorter still', () => {
    // Rows 11–12 on page 2; giving it 9 rows would leave page 1 with 2 of its 9 body rows.
    expect(layout(12, { least: 9 })).toEqual([10]);
    expect(layout(12)).toEqual([9]);
  });
});

describe('the printed matrix of a province (122 agencies, 13 tasks)', () => {
  const communes = 99;
  function bigReport(): ConsolidatedReport {
    const base = smallReport();
    const agencies: AgencyRow[] = [];
    const add = (id: string, name: string, kind: AgencyRow['kind']): void => {
      agencies.push({ id, name, kind, expected: true, status: 'on-time', notYetDue: false, receivedOn: '2025-12-15', errors: 0, warnings: 0, superseded: [] });
    };
    add('ubnd', 'Ủy ban nhân dân tỉnh', 'provincial-committee');
    for (let i = 1; i <= 16; i += 1) add(`so-${i}`, `Sở số ${i}`, 'department');
    for (let i = 1; i <= communes; i += 1) add(`xa-${i}`, `Ủy ban nhân dân xã Số ${String(i).padStart(3, '0')}`, 'commune-committee');
    for (let i = 1; i <= 6; i += 1) add(`hoi-${i}`, `Hội số ${i} tỉnh`, 'mass-organisation');
    const tasks = Array.from({ length: 13 }, (_, t) => ({
      id: `${1 + Math.floor(t / 4)}.${(t % 4) + 1}`,
      title: `Nhiệm vụ số ${t + 1}`,
      sectionTitle: 'Phần',
      rhythm: 'ongoing' as const,
      owed: agencies.length,
      reported: agencies.length,
      completed: agencies.length,
      cells: agencies.map((a): TaskCell => ({ agency: a.id, role: t === 0 ? 'lead' : 'support', status: 'done', texts: { results: '', notes: '' }, counts: {} })),
    }));
    return { ...base, agencies, tasks, agencyGroupNames: { 'commune-committee': 'UBND các xã, phường' } };
  }

  it('lays it out on a few landscape pages, breaking before a group rather than after its header, with more than one row on the last page', async () => {
    const path = join(await tempDir(), 'big.xlsx');
    await writeConsolidatedWorkbook(bigReport(), path);
    const sheet = (await readBack(path)).getWorksheet('Ma trận nhiệm vụ')!;
    // exceljs does not read page breaks back: they are read from the sheet's XML (the third sheet).
    const zip = await readFile(path);
    const xml = extractEntry(zip, readZipDirectory(zip, 'big.xlsx', DEFAULT_LIMITS).get('xl/worksheets/sheet3.xml')!, 'big.xlsx').toString('utf8');
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.scale).toBeGreaterThanOrEqual(80);
    const breaks = [...xml.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]));
    expect(xml).toContain(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
    expect(breaks.length).toBeGreaterThanOrEqual(3);
    expect(breaks.length).toBeLessThanOrEqual(7);
    const groupRows = ['Ủy ban nhân dân tỉnh', 'Sở, ban, ngành', 'UBND các xã, phường', 'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội'].map((t) => {
      const cells = findCells(sheet, t).filter((c) => c.isMerged);
      expect(cells, t).toHaveLength(1);
      return Number(cells[0]!.row);
    });
    for (const row of groupRows) expect(breaks).not.toContain(row);
    // The commune with the highest number is under its group, numbered after the province and the 16 departments.
    const last = findCells(sheet, `Ủy ban nhân dân xã Số ${String(communes).padStart(3, '0')}`)[0]!;
    expect(sheet.getCell(Number(last.row), 1).value).toBe(1 + 16 + communes);
    let lastRow = 0;
    sheet.eachRow((_, n) => (lastRow = n));
    expect(lastRow - breaks.at(-1)!).toBeGreaterThanOrEqual(3);
  });
});

describe('matrixLayout: the orientation with fewer pages, one page wide, cells at 8 pt or more', () => {
  const matrixOf = (tasks: number, agencies: number) => {
    const report = smallReport();
    const rows = Array.from({ length: agencies }, (_, i): AgencyRow => ({ id: `a${i}`, name: `Ủy ban nhân dân xã Số ${i}`, kind: 'commune-committee', expected: true, status: 'on-time', notYetDue: false, errors: 0, warnings: 0, superseded: [] }));
    const taskRows = Array.from({ length: tasks }, (_, t) => ({ ...report.tasks[0]!, id: `1.${t + 1}`, cells: rows.map((a): TaskCell => ({ agency: a.id, role: 'lead', status: 'done', texts: { results: '', notes: '' }, counts: {} })) }));
    return buildAgencyMatrix({ agencies: rows, tasks: taskRows });
  };

  it('turns a 13-task matrix landscape (portrait cannot hold its width at 80 %)', () => {
    const layout = matrixLayout(matrixOf(13, 120));
    expect(layout.orientation).toBe('landscape');
    expect(layout.scale).toBeGreaterThanOrEqual(80);
  });

  it('keeps a 4-task matrix portrait: more rows a page', () => {
    const portrait = matrixLayout(matrixOf(4, 120));
    expect(portrait.orientation).toBe('portrait');
    expect(portrait.scale).toBeGreaterThanOrEqual(80);
    expect(portrait.pages).toBeLessThan(matrixOf(4, 120).groups[0]!.rows.length / 20);
  });
});
