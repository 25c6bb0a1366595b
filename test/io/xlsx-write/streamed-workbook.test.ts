/**
 * Our streaming writer against exceljs's: the same calls through the
 * SheetBook API, both files read back with exceljs, and everything a reader
 * sees compared — values and types, number formats, fonts, fills, borders,
 * alignment, merges, row heights, column widths and styles, frozen panes,
 * filters, page setup, print titles and document properties.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/io/xlsx/read-limits.js';
import { readZipDirectory } from '../../../src/io/xlsx/zip-directory.js';
import { extractEntry } from '../../../src/io/xlsx/zip-entry.js';
import type { SheetBook } from '../../../src/io/xlsx-write/sheet-api.js';
import { setTextCell } from '../../../src/io/xlsx-write/safe-text.js';
import { StreamedWorkbook } from '../../../src/io/xlsx-write/streamed-workbook.js';
import type { StreamedSheet } from '../../../src/io/xlsx-write/streamed-sheet.js';

const BODY = { name: 'Times New Roman', size: 11 };
const BOLD = { ...BODY, bold: true };
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const GREEN: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } };
const GREY: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const SHARED = Object.freeze({ font: BODY, border: BORDER, alignment: { vertical: 'top', horizontal: 'left', wrapText: true } }) as ExcelJS.Style;

const pageSetup = (orientation: 'portrait' | 'landscape', titles?: string): Partial<ExcelJS.PageSetup> => ({
  paperSize: 9 as ExcelJS.PageSetup['paperSize'],
  orientation,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  ...(titles ? { printTitlesRow: titles } : {}),
});

/** A little of everything the report's sheets do, in the order they do it. */
function fill(book: SheetBook, done: (sheet: unknown) => void): void {
  const stamp = new Date('2025-12-28T00:00:00Z');
  book.creator = 'atvsld';
  book.lastModifiedBy = 'atvsld';
  book.created = stamp;
  book.modified = stamp;
  book.title = 'Báo cáo <tổng hợp> & "thử"';
  book.subject = 'Kế hoạch';
  book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  // A portrait page without panes: merged lines, a master restyled after its merge, numbers, dates and empty styled cells.
  const summary = book.addWorksheet('Tổng hợp', { pageSetup: pageSetup('portrait'), headerFooter: { oddFooter: '&C&"Times New Roman"&10Trang &P/&N' }, views: [] });
  [6, 36, 11].forEach((w, i) => {
    const column = summary.getColumn(i + 1);
    column.width = w;
    column.font = BODY;
  });
  const title = summary.getCell(1, 1);
  title.value = 'BÁO CÁO';
  title.font = { name: 'Times New Roman', size: 14, bold: true, underline: true, color: { argb: 'FFC00000' } } as Partial<ExcelJS.Font>;
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  summary.mergeCells(1, 1, 1, 3);
  summary.getCell(1, 1).fill = GREY;
  summary.getRow(1).height = 22.2;
  const numbers = summary.getRow(3);
  numbers.getCell(1).value = 1234567;
  numbers.getCell(1).numFmt = '[>=1000000]#"."###"."###;[>=1000]#"."###;0';
  numbers.getCell(2).value = -9.375;
  numbers.getCell(2).numFmt = '[$-42A]+0.0"%";-0.0"%";0.0"%"';
  numbers.getCell(3).value = new Date(Date.UTC(2025, 11, 23));
  numbers.getCell(3).numFmt = 'dd/mm/yyyy';
  const odd = summary.getRow(4);
  odd.getCell(1).border = BORDER; // empty but styled: written, read back empty
  odd.getCell(2).value = '  lề trái và phải  ';
  odd.getCell(3).value = 'dòng một\ndòng hai\r\nba';
  summary.getRow(5).height = 30; // a row with a height only
  summary.getRow(6).getCell(2).value = 0.75;
  summary.getRow(6).getCell(2).numFmt = '0';
  summary.getCell(8, 2).value = 'ký tự điều khiển\u0001\u0008\u007f bị bỏ; <&>\'" giữ';
  summary.getCell(8, 3).value = '';
  done(summary);

  // A landscape table: title merged before the widths are set (column fonts then reach the title row), frozen panes, filter, print titles.
  const table = book.addWorksheet('Chi tiết nhiệm vụ', { pageSetup: pageSetup('landscape', '4:4'), headerFooter: { oddFooter: 'Trang &P' }, views: [{ state: 'frozen', xSplit: 2, ySplit: 4, topLeftCell: 'C5' }] });
  const t1 = table.getCell(1, 1);
  t1.value = 'CHI TIẾT';
  t1.font = BOLD;
  t1.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  table.mergeCells(1, 1, 1, 5);
  [6, 24, 11, 11, 11, 11].forEach((w, i) => {
    const column = table.getColumn(i + 1);
    column.width = w;
    column.font = BODY;
  });
  ['Mã', 'Nhiệm vụ', 'Sở A', 'Sở B', 'Sở C', 'Sở D'].forEach((text, i) => {
    const cell = table.getCell(4, i + 1);
    cell.value = text;
    cell.font = BOLD;
    cell.fill = GREEN;
    cell.border = BORDER;
    cell.alignment = i >= 2 ? { horizontal: 'center', vertical: 'bottom', wrapText: true, textRotation: 90 } : { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  table.getRow(4).height = 80;
  table.autoFilter = { from: { row: 4, column: 1 }, to: { row: 40, column: 6 } };
  for (let r = 5; r <= 40; r += 1) {
    const row = table.getRow(r);
    const texts = [`${r}.1`, r % 3 === 0 ? '=HYPERLINK("x")' : `Nhiệm vụ ${r}`, r % 2 ? 'C: Đã hoàn thành' : '', '+1', '@x', '-2'];
    texts.forEach((text, i) => {
      const cell = row.getCell(i + 1);
      setTextCell(cell, text);
      if (!cell.font?.name) cell.font = BODY;
      if (i === 2 && text) cell.fill = GREEN;
      if (i === 1 && r % 3 !== 0) cell.style = SHARED; // shared, frozen style objects
      else {
        cell.border = BORDER;
        cell.alignment = { vertical: 'top', horizontal: i === 0 ? 'center' : 'left', wrapText: true };
      }
    });
    row.height = 15 + (r % 4);
    row.commit();
  }
  const legend = table.getRow(42);
  legend.getCell(1).fill = GREY;
  legend.getCell(2).value = 'Chú giải';
  done(table);

  // Panes with rows only, and a sheet nobody commits (the workbook's commit does).
  const last = book.addWorksheet('Vấn đề phát hiện', { pageSetup: pageSetup('landscape', '2:2'), views: [{ state: 'frozen', xSplit: 0, ySplit: 2, topLeftCell: 'A3' }] });
  last.getColumn(1).width = 9; // the default width with a style: still written
  last.getColumn(1).font = BODY;
  last.getCell(2, 1).value = 'STT';
  last.getCell(3, 1).value = 1;
  last.getCell(3, 1).numFmt = '0';
}

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function dump(workbook: ExcelJS.Workbook): unknown {
  return {
    properties: { creator: workbook.creator, lastModifiedBy: workbook.lastModifiedBy, created: workbook.created, modified: workbook.modified, title: workbook.title, subject: workbook.subject },
    views: workbook.views,
    definedNames: workbook.definedNames.model,
    sheets: workbook.worksheets.map((sheet) => {
      const rows: unknown[] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => {
        const cells: unknown[] = [];
        row.eachCell({ includeEmpty: true }, (c) => cells.push([c.address, c.type, c.value, c.style]));
        rows.push({ number: row.number, height: row.height, cells });
      });
      return {
        name: sheet.name,
        views: sheet.views,
        pageSetup: sheet.pageSetup,
        headerFooter: sheet.headerFooter,
        autoFilter: sheet.autoFilter,
        properties: sheet.properties,
        merges: Object.keys((sheet as unknown as { _merges: object })._merges).sort(),
        columns: (sheet.columns ?? []).map((c) => [c.number, c.width, c.style]),
        rows,
      };
    }),
  };
}

describe('StreamedWorkbook', () => {
  it('reads back exactly as exceljs’s streaming writer’s file for the same calls', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atvsld-streamed-'));
    const theirs = join(dir, 'exceljs.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: theirs, useStyles: true, useSharedStrings: true });
    fill(writer as unknown as SheetBook, (sheet) => (sheet as { commit(): void }).commit());
    await writer.commit();

    const ours = join(dir, 'ours.xlsx');
    const book = new StreamedWorkbook({ date: '2025-12-28' });
    fill(book, (sheet) => (sheet as StreamedSheet).commit());
    await writeFile(ours, book.commit());

    // One deliberate difference: exceljs's streaming writer drops horizontalCentered; ours writes
    // it as <printOptions>, which exceljs reads back with the other print options' defaults.
    const back = await readBack(ours);
    const theirsBack = await readBack(theirs);
    expect(back.worksheets.map((sheet) => sheet.pageSetup.horizontalCentered)).toEqual([true, true, true]);
    expect(theirsBack.worksheets.map((sheet) => sheet.pageSetup.horizontalCentered ?? false)).toEqual([false, false, false]);
    for (const sheet of [...back.worksheets, ...theirsBack.worksheets]) {
      for (const key of ['horizontalCentered', 'verticalCentered', 'showGridLines', 'showRowColHeaders'] as const) delete sheet.pageSetup[key];
    }
    expect(dump(back)).toEqual(dump(theirsBack));
  });

  it('gives the same bytes for the same calls, dated by the given day', () => {
    const make = (): Buffer => {
      const book = new StreamedWorkbook({ date: '2025-12-28' });
      fill(book, (sheet) => (sheet as StreamedSheet).commit());
      return Buffer.concat(book.commit());
    };
    const a = make();
    expect(Buffer.compare(a, make())).toBe(0);
    // Central directory entries: DOS date 2025-12-28, time 00:00.
    const dosDate = ((2025 - 1980) << 9) | (12 << 5) | 28;
    for (let at = a.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = a.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      expect([a.readUInt16LE(at + 12), a.readUInt16LE(at + 14)]).toEqual([0, dosDate]);
    }
  });

  it('keeps texts exceljs mixed up with its own bookkeeping ("constructor", "__proto__")', async () => {
    const book = new StreamedWorkbook({ date: '2025-12-28' });
    const sheet = book.addWorksheet('A');
    ['constructor', '__proto__', 'toString', 'hasOwnProperty'].forEach((text, i) => {
      sheet.getCell(i + 1, 1).value = text;
    });
    const path = join(await mkdtemp(join(tmpdir(), 'atvsld-streamed-')), 'a.xlsx');
    await writeFile(path, book.commit());
    const back = (await readBack(path)).getWorksheet('A')!;
    expect([1, 2, 3, 4].map((r) => back.getCell(r, 1).value)).toEqual(['constructor', '__proto__', 'toString', 'hasOwnProperty']);
  });

  it('writes the quote prefix Excel keeps formula-looking text as text with', async () => {
    const book = new StreamedWorkbook({ date: '2025-12-28' });
    setTextCell(book.addWorksheet('A').getCell(1, 1), '=1+2');
    const bytes = Buffer.concat(book.commit());
    const entry = readZipDirectory(bytes, 'a.xlsx', DEFAULT_LIMITS).get('xl/styles.xml')!;
    expect(extractEntry(bytes, entry, 'a.xlsx').toString('utf8')).toMatch(/<xf numFmtId="49"[^>]* quotePrefix="1"/);
  });

  it('refuses what it cannot write rather than dropping it', () => {
    const book = new StreamedWorkbook({ date: '2025-12-28' });
    expect(() => book.addWorksheet('A', { properties: { tabColor: { argb: 'FFFF0000' } } } as never)).toThrow(/not supported/);
    const sheet = book.addWorksheet('B');
    expect(() => {
      sheet.getCell(1, 1).value = { formula: '1+1' } as ExcelJS.CellValue;
    }).toThrow(/unsupported cell value/);
    sheet.getCell(2, 1).value = 'x';
    sheet.getCell(2, 1).fill = { type: 'gradient', gradient: 'angle', degree: 0, stops: [] };
    expect(() => book.commit()).toThrow(/gradient fills are not supported/);
  });

  it('refuses a row above one already written, and a second open sheet', () => {
    const book = new StreamedWorkbook({ date: '2025-12-28' });
    const sheet = book.addWorksheet('A');
    sheet.getCell(5, 1).value = 1;
    sheet.getRow(5).commit();
    expect(() => sheet.getCell(3, 1)).toThrow(/already written/);
    expect(() => book.addWorksheet('B')).toThrow(/commit sheet A/);
  });
});
