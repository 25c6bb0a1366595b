/**
 * The top of the tasks and indicators sheets: column widths, a title, the
 * agency's name, a one-line hint, and the heading row that the submission
 * parser looks for (form-layout.ts). Both sheets share this shape.
 */
import type { Worksheet } from 'exceljs';
import { BOLD_FONT, NOTE_FONT, setColumns, styleHeaderCell, writeTitle } from './form-style.js';
import { fitRowHeight } from './row-height.js';

export interface TableHead {
  readonly title: string;
  readonly agencyName: string;
  readonly hint: string;
  readonly headerRow: number;
  readonly columns: readonly { readonly header: string; readonly width: number }[];
}

export function writeTableHead(sheet: Worksheet, head: TableHead): void {
  const span = head.columns.length;
  setColumns(sheet, head.columns.map((c) => c.width));
  writeTitle(sheet, 1, span, head.title);
  writeTitle(sheet, 2, span, head.agencyName, BOLD_FONT);
  const hint = sheet.getCell(3, 1);
  hint.value = head.hint;
  hint.font = NOTE_FONT;
  const header = sheet.getRow(head.headerRow);
  head.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    styleHeaderCell(cell);
  });
  fitRowHeight(sheet, header);
}
