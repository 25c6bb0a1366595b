/**
 * "Ma trận nhiệm vụ": tasks down, agencies across, each cell "C: Đã hoàn thành"
 * (role letter, status) coloured by status, so that gaps show at a glance.
 */
import type { Alignment } from 'exceljs';
import type { Sheet, SheetBook, SheetCell } from '../xlsx-write/sheet-api.js';
import type { ConsolidatedReport, TaskCell, TaskRow } from '../../core/consolidation/consolidated-report.js';
import { CELL_STATUS_FILLS, CELL_STATUS_LABELS, CELL_STATUS_ORDER, roleLetter } from './report-labels.js';
import { BOLD_FONT, ITALIC_FONT, SMALL_FONT, putNumber, putText, sheetOptions, styleTableCell } from './report-style.js';
import { writeMergedLine, headerRowAfter, writeSheetTitle, writeTable, type Column } from './report-table.js';

export const TASK_MATRIX_SHEET = 'Ma trận nhiệm vụ';

const CELL_FONT = SMALL_FONT;

/** Agencies that appear in any task, in the order of the reporting-status sheet. */
export function matrixAgencies(report: ConsolidatedReport): string[] {
  const present = new Set(report.tasks.flatMap((t) => t.cells.map((c) => c.agency)));
  const ordered = report.agencies.map((a) => a.id).filter((id) => present.has(id));
  const known = new Set(ordered);
  const rest = [...present].filter((id) => !known.has(id)).sort();
  return [...ordered, ...rest];
}

/** Each of the dozen texts made once: the national matrix repeats them 40,000 times, and one string is measured and shared once. */
const cellTexts = new Map<TaskCell['role'], Map<TaskCell['status'], string>>();

export function matrixCellText(cell: TaskCell): string {
  let byStatus = cellTexts.get(cell.role);
  if (!byStatus) cellTexts.set(cell.role, (byStatus = new Map()));
  let text = byStatus.get(cell.status);
  if (text === undefined) byStatus.set(cell.status, (text = `${roleLetter(cell.role)}: ${CELL_STATUS_LABELS[cell.status]}`));
  return text;
}

/** Each task's cells by agency (the first, as a search along the row would find). */
function cellsByAgency(tasks: readonly TaskRow[]): Map<TaskRow, Map<string, TaskCell>> {
  return new Map(
    tasks.map((task) => {
      const byAgency = new Map<string, TaskCell>();
      for (const cell of task.cells) if (!byAgency.has(cell.agency)) byAgency.set(cell.agency, cell);
      return [task, byAgency];
    }),
  );
}

export function addTaskMatrixSheet(workbook: SheetBook, report: ConsolidatedReport, shortNames: ReadonlyMap<string, string>): Sheet {
  const agencies = matrixAgencies(report);
  const cells = cellsByAgency(report.tasks);
  const columns: Column<TaskRow>[] = [
    { header: 'Mã NV', width: 6, align: 'center', put: (c, t) => putText(c, t.id) },
    { header: 'Nhiệm vụ', width: 34, put: (c, t) => putText(c, t.title) },
    { header: 'Số cơ quan được giao', width: 8, put: (c, t) => putNumber(c, t.owed) },
    { header: 'Đã báo cáo', width: 8, put: (c, t) => putNumber(c, t.reported) },
    { header: 'Đã hoàn thành', width: 8, put: (c, t) => putNumber(c, t.completed) },
    ...agencies.map(
      (agency): Column<TaskRow> => ({
        header: shortNames.get(agency) ?? agency,
        width: 11,
        align: 'center',
        put: (c, t) => {
          const cell = cells.get(t)?.get(agency);
          if (!cell) return;
          putText(c, matrixCellText(cell), CELL_FONT);
          c.fill = CELL_STATUS_FILLS[cell.status];
        },
      }),
    ),
  ];
  const subtitles = [
    'C: cơ quan chủ trì; P: cơ quan phối hợp; K: không được giao nhưng có báo cáo. Ô trống: cơ quan không được giao nhiệm vụ.',
  ];
  const headerRow = headerRowAfter(subtitles);
  const sheet = workbook.addWorksheet(TASK_MATRIX_SHEET, sheetOptions('landscape', { headerRow, frozenColumns: 2 }, { widths: columns.map((c) => c.width), smallestPt: CELL_FONT.size ?? 9 }));
  writeSheetTitle(sheet, columns, `TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM ${report.year} THEO CƠ QUAN`, subtitles, Math.min(columns.length, 12));
  const last = writeTable(sheet, headerRow, columns, report.tasks, { styleHeader: rotateAgencyHeader });
  writeLegend(sheet, last + 2);
  return sheet;
}

/** Each alignment turned once: thousands of agency headers share one look, found by identity when written. */
const rotated = new WeakMap<Partial<Alignment>, Partial<Alignment>>();

/** Agency names run upwards, so that dozens of agencies fit across the page. */
function rotateAgencyHeader(cell: SheetCell, column: number): void {
  if (column < 6) return;
  const alignment = cell.alignment ?? {};
  let turned = rotated.get(alignment);
  if (!turned) rotated.set(alignment, (turned = { ...alignment, textRotation: 90, vertical: 'bottom', horizontal: 'center' }));
  cell.alignment = turned;
}

function writeLegend(sheet: Sheet, first: number): void {
  writeMergedLine(sheet, first, 2, 'Chú giải màu:', BOLD_FONT, 'left');
  CELL_STATUS_ORDER.forEach((status, i) => {
    const row = sheet.getRow(first + 1 + i);
    const swatch = row.getCell(1);
    swatch.fill = CELL_STATUS_FILLS[status];
    styleTableCell(swatch);
    putText(row.getCell(2), CELL_STATUS_LABELS[status], ITALIC_FONT);
  });
}
