/** Fast A1-reference parsing for the hot loop of the sheet reader. */
import { columnLetters } from '../../core/workbook/cell-grid.js';

export interface ParsedRef {
  row: number;
  col: number;
  /** True when the text is already the canonical key (upper-case letters, no leading zero). */
  canonical: boolean;
}

/** Parses into `out` (reused: no allocation per cell); false when `ref` is no A1 reference. */
export function parseCellRef(ref: string, out: ParsedRef): boolean {
  let col = 0;
  let i = 0;
  let canonical = true;
  for (; i < ref.length; i += 1) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) {
      col = col * 26 + (c - 96);
      canonical = false;
    } else break;
    // Past 7 letters the column is absurd; stop before the number loses precision.
    if (i > 7) return false;
  }
  if (i === 0 || i === ref.length) return false;
  if (ref.charCodeAt(i) === 48) canonical = false;
  let row = 0;
  for (let j = i; j < ref.length; j += 1) {
    const c = ref.charCodeAt(j);
    if (c < 48 || c > 57 || j - i > 12) return false;
    row = row * 10 + (c - 48);
  }
  if (row === 0) return false;
  out.row = row;
  out.col = col;
  out.canonical = canonical;
  return true;
}

/** `parseCellRef` over the bytes `start…end` of an attribute value (ASCII), with no string made. */
export function parseCellRefBytes(data: Uint8Array, start: number, end: number, out: ParsedRef): boolean {
  let col = 0;
  let i = start;
  let canonical = true;
  for (; i < end; i += 1) {
    const c = data[i]!;
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) {
      col = col * 26 + (c - 96);
      canonical = false;
    } else break;
    if (i - start > 7) return false;
  }
  if (i === start || i === end) return false;
  if (data[i] === 48) canonical = false;
  let row = 0;
  for (let j = i; j < end; j += 1) {
    const c = data[j]!;
    if (c < 48 || c > 57 || j - i > 12) return false;
    row = row * 10 + (c - 48);
  }
  if (row === 0) return false;
  out.row = row;
  out.col = col;
  out.canonical = canonical;
  return true;
}

const letterCache: string[] = [];

/** `cellRef` with the column letters cached: rows without `r` attributes need one per cell. */
export function cachedCellRef(row: number, col: number): string {
  let letters = letterCache[col];
  if (letters === undefined) {
    letters = columnLetters(col);
    if (col <= 16_384) letterCache[col] = letters;
  }
  return letters + row;
}
