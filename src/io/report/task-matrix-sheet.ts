/**
 * "Ma trận nhiệm vụ": one row per agency, grouped by kind under a header row
 * (the province, the departments, the communes…), tasks across by their
 * short ids, each cell "C: HT" (role letter, status abbreviation) coloured by
 * status, an agency that sent nothing one line across its row. The same
 * model and marks as the written report's Phụ lục II (buildAgencyMatrix in
 * src/core/consolidation/task-matrix.ts), so it grows in length, not width:
 * with 122 agencies the old layout (agencies across) printed on 36
 * landscape pages at 5–6 pt.
 *
 * Print: the whole width on one A4 page at a fixed scale that keeps every
 * text at 8 pt or more, portrait or landscape whichever takes fewer pages
 * (matrixLayout); the header row repeats on every page; page breaks never
 * leave a group's header at the foot of a page nor one row alone on the last
 * (print-pages.ts). Below the table, the counts per task, the full task
 * titles and the colour legend.
 */
import type { Font } from 'exceljs';
import type { Sheet, SheetBook } from '../xlsx-write/sheet-api.js';
import type { ConsolidatedReport, TaskRow } from '../../core/consolidation/consolidated-report.js';
import {
  MATRIX_LEGEND,
  MATRIX_STATUS_ABBREVIATIONS,
  buildAgencyMatrix,
  matrixMark,
  matrixMissingLine,
  type AgencyMatrix,
  type MatrixAgencyRow,
} from '../../core/consolidation/task-matrix.js';
import { wrappedLines } from '../template/row-height.js';
import { CELL_STATUS_FILLS, CELL_STATUS_LABELS, CELL_STATUS_ORDER } from './report-labels.js';
import {
  BODY_FONT,
  BODY_SIZE,
  BOLD_FONT,
  FILLS,
  FONT_NAME,
  ITALIC_FONT,
  columnsPixels,
  printScale,
  printableWidthPixels,
  putNumber,
  putText,
  sheetOptions,
  styleTableCell,
  type Orientation,
} from './report-style.js';
import { choosePageBreaks, pagePoints, setPageBreaks } from './print-pages.js';
import { headerRowAfter, writeMergedLine, writeSheetTitle, writeTable, type Column } from './report-table.js';

export const TASK_MATRIX_SHEET = 'Ma trận nhiệm vụ';

const CELL_SIZE = 10;
const CELL_FONT: Partial<Font> = Object.freeze({ name: FONT_NAME, size: CELL_SIZE });
/** The lead's mark in bold, as in Phụ lục II. */
const LEAD_FONT: Partial<Font> = Object.freeze({ ...CELL_FONT, bold: true });
const MISSING_FONT: Partial<Font> = Object.freeze({ ...CELL_FONT, italic: true });
const NUMBER_WIDTH = 4;
/** "C: ĐTH" in 10 pt bold, with room. */
const TASK_WIDTH = 7;
const NAME_WIDTHS = [22, 24, 26, 28, 30, 32, 34, 36, 38, 40];
const ONE_LINE = BODY_SIZE * 1.3 + 4;

export interface MatrixLayout {
  readonly orientation: Orientation;
  readonly widths: readonly number[];
  readonly scale: number;
  /** Pages the table itself takes, as laid out by print-pages.ts. */
  readonly pages: number;
}

/**
 * Orientation and the width of the name column: of the layouts that put the
 * whole width on one page with no text under 8 pt, the one with the fewest
 * pages for the table, then the largest scale (the largest print), then
 * landscape. When none fits (a plan with dozens of tasks), landscape at the
 * 8 pt scale, the task columns running on over further pages.
 */
export function matrixLayout(matrix: AgencyMatrix): MatrixLayout {
  let best: MatrixLayout | undefined;
  for (const orientation of ['landscape', 'portrait'] as const) {
    for (const nameWidth of NAME_WIDTHS) {
      const widths = [NUMBER_WIDTH, nameWidth, ...matrix.tasks.map(() => TASK_WIDTH)];
      const scale = printScale(orientation, { widths, smallestPt: CELL_SIZE });
      if ((columnsPixels(widths) * scale) / 100 > printableWidthPixels(orientation)) continue;
      const pages = estimatedPages(matrix, orientation, nameWidth, scale);
      if (!best || pages < best.pages || (pages === best.pages && scale > best.scale)) best = { orientation, widths, scale, pages };
    }
  }
  if (best) return best;
  const widths = [NUMBER_WIDTH, NAME_WIDTHS[0]!, ...matrix.tasks.map(() => TASK_WIDTH)];
  return { orientation: 'landscape', widths, scale: printScale('landscape', { widths, smallestPt: CELL_SIZE }), pages: Infinity };
}

/** The table's pages (title and header, groups, agencies), with the heights writeTable will give its rows. */
function estimatedPages(matrix: AgencyMatrix, orientation: Orientation, nameWidth: number, scale: number): number {
  const heights = [ONE_LINE * 3, ONE_LINE * 2];
  const keep = new Set<number>();
  for (const group of matrix.groups) {
    heights.push(ONE_LINE);
    keep.add(heights.length);
    for (const row of group.rows) heights.push(Math.max(ONE_LINE, wrappedLines(row.agency.name, nameWidth * (12 / BODY_SIZE)) * BODY_SIZE * 1.3 + 4));
  }
  const breaks = choosePageBreaks({
    height: (row) => heights[row - 1] ?? ONE_LINE,
    lastRow: heights.length,
    titleRows: { from: 2, to: 2 },
    pagePoints: pagePoints(orientation, scale),
    keepWithNext: keep,
  });
  return breaks.length + 1;
}

type MatrixLine =
  | { readonly kind: 'group'; readonly title: string }
  | { readonly kind: 'agency'; readonly row: MatrixAgencyRow }
  | { readonly kind: 'total'; readonly label: string; readonly value: (task: TaskRow) => number };

function lines(matrix: AgencyMatrix): MatrixLine[] {
  const out: MatrixLine[] = [];
  for (const group of matrix.groups) {
    out.push({ kind: 'group', title: group.title });
    for (const row of group.rows) out.push({ kind: 'agency', row });
  }
  out.push(
    { kind: 'total', label: 'Số cơ quan được giao', value: (t) => t.owed },
    { kind: 'total', label: 'Số cơ quan đã báo cáo', value: (t) => t.reported },
    { kind: 'total', label: 'Số cơ quan đã hoàn thành', value: (t) => t.completed },
  );
  return out;
}

export function addTaskMatrixSheet(workbook: SheetBook, report: ConsolidatedReport): Sheet {
  const matrix = buildAgencyMatrix(report);
  const layout = matrixLayout(matrix);
  const last = layout.widths.length;
  const subtitles = [MATRIX_LEGEND];
  const headerRow = headerRowAfter(subtitles);
  // Row of item i: headerRow + 1 + i (writeTable), where a line spanning the row is merged.
  const rowOf = (index: number): number => headerRow + 1 + index;
  const columns: Column<MatrixLine>[] = [
    {
      header: 'TT',
      width: layout.widths[0]!,
      align: 'center',
      put: (c, line, i) => {
        if (line.kind === 'agency') return putNumber(c, line.row.number);
        if (line.kind === 'group') {
          putText(c, line.title, BOLD_FONT);
          c.fill = FILLS.grey;
          sheet.mergeCells(rowOf(i), 1, rowOf(i), last);
          return;
        }
        putText(c, line.label, BOLD_FONT);
        sheet.mergeCells(rowOf(i), 1, rowOf(i), 2);
      },
    },
    {
      header: 'Cơ quan, đơn vị',
      width: layout.widths[1]!,
      put: (c, line) => {
        if (line.kind === 'agency' && !c.isMerged) putText(c, line.row.agency.name);
      },
    },
    ...matrix.tasks.map(
      (task, t): Column<MatrixLine> => ({
        header: task.id,
        width: TASK_WIDTH,
        align: 'center',
        put: (c, line, i) => {
          if (c.isMerged) return;
          if (line.kind === 'total') return putNumber(c, line.value(task));
          if (line.kind !== 'agency') return;
          if (line.row.missing) {
            if (t > 0) return;
            putText(c, matrixMissingLine(line.row.agency), MISSING_FONT);
            c.fill = CELL_STATUS_FILLS['no-submission'];
            if (last > 3) sheet.mergeCells(rowOf(i), 3, rowOf(i), last);
            return;
          }
          const cell = line.row.cells[t];
          if (!cell) return;
          putText(c, matrixMark(cell), cell.role === 'lead' ? LEAD_FONT : CELL_FONT);
          c.fill = CELL_STATUS_FILLS[cell.status];
        },
      }),
    ),
  ];
  const sheet = workbook.addWorksheet(
    TASK_MATRIX_SHEET,
    sheetOptions(layout.orientation, { headerRow, frozenColumns: 2 }, { widths: layout.widths, smallestPt: CELL_SIZE }),
  );
  writeSheetTitle(sheet, columns, `TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM ${report.year} CỦA CÁC CƠ QUAN, ĐƠN VỊ`, subtitles, last);
  const items = lines(matrix);
  const tableEnd = writeTable(sheet, headerRow, columns, items);
  const keep = new Set<number>();
  items.forEach((line, i) => {
    if (line.kind === 'group') keep.add(rowOf(i));
  });
  const end = writeLegends(sheet, tableEnd + 2, last, matrix.tasks, keep);
  setPageBreaks(sheet, { orientation: layout.orientation, scale: layout.scale, lastRow: end, headerRow, keepWithNext: keep });
  return sheet;
}

/** The task titles, then the colours; returns the last row written. Headings are kept with their first line. */
function writeLegends(sheet: Sheet, first: number, last: number, tasks: readonly TaskRow[], keep: Set<number>): number {
  let row = first;
  writeMergedLine(sheet, row, last, 'Tên các nhiệm vụ:', BOLD_FONT, 'left');
  keep.add(row - 1);
  keep.add(row++);
  for (const task of tasks) writeMergedLine(sheet, row++, last, `${task.id}. ${task.title}`, BODY_FONT, 'left');
  row += 1;
  writeMergedLine(sheet, row, last, 'Chú giải màu:', BOLD_FONT, 'left');
  keep.add(row - 1);
  keep.add(row++);
  for (const status of CELL_STATUS_ORDER) {
    const swatch = sheet.getCell(row, 1);
    if (status !== 'no-submission') putText(swatch, MATRIX_STATUS_ABBREVIATIONS[status], CELL_FONT);
    swatch.fill = CELL_STATUS_FILLS[status];
    styleTableCell(swatch, 'center');
    writeMergedLine(sheet, row++, last, CELL_STATUS_LABELS[status], ITALIC_FONT, 'left', 2);
  }
  return row - 1;
}
