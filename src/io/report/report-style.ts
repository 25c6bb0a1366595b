/**
 * Look of the consolidated workbook: Times New Roman (the font of official
 * Vietnamese documents), thin borders, A4. Number formats are explicit so the
 * printed report reads 1.234,5 whatever the reader's settings: LibreOffice
 * takes the separators from the format's language tag [$-42A] (Vietnamese),
 * and the integer format writes its dots as literals, which Excel too shows
 * as written.
 */
import type { AddWorksheetOptions, Alignment, Borders, Fill, Font, PageSetup, WorksheetView } from 'exceljs';
import type { Sheet, SheetCell } from '../xlsx-write/sheet-api.js';
import { setTextCell } from '../xlsx-write/safe-text.js';
import { TableStyles } from './share-styles.js';

export const FONT_NAME = 'Times New Roman';
export const BODY_SIZE = 11;
export const BODY_FONT: Partial<Font> = { name: FONT_NAME, size: BODY_SIZE };
export const BOLD_FONT: Partial<Font> = { ...BODY_FONT, bold: true };
export const ITALIC_FONT: Partial<Font> = { ...BODY_FONT, italic: true };
export const TITLE_FONT: Partial<Font> = { name: FONT_NAME, size: 14, bold: true };
export const SMALL_FONT: Partial<Font> = { name: FONT_NAME, size: 9 };
export const CODE_FONT: Partial<Font> = { name: 'Courier New', size: 8 };

/** Whole numbers: dots between thousands as literals (counts are never negative). */
export const INTEGER_FORMAT = '[>=1000000]#"."###"."###;[>=1000]#"."###;0';
export const DECIMAL1_FORMAT = '[$-42A]#,##0.0';
export const DECIMAL2_FORMAT = '[$-42A]#,##0.00';
/** A change already in percent (−4,3 means −4,3 %): the sign is always shown. */
export const CHANGE_FORMAT = '[$-42A]+0.0"%";-0.0"%";0.0"%"';
/** CHANGE_FORMAT with `decimals` decimals (at least 1): a change beside a verdict shows as many as its side of the target needs. */
export function changeFormat(decimals: number): string {
  if (decimals <= 1) return CHANGE_FORMAT;
  const z = `0.${'0'.repeat(decimals)}`;
  return `[$-42A]+${z}"%";-${z}"%";${z}"%"`;
}
/** A fraction shown as a percentage (0,75 → 75,0%). */
export const RATE_FORMAT = '[$-42A]0.0%';
export const DATE_FORMAT = 'dd/mm/yyyy';

export const FILLS = {
  header: solid('FFD9E1F2'),
  green: solid('FFC6EFCE'),
  red: solid('FFFFC7CE'),
  yellow: solid('FFFFEB9C'),
  orange: solid('FFF8CBAD'),
  grey: solid('FFE7E6E6'),
  darkGrey: solid('FFBFBFBF'),
} as const;

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
export const THIN_BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function solid(argb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** Any text: submitted or not, it goes in as text that can never become a formula. */
export function putText(cell: SheetCell, text: string, font: Partial<Font> = BODY_FONT): void {
  setTextCell(cell, text);
  cell.font = font;
}

/** A number, or an empty cell for null/undefined (never a made-up zero). */
export function putNumber(cell: SheetCell, value: number | null | undefined, numFmt = INTEGER_FORMAT): void {
  if (value === null || value === undefined) return;
  cell.value = value;
  cell.numFmt = numFmt;
}

/** `YYYY-MM-DD` as a real date cell at UTC midnight: workbook dates have no time zone. */
export function putDate(cell: SheetCell, iso: string | undefined): void {
  if (!iso) return;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  cell.value = new Date(Date.UTC(y, m - 1, d));
  cell.numFmt = DATE_FORMAT;
}

const TABLE_ALIGNMENTS = {
  left: { vertical: 'top', horizontal: 'left', wrapText: true },
  center: { vertical: 'top', horizontal: 'center', wrapText: true },
  right: { vertical: 'top', horizontal: 'right', wrapText: true },
} as const;

/** Shared styles for one table's cells: thin borders, top-aligned wrapped text. */
export function tableStyles(): TableStyles {
  return new TableStyles(THIN_BORDER, TABLE_ALIGNMENTS);
}

export function styleTableCell(cell: SheetCell, horizontal: 'left' | 'center' | 'right' = 'left'): void {
  cell.border = THIN_BORDER;
  if (!cell.font?.name) cell.font = BODY_FONT;
  cell.alignment = { vertical: 'top', horizontal, wrapText: true };
}

/** One object for every header cell: equal looks as one object are found by identity when the workbook is written. */
const HEADER_ALIGNMENT: Partial<Alignment> = Object.freeze({ horizontal: 'center', vertical: 'middle', wrapText: true });

export function styleHeaderCell(cell: SheetCell): void {
  cell.font = BOLD_FONT;
  cell.fill = FILLS.header;
  cell.border = THIN_BORDER;
  cell.alignment = HEADER_ALIGNMENT;
}

/** Column widths in characters; the font applies to cells typed later by the reader. */
export function setColumnWidths(sheet: Sheet, widths: readonly number[]): void {
  widths.forEach((width, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = width;
    column.font = BODY_FONT;
  });
}

/** Excel's paper-size code for A4 (a const enum in exceljs's typings, so not importable at run time). */
export const A4 = 9 as PageSetup['paperSize'];

/**
 * A4 fitted to the page width, header row repeated on every printed page,
 * panes frozen under it and left of `frozenColumns`. Given when the sheet is
 * added, because a streaming sheet writes its properties and views at once.
 */
/** What decides a printed sheet's scale: its column widths and the smallest font it uses. */
/** The first subtitle of a technical sheet: kept in the workbook for checking, hidden and not printed. */
export const TECHNICAL_SHEET_NOTE =
  'Trang kỹ thuật, để đối chiếu: được ẩn và không in cùng báo cáo (bấm chuột phải vào tên một trang → Hiện/Unhide để xem).';

export interface PrintFit {
  readonly widths: readonly number[];
  readonly smallestPt: number;
}

/** No printed text smaller than this (the People's Committee reads these pages on paper). */
export const MIN_PRINTED_PT = 8;
const MARGINS = { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
export type Orientation = 'portrait' | 'landscape';
/** A4 in inches: width and height as the page is turned. */
const PAGE_INCHES = { portrait: 8.27, landscape: 11.69 } as const;
const PAGE_HEIGHT_INCHES = { portrait: 11.69, landscape: 8.27 } as const;
const PIXELS_PER_CHARACTER = 9.3;

/** Points of rows a page holds at 100 %: the A4 height inside the top and bottom margins (the footer sits in the bottom margin). */
export function printableHeightPoints(orientation: Orientation): number {
  return (PAGE_HEIGHT_INCHES[orientation] - MARGINS.top - MARGINS.bottom) * 72;
}

/** Pixels the columns take, at the wider of Excel's and LibreOffice's measures (see printScale). */
export function columnsPixels(widths: readonly number[]): number {
  let pixels = 0;
  for (const w of widths) pixels += w * PIXELS_PER_CHARACTER + 5;
  return pixels;
}

/** Pixels across the page inside the left and right margins. */
export function printableWidthPixels(orientation: Orientation): number {
  return (PAGE_INCHES[orientation] - MARGINS.left - MARGINS.right) * 96;
}

/**
 * The print scale: the whole width on one page when that keeps the smallest
 * font at 8 pt or more, else the scale that does, the rest of the columns on
 * following pages with the frozen columns repeated on each. A column w
 * characters wide is 7w + 5 pixels in Excel (Calibri's digits) but about
 * 9.3w + 5 in LibreOffice on a machine without Calibri (DejaVu Sans's
 * digits): the wider is assumed, so that the page holds in both.
 * Fit-to-width left a 28-column matrix at 5–6 pt.
 */
export function printScale(orientation: Orientation, fit: PrintFit): number {
  const whole = Math.floor((printableWidthPixels(orientation) / columnsPixels(fit.widths)) * 100);
  const least = Math.ceil((MIN_PRINTED_PT / fit.smallestPt) * 100);
  return Math.min(100, Math.max(whole, least));
}

export function sheetOptions(
  orientation: 'portrait' | 'landscape',
  table?: { headerRow: number; frozenColumns: number },
  fit?: PrintFit,
  hidden = false,
): Partial<AddWorksheetOptions> {
  const titles = table && table.frozenColumns > 0 ? { printTitlesColumn: `A:${columnLetter(table.frozenColumns)}` } : {};
  return {
    ...(hidden ? { state: 'hidden' as const } : {}),
    pageSetup: {
      paperSize: A4,
      orientation,
      ...(fit ? { scale: printScale(orientation, fit), ...titles } : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      horizontalCentered: true,
      margins: MARGINS,
      ...(table ? { printTitlesRow: `${table.headerRow}:${table.headerRow}` } : {}),
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&10Trang &P/&N' },
    views: table ? [frozenView(table.headerRow, table.frozenColumns)] : [],
  };
}

function frozenView(headerRow: number, frozenColumns: number): Partial<WorksheetView> {
  return { state: 'frozen', xSplit: frozenColumns, ySplit: headerRow, topLeftCell: `${columnLetter(frozenColumns + 1)}${headerRow + 1}` };
}

function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
