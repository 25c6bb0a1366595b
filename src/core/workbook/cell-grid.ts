/**
 * A workbook as plain data: what the safe reader (src/io/xlsx) produces and
 * what the submission parser (src/core/submission) consumes. No exceljs types
 * cross this boundary.
 */

/** One cell's value after reading. Text is already NFC-normalised. */
export type CellValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  /** A number whose number format is a date format; `iso` is `YYYY-MM-DD` (time of day dropped). */
  | { readonly kind: 'date'; readonly iso: string; readonly serial: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** An Excel error such as `#DIV/0!`. */
  | { readonly kind: 'error'; readonly text: string };

export interface Cell {
  /** A1 reference, e.g. `C7`. */
  readonly ref: string;
  /** 1-based row and column. */
  readonly row: number;
  readonly col: number;
  /** null for a cell that exists (styled) but holds nothing, or a formula without a cached result. */
  readonly value: CellValue | null;
  /** Formula text without the leading `=`, when the cell holds one; `value` is then its cached result. */
  readonly formula?: string;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetGrid {
  /** Sheet name, NFC-normalised. */
  readonly name: string;
  readonly state: SheetState;
  /** Cells that hold something, keyed by A1 reference. */
  readonly cells: ReadonlyMap<string, Cell>;
  /** Largest row and column that hold a cell (0 when empty). */
  readonly maxRow: number;
  readonly maxCol: number;
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
  /** Workbook-level defined names (name → formula text), e.g. lists for drop-downs. */
  readonly definedNames: ReadonlyMap<string, string>;
}

/** Column number (1-based) to letters: 1 → A, 28 → AB. */
export function columnLetters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function getCell(sheet: SheetGrid, row: number, col: number): Cell | undefined {
  return sheet.cells.get(cellRef(row, col));
}
