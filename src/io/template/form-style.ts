/**
 * Look of the report form: one font, one colour for the cells to fill, thin
 * borders. Offices print these forms and read them in Excel and LibreOffice,
 * so Times New Roman (the font of official Vietnamese documents) and A4.
 */
import { setTextCell } from '../xlsx-write/safe-text.js';
import { wrappedLines } from './row-height.js';
import type { Borders, Cell, Fill, Font, PageSetup, Worksheet } from 'exceljs';

export const FONT_NAME = 'Times New Roman';
export const BODY_FONT: Partial<Font> = { name: FONT_NAME, size: 12 };
export const BOLD_FONT: Partial<Font> = { ...BODY_FONT, bold: true };
export const TITLE_FONT: Partial<Font> = { name: FONT_NAME, size: 14, bold: true };
export const NOTE_FONT: Partial<Font> = { name: FONT_NAME, size: 11, italic: true };

/** Light yellow: the instructions tell agencies "ô màu vàng" are theirs to fill. */
export const FILL_ARGB = 'FFFFF2CC';
const FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL_ARGB } };
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
export const THIN_BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A cell the agency fills: unlocked, yellow, bordered. */
export function markFillCell(cell: Cell): void {
  cell.protection = { locked: false };
  cell.fill = FILL;
  cell.border = THIN_BORDER;
  cell.font = BODY_FONT;
  cell.alignment = { vertical: 'top', wrapText: true };
}

/** A pre-filled, locked table cell. */
export function styleLockedCell(cell: Cell): void {
  cell.border = THIN_BORDER;
  cell.font = BODY_FONT;
  cell.alignment = { vertical: 'top', wrapText: true };
}

export function styleHeaderCell(cell: Cell): void {
  cell.font = BOLD_FONT;
  cell.fill = HEADER_FILL;
  cell.border = THIN_BORDER;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** A title spanning columns 1..`lastColumn` of `row`; may hold plan text, so written as plain text. */
export function writeTitle(sheet: Worksheet, row: number, lastColumn: number, text: string, font = TITLE_FONT): void {
  const cell = sheet.getCell(row, 1);
  setTextCell(cell, text);
  cell.font = font;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  if (lastColumn > 1) sheet.mergeCells(row, 1, row, lastColumn);
  // Merged cells never get an automatic height, in any spreadsheet program.
  let width = 0;
  for (let c = 1; c <= lastColumn; c += 1) width += sheet.getColumn(c).width ?? 10;
  const size = font.size ?? 12;
  sheet.getRow(row).height = wrappedLines(text, width * (12 / size), font.bold === true) * size * 1.35 + 4;
}

/** Column widths (in characters) and Times New Roman for cells typed later. */
export function setColumns(sheet: Worksheet, widths: readonly number[]): void {
  widths.forEach((width, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = width;
    column.font = BODY_FONT;
  });
}

/** Excel's paper-size code for A4 (a const enum in exceljs's typings, so not importable at run time). */
const A4 = 9 as PageSetup['paperSize'];

/**
 * A4, fitted to the page width. Protection keeps accidents out, not people:
 * the password is empty on purpose (docs/report-form.md), so any office can
 * unprotect a sheet it really needs to change.
 */
export function finishSheet(
  sheet: Worksheet,
  orientation: 'portrait' | 'landscape',
  repeatRow?: number,
): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(repeatRow !== undefined ? { printTitlesRow: `${repeatRow}:${repeatRow}` } : {}),
  };
  protectSheet(sheet);
}

export function protectSheet(sheet: Worksheet): void {
  // exceljs sets the protection synchronously when no password is given; the
  // promise only matters for password hashing.
  void sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}
