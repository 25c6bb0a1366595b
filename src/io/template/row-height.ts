/**
 * Row heights for wrapped text. LibreOffice (7.4, measured) does not
 * recompute row heights when it opens an .xlsx, so a wrapped task title
 * printed over its neighbours; an explicit height, estimated from the text
 * and the column widths, prints the same in Excel and LibreOffice. Agencies
 * may still resize rows: the sheet protection allows formatting rows.
 */
import type { Row, Worksheet } from 'exceljs';
import { isWhiteSpace } from '../../core/text/white-space.js';

/** Points per line of 12 pt Times New Roman, with a little leading. */
const LINE_POINTS = 16;
/** Characters of Vietnamese text per unit of column width, on the safe side. */
const CHARS_PER_WIDTH = 1.05;

/** Characters that fit on one line of a column `width` characters wide. */
export function lineCapacity(width: number, bold = false): number {
  return Math.max(1, Math.floor(width * CHARS_PER_WIDTH * (bold ? 0.9 : 1)) - 1);
}

/** Text no longer than a line fits on one: its words, with single spaces between them, are no longer than the text. */
export function fitsOneLine(text: string, width: number, bold = false): boolean {
  return text.length <= lineCapacity(width, bold) && !text.includes('\n');
}

/** Lines a greedy word wrap needs for `text` in a column `width` characters wide. */
export function wrappedLines(text: string, width: number, bold = false): number {
  if (fitsOneLine(text, width, bold)) return 1;
  const capacity = lineCapacity(width, bold);
  // One pass over the text, no substrings: the national report measures tens of thousands of texts.
  // Paragraphs end at line feeds; words are runs of anything but white space (as /\s+/ splits them).
  let lines = 1;
  let used = 0;
  let word = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const c = i < text.length ? text.charCodeAt(i) : LINE_FEED;
    if (!isWhiteSpace(c)) {
      word += 1;
      continue;
    }
    if (word > 0) {
      if (used === 0) used = word;
      else if (used + 1 + word <= capacity) used += 1 + word;
      else {
        lines += 1;
        used = word;
      }
      while (used > capacity) {
        lines += 1;
        used -= capacity;
      }
      word = 0;
    }
    if (c === LINE_FEED && i < text.length) {
      lines += 1;
      used = 0;
    }
  }
  return lines;
}

const LINE_FEED = 10;

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
