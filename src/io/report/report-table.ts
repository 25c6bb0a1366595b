/**
 * A titled table on a sheet: title and subtitle above, a header row that is
 * frozen, filtered and repeated on every printed page, then one row per item.
 * Row heights are set explicitly because LibreOffice does not recompute them
 * for wrapped text when it opens an .xlsx (see src/io/template/row-height.ts).
 */
import type { Sheet, SheetCell, SheetRow } from '../xlsx-write/sheet-api.js';
import { lineCapacity, wrappedLines } from '../template/row-height.js';
import { BODY_FONT, BODY_SIZE, ITALIC_FONT, TITLE_FONT, putText, setColumnWidths, styleHeaderCell, styleTableCell, tableStyles } from './report-style.js';
import { commitRow } from './share-styles.js';

export interface Column<T> {
  readonly header: string;
  readonly width: number;
  readonly align?: 'left' | 'center' | 'right';
  /** Fill the cell for one item; leave it empty when there is nothing to say. */
  readonly put: (cell: SheetCell, item: T, index: number) => void;
}

/** The row under a title with these subtitles, where `writeSheetTitle` leaves room for the table's header. */
export function headerRowAfter(subtitles: readonly string[]): number {
  return 3 + subtitles.length;
}

/**
 * The table's column widths, then the title on row 1 and subtitle lines below
 * it, each merged across `lastColumn` columns. Returns the next free row.
 * Widths come first: a column's font is set with its width and restyles the
 * cells already in that column, and the titles' row heights follow the widths.
 */
export function writeSheetTitle<T>(
  sheet: Sheet,
  columns: readonly Column<T>[],
  title: string,
  subtitles: readonly string[],
  lastColumn = columns.length,
): number {
  setColumnWidths(sheet, columns.map((c) => c.width));
  writeMergedLine(sheet, 1, lastColumn, title, TITLE_FONT);
  subtitles.forEach((line, index) => writeMergedLine(sheet, 2 + index, lastColumn, line, ITALIC_FONT));
  return 2 + subtitles.length;
}

export function writeMergedLine(
  sheet: Sheet,
  rowNumber: number,
  lastColumn: number,
  text: string,
  font = ITALIC_FONT,
  horizontal: 'left' | 'center' = 'center',
  firstColumn = 1,
): void {
  const cell = sheet.getCell(rowNumber, firstColumn);
  putText(cell, text, font);
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  if (lastColumn > firstColumn) sheet.mergeCells(rowNumber, firstColumn, rowNumber, lastColumn);
  let width = 0;
  for (let c = firstColumn; c <= lastColumn; c += 1) width += sheet.getColumn(c).width ?? 10;
  const size = font.size ?? BODY_SIZE;
  const lines = wrappedLines(text, width * (12 / size), font.bold === true);
  const row = sheet.getRow(rowNumber);
  row.height = Math.max(row.height ?? 0, lines * size * 1.3 + 4);
}

export interface TableOptions {
  readonly filter?: boolean;
  /** Restyle a header cell (e.g. rotate it) before the row height is fitted. */
  readonly styleHeader?: (cell: SheetCell, column: number) => void;
}

/**
 * Header at `headerRow`, items below, with the auto-filter (frozen panes
 * and the repeated print row come with the sheet: `sheetOptions`; the column
 * widths with the title: `writeSheetTitle`). Each item
 * row is committed once written, so a streaming sheet keeps no finished
 * rows. Returns the last row written.
 */
export function writeTable<T>(sheet: Sheet, headerRow: number, columns: readonly Column<T>[], items: readonly T[], o: TableOptions = {}): number {
  const header = sheet.getRow(headerRow);
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    putText(cell, column.header);
    styleHeaderCell(cell);
    o.styleHeader?.(cell, index + 1);
  });
  fitRowHeight(sheet, header);
  const lastRow = headerRow + items.length;
  if (o.filter !== false) {
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(lastRow, headerRow), column: columns.length } };
  }
  const styles = tableStyles();
  const fits = columns.map((column) => new ColumnFit(column.width));
  items.forEach((item, itemIndex) => {
    const row = sheet.getRow(headerRow + 1 + itemIndex);
    // The row's height as fitRowHeight finds it, cell by cell as each is written.
    let points = ONE_LINE;
    columns.forEach((column, columnIndex) => {
      const cell = row.getCell(columnIndex + 1);
      column.put(cell, item, itemIndex);
      if (!cell.font?.name) cell.font = BODY_FONT;
      const horizontal = column.align ?? (typeof cell.value === 'number' ? 'right' : 'left');
      if (!styles.share(cell, horizontal, columnIndex)) styleTableCell(cell, horizontal);
      points = Math.max(points, fits[columnIndex]!.points(cell));
    });
    row.height = Math.min(MAX_ROW_POINTS, points);
    commitRow(row);
  });
  return lastRow;
}

const ONE_LINE = BODY_SIZE * 1.3 + 4;
/** Texts whose line count is remembered: titles, names and statuses, which repeat; not long free texts. */
const MAX_REMEMBERED_LENGTH = 160;
const MAX_REMEMBERED = 5_000;
/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;

/**
 * What fitRowHeight computes for one cell, for the cells of one table
 * column. A table's ≈450,000 cells have a handful of looks: the font size,
 * weight and alignment are read once per look (a shared style object), most
 * texts fit on a line at a glance, and the lines of longer texts are
 * remembered (titles, agency names, statuses repeat thousands of times).
 */
class ColumnFit {
  private look: unknown;
  private size = BODY_SIZE;
  private rotated = false;
  private wrap = false;
  private width = 0;
  private bold = false;
  private capacity = 0;
  private lines = new Map<string, number>();
  private readonly linesByMeasure = new Map<number, Map<string, number>>();

  constructor(private readonly columnWidth: number) {}

  /** Points the cell's text needs; 0 without text. */
  points(cell: SheetCell): number {
    const text = cell.value;
    if (typeof text !== 'string' || cell.isMerged) return 0;
    if (cell.style !== this.look) this.learn(cell);
    if (this.rotated) return text.length * this.size * 0.55 + 8;
    if (!this.wrap || (text.length <= this.capacity && !text.includes('\n'))) return this.size * 1.3 + 4;
    let lines = this.lines.get(text);
    if (lines === undefined) {
      lines = wrappedLines(text, this.width, this.bold);
      // Agencies' own texts (results, notes) rarely repeat and are read from a spill file so as not to be held: not kept.
      if (text.length <= MAX_REMEMBERED_LENGTH && this.lines.size < MAX_REMEMBERED) this.lines.set(text, lines);
    }
    return lines * this.size * 1.3 + 4;
  }

  private learn(cell: SheetCell): void {
    this.look = cell.style;
    this.size = cell.font?.size ?? BODY_SIZE;
    this.rotated = cell.alignment?.textRotation === 90;
    this.wrap = !this.rotated && cell.alignment?.wrapText === true;
    this.width = this.columnWidth * (12 / this.size);
    this.bold = cell.font?.bold === true;
    this.capacity = lineCapacity(this.width, this.bold);
    const measure = this.bold ? -this.width : this.width;
    let lines = this.linesByMeasure.get(measure);
    if (!lines) this.linesByMeasure.set(measure, (lines = new Map()));
    this.lines = lines;
  }
}

/** Height for the tallest wrapped text cell of the row (merged cells excluded: they never auto-fit). */
export function fitRowHeight(sheet: Sheet, row: SheetRow, minLines = 1): void {
  let points = minLines * BODY_SIZE * 1.3 + 4;
  row.eachCell((cell, column) => {
    if (typeof cell.value !== 'string' || cell.isMerged) return;
    const size = cell.font?.size ?? BODY_SIZE;
    const width = (sheet.getColumn(column).width ?? 10) * (12 / size);
    const rotated = cell.alignment?.textRotation === 90;
    const bold = cell.font?.bold === true;
    const wrap = !rotated && cell.alignment?.wrapText === true;
    const lines = wrap ? wrappedLines(cell.value, width, bold) : 1;
    const needed = rotated ? cell.value.length * size * 0.55 + 8 : lines * size * 1.3 + 4;
    points = Math.max(points, needed);
  });
  row.height = Math.min(MAX_ROW_POINTS, points);
}
