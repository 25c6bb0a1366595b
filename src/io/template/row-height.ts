/**
 * Row heights for wrapped text. LibreOffice (7.4, measured) does not
 * recompute row heights when it opens an .xlsx, so a wrapped task title
 * printed over its neighbours; an explicit height, estimated from the text
 * and the column widths, prints the same in Excel and LibreOffice. Agencies
 * may still resize rows: the sheet protection allows formatting rows.
 */
import type { Row, Worksheet } from 'exceljs';

/** Points per line of 12 pt Times New Roman, with a little leading. */
const LINE_POINTS = 16;
/** Characters of Vietnamese text per unit of column width, on the safe side. */
const CHARS_PER_WIDTH = 1.05;

/** Lines a greedy word wrap needs for `text` in a column `width` characters wide. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const capacity = Math.max(1, Math.floor(width * CHARS_PER_WIDTH * (bold ? 0.9 : 1)) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = word.length;
      if (used === 0) used = length;
      else if (used + 1 + length <= capacity) used += 1 + length;
      else {
        lines += 1;
        used = length;
      }
      while (used > capacity) {
        lines += 1;
        used -= capacity;
      }
    }
  }
  return lines;
}

/** Set the row's height to fit its wrapped text cells, at least `minLines` lines. */
export function fitRowHeight(sheet: Worksheet, row: Row, minLines = 1): void {
  let lines = minLines;
  row.eachCell((cell, column) => {
    if (typeof cell.value !== 'string' || !cell.alignment?.wrapText || cell.isMerged) return;
    const width = sheet.getColumn(column).width ?? 10;
    lines = Math.max(lines, wrappedLines(cell.value, width, cell.font?.bold === true));
  });
  row.height = lines * LINE_POINTS + 2;
}
