/**
 * Finding a table's heading row by its headings rather than by position:
 * agencies insert rows above the table and move columns. Headings are
 * compared with foldKey; an exact match wins over a heading followed by
 * extra words ("Tình trạng (chọn trong danh sách)").
 */
import { foldKey } from '../text/fold-key.js';
import { getCell, type SheetGrid } from '../workbook/cell-grid.js';

export interface ColumnHeading {
  readonly key: string;
  readonly header: string;
}

export interface HeaderMatch {
  /** 1-based row of the headings. */
  readonly row: number;
  /** Column key → 1-based column. */
  readonly columns: ReadonlyMap<string, number>;
}

/** Rows searched from the top; the form's headings are on row 4. */
const SCAN_ROWS = 30;
const SCAN_COLUMNS = 60;
/** Headings are at most ~40 characters; longer text (results, task titles) is never one and is not folded. */
const MAX_HEADING_TEXT = 120;

/** The row matching the most headings, provided `required` are all there and at least `minimum` match. */
export function findHeaderRow(
  sheet: SheetGrid,
  headings: readonly ColumnHeading[],
  o: { required: readonly string[]; minimum: number },
): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  const lastRow = Math.min(sheet.maxRow, SCAN_ROWS);
  for (let row = 1; row <= lastRow; row += 1) {
    const columns = matchRow(sheet, row, headings);
    const complete = o.required.every((key) => columns.has(key)) && columns.size >= o.minimum;
    if (complete && (best === undefined || columns.size > best.columns.size)) best = { row, columns };
  }
  return best;
}

function matchRow(sheet: SheetGrid, row: number, headings: readonly ColumnHeading[]): Map<string, number> {
  const texts = new Map<number, string>();
  const lastCol = Math.min(sheet.maxCol, SCAN_COLUMNS);
  for (let col = 1; col <= lastCol; col += 1) {
    const value = getCell(sheet, row, col)?.value;
    if (value?.kind === 'text' && value.text.length <= MAX_HEADING_TEXT) texts.set(col, foldKey(value.text));
  }
  const keys = headings.map((h) => ({ key: h.key, folded: foldKey(h.header) }));
  const found = new Map<string, number>();
  const taken = new Set<number>();
  for (const exact of [true, false]) {
    // Longer headings first, so "Số liệu năm báo cáo" is not taken by "Số liệu".
    for (const { key, folded } of [...keys].sort((a, b) => b.folded.length - a.folded.length)) {
      if (found.has(key)) continue;
      for (const [col, text] of texts) {
        if (taken.has(col)) continue;
        if (exact ? text === folded : text.startsWith(`${folded} `)) {
          found.set(key, col);
          taken.add(col);
          break;
        }
      }
    }
  }
  return found;
}
