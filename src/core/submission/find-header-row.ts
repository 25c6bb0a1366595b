/**
 * Finding a table's heading row by its headings rather than by position:
 * agencies insert rows above the table and move columns. Headings are
 * compared with foldKey; an exact match wins over a heading followed by
 * extra words ("Tình trạng (chọn trong danh sách)").
 */
import { foldKey } from '../text/fold-key.js';
import { columnLetters, getCell, type SheetGrid } from '../workbook/cell-grid.js';

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
  const keys = foldedHeadings(headings);
  let best: HeaderMatch | undefined;
  const lastRow = Math.min(sheet.maxRow, SCAN_ROWS);
  for (let row = 1; row <= lastRow; row += 1) {
    const columns = matchRow(sheet, row, keys);
    const complete = o.required.every((key) => columns.has(key)) && columns.size >= o.minimum;
    if (complete && (best === undefined || columns.size > best.columns.size)) best = { row, columns };
    // Every heading found: no row below can match more, and the first such row wins.
    if (best !== undefined && best.columns.size === keys.length) break;
  }
  return best;
}

interface FoldedHeading {
  readonly key: string;
  readonly folded: string;
}

/** Folded once per list of headings, longest first, so "Số liệu năm báo cáo" is not taken by "Số liệu". */
const FOLDED_HEADINGS = new WeakMap<readonly ColumnHeading[], readonly FoldedHeading[]>();

function foldedHeadings(headings: readonly ColumnHeading[]): readonly FoldedHeading[] {
  let keys = FOLDED_HEADINGS.get(headings);
  if (!keys) {
    keys = headings.map((h) => ({ key: h.key, folded: foldKey(h.header) })).sort((a, b) => b.folded.length - a.folded.length);
    FOLDED_HEADINGS.set(headings, keys);
  }
  return keys;
}

function matchRow(sheet: SheetGrid, row: number, keys: readonly FoldedHeading[]): Map<string, number> {
  const found = new Map<string, number>();
  const cols: number[] = [];
  const texts: string[] = [];
  const lastCol = Math.min(sheet.maxCol, SCAN_COLUMNS);
  for (let col = 1; col <= lastCol; col += 1) {
    const value = getCell(sheet, row, col)?.value;
    if (value?.kind === 'text' && value.text.length <= MAX_HEADING_TEXT) {
      cols.push(col);
      texts.push(foldKey(value.text));
    }
  }
  if (texts.length === 0) return found;
  const taken = new Array<boolean>(texts.length).fill(false);
  for (const exact of [true, false]) {
    for (const { key, folded } of keys) {
      if (found.has(key)) continue;
      for (let i = 0; i < texts.length; i += 1) {
        if (taken[i]) continue;
        const text = texts[i]!;
        // A heading followed by extra words: "<heading> …" (a space right after it).
        const matches = exact
          ? text === folded
          : text.length > folded.length && text.charCodeAt(folded.length) === 32 && text.startsWith(folded);
        if (matches) {
          found.set(key, cols[i]!);
          taken[i] = true;
          break;
        }
      }
    }
  }
  return found;
}

/** The columns found for a table's headings, their letters worked out once per table rather than once per cell. */
export interface TableColumns {
  /** 1-based column of each heading found, in the order of the headings. */
  readonly found: readonly number[];
  /** Heading key → column letters, for each heading found: one object for the whole table. */
  readonly letters: Readonly<Record<string, string>>;
  /** Heading key → A1 cell in `row`, for each heading found, in the order of the headings. */
  cellsOf(row: number): Record<string, string>;
}

export function tableColumns(headings: readonly ColumnHeading[], header: HeaderMatch): TableColumns {
  const found = headings.flatMap((h) => {
    const col = header.columns.get(h.key);
    return col !== undefined ? [{ key: h.key, col, letters: columnLetters(col) }] : [];
  });
  const letters: Record<string, string> = {};
  for (const c of found) letters[c.key] = c.letters;
  return {
    found: found.map((c) => c.col),
    letters,
    cellsOf(row) {
      const cells: Record<string, string> = {};
      for (const c of found) cells[c.key] = `${c.letters}${row}`;
      return cells;
    },
  };
}
