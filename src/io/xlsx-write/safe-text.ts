/**
 * Text from submissions must never become a formula in what atvsld writes
 * (OWASP "CSV/formula injection": `=HYPERLINK(...)`, DDE `cmd|' /C calc'!A0`).
 * exceljs writes a JS string as a string cell, never a formula; on top of
 * that, cells whose text starts like a formula get the text number format
 * and Excel's quote prefix, so editing the cell in Excel keeps it text too.
 */
import type { SheetCell } from './sheet-api.js';

const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Put submitted (untrusted) text into a cell as plain text. */
export function setTextCell(cell: SheetCell, text: string): void {
  cell.value = text;
  if (looksLikeFormula(text)) {
    cell.numFmt = '@';
    cell.style = { ...cell.style, numFmt: '@', quotePrefix: true } as typeof cell.style;
  }
}
