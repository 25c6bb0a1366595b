/**
 * "Chi tiết nhiệm vụ": per task, per agency, what was reported, so the
 * written report can quote it. Each task is a header row over its agencies'
 * lines (its title once, not on every line: the results column gets the
 * width, and rows are a line or two shorter). An agency that sent nothing is
 * one line at the end ("Chưa gửi báo cáo"), not one empty line per task it
 * owes; where each text was read (sheet and cell) is on the technical side,
 * in the forms.
 */
import type { Sheet, SheetBook, SheetCell } from '../xlsx-write/sheet-api.js';
import type { ConsolidatedReport, TaskCell } from '../../core/consolidation/consolidated-report.js';
import { CELL_STATUS_FILLS, CELL_STATUS_LABELS, roleLabel } from './report-labels.js';
import { BOLD_FONT, DECIMAL1_FORMAT, FILLS, printScale, putNumber, putText, sheetOptions } from './report-style.js';
import { setPageBreaks } from './print-pages.js';
import { headerRowAfter, writeSheetTitle, writeTable, type Column } from './report-table.js';

export const TASK_DETAILS_SHEET = 'Chi tiết nhiệm vụ';

/** A task's header row, one agency's line under it, or the header and lines of the agencies that sent nothing. */
type DetailRow =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'cell'; readonly cell: TaskCell; readonly owed?: number };

function columns(names: ReadonlyMap<string, string>, rowOf: (index: number) => number, sheet: () => Sheet, last: number): Column<DetailRow>[] {
  const text = (put: (c: SheetCell, cell: TaskCell, owed: number | undefined) => void) => (c: SheetCell, r: DetailRow) => {
    if (r.kind === 'cell' && !c.isMerged) put(c, r.cell, r.owed);
  };
  return [
    {
      header: 'Cơ quan',
      width: 22,
      put: (c, r, i) => {
        if (r.kind === 'cell') return putText(c, names.get(r.cell.agency) ?? r.cell.agency);
        putText(c, r.text, BOLD_FONT);
        c.fill = FILLS.grey;
        sheet().mergeCells(rowOf(i), 1, rowOf(i), last);
      },
    },
    {
      header: 'Tình trạng',
      width: 13,
      put: text((c, cell, owed) => {
        // The role rides with the status: a column of its own pushed the table past one page's width.
        putText(c, owed !== undefined || !cell.role ? CELL_STATUS_LABELS[cell.status] : `${CELL_STATUS_LABELS[cell.status]} (${roleLabel(cell.role).toLocaleLowerCase('vi')})`);
        c.fill = CELL_STATUS_FILLS[cell.status];
      }),
    },
    { header: 'Kết quả đạt được', width: 62, put: text((c, cell, owed) => putText(c, owed !== undefined ? `Cả ${owed} nhiệm vụ được giao` : cell.texts.results)) },
    { header: 'Số văn bản', width: 8, align: 'center', put: text((c, cell) => putNumber(c, cell.counts.documents)) },
    { header: 'Số hội nghị, lớp tập huấn, cuộc kiểm tra', width: 10, align: 'center', put: text((c, cell) => putNumber(c, cell.counts.events)) },
    { header: 'Số lượt người', width: 9, align: 'center', put: text((c, cell) => putNumber(c, cell.counts.people)) },
    { header: 'Kinh phí (triệu đồng)', width: 10, align: 'center', put: text((c, cell) => putNumber(c, cell.counts.cost, DECIMAL1_FORMAT)) },
    { header: 'Ghi chú', width: 14, put: text((c, cell) => putText(c, cell.texts.notes)) },
  ];
}

/** Each task's header then its reported cells, in plan order; then one line per agency that sent nothing, with the number of tasks it owes. */
export function detailRows(report: ConsolidatedReport): DetailRow[] {
  const rows: DetailRow[] = [];
  const owedByMissing = new Map<string, number>();
  for (const task of report.tasks) {
    const reported = task.cells.filter((cell) => cell.status !== 'no-submission');
    for (const cell of task.cells) if (cell.status === 'no-submission') owedByMissing.set(cell.agency, (owedByMissing.get(cell.agency) ?? 0) + 1);
    if (reported.length === 0) continue;
    rows.push({ kind: 'heading', text: `${task.id}. ${task.title}` });
    for (const cell of reported) rows.push({ kind: 'cell', cell });
  }
  if (owedByMissing.size > 0) rows.push({ kind: 'heading', text: 'Cơ quan, đơn vị chưa gửi báo cáo' });
  for (const [agency, owed] of [...owedByMissing].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const cell: TaskCell = { agency, status: 'no-submission', texts: { results: '', notes: '' }, counts: {} };
    rows.push({ kind: 'cell', cell, owed });
  }
  return rows;
}

export function addTaskDetailsSheet(workbook: SheetBook, report: ConsolidatedReport, names: ReadonlyMap<string, string>): Sheet {
  const rows = detailRows(report);
  const subtitles = ['Nội dung do các cơ quan, đơn vị báo cáo, giữ nguyên văn, theo từng nhiệm vụ. Cơ quan chưa gửi báo cáo được ghi một dòng ở cuối bảng.'];
  const headerRow = headerRowAfter(subtitles);
  const rowOf = (index: number): number => headerRow + 1 + index;
  let sheet: Sheet | undefined;
  const cols = columns(names, rowOf, () => sheet!, 8);
  const fit = { widths: cols.map((c) => c.width), smallestPt: 11 };
  sheet = workbook.addWorksheet(TASK_DETAILS_SHEET, sheetOptions('landscape', { headerRow, frozenColumns: 1 }, fit));
  writeSheetTitle(sheet, cols, `CHI TIẾT KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM ${report.year}`, subtitles);
  const lastRow = writeTable(sheet, headerRow, cols, rows);
  // A task's header opens a page rather than end one.
  const keep = new Set<number>();
  rows.forEach((r, i) => {
    if (r.kind === 'heading') keep.add(rowOf(i));
  });
  setPageBreaks(sheet, { orientation: 'landscape', scale: printScale('landscape', fit), lastRow, headerRow, keepWithNext: keep });
  return sheet;
}
