/**
 * Text from submissions must never become a formula in what atvsld writes
 * (OWASP "CSV/formula injection": `=HYPERLINK(...)`, DDE `cmd|' /C calc'!A0`).
 * Both workbook writers (exceljs's, ours) write a JS string as a string
 * cell, never a formula; on top of that, cells whose text starts like a
 * formula get the text number format and Excel's quote prefix, so editing
 * the cell in Excel keeps it text too (exceljs drops the quote prefix; ours
 * writes it).
 */
import type { SheetCell } from './sheet-api.js';

/** Starts with = + - @, a tab or a carriage return: what a spreadsheet may take for a formula (checked for every text written). */
export function looksLikeFormula(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/** Put submitted (untrusted) text into a cell as plain text. */
export function setTextCell(cell: SheetCell, text: string): void {
  cell.value = text;
  if (looksLikeFormula(text)) {
    cell.numFmt = '@';
    cell.style = { ...cell.style, numFmt: '@', quotePrefix: true } as typeof cell.style;
  }
}
