/**
 * "Chi tiết nhiệm vụ": per task, per agency, what was reported, so the
 * written report can quote it. An agency that sent nothing is one line at the
 * end ("Chưa gửi báo cáo"), not one empty line per task it owes; where each
 * text was read (sheet and cell) is on the technical side, in the forms.
 */
import type { Sheet, SheetBook } from '../xlsx-write/sheet-api.js';
import type { ConsolidatedReport, TaskCell } from '../../core/consolidation/consolidated-report.js';
import { CELL_STATUS_FILLS, CELL_STATUS_LABELS, roleLabel } from './report-labels.js';
import { DECIMAL1_FORMAT, printScale, putNumber, putText, sheetOptions } from './report-style.js';
import { setPageBreaks } from './print-pages.js';
import { headerRowAfter, writeSheetTitle, writeTable, type Column } from './report-table.js';

export const TASK_DETAILS_SHEET = 'Chi tiết nhiệm vụ';

interface DetailRow {
  readonly taskId: string;
  readonly taskTitle: string;
  readonly cell: TaskCell;
  /** For an agency that sent nothing: how many tasks it owes. */
  readonly owed?: number;
}

function columns(names: ReadonlyMap<string, string>): Column<DetailRow>[] {
  return [
    { header: 'Mã NV', width: 6, align: 'center', put: (c, r) => putText(c, r.taskId) },
    { header: 'Nhiệm vụ', width: 20, put: (c, r) => putText(c, r.taskTitle) },
    { header: 'Cơ quan', width: 18, put: (c, r) => putText(c, names.get(r.cell.agency) ?? r.cell.agency) },
    {
      header: 'Tình trạng',
      width: 13,
      put: (c, r) => {
        // The role rides with the status: a column of its own pushed the table past one page's width.
        putText(c, r.owed !== undefined || !r.cell.role ? CELL_STATUS_LABELS[r.cell.status] : `${CELL_STATUS_LABELS[r.cell.status]} (${roleLabel(r.cell.role).toLocaleLowerCase('vi')})`);
        c.fill = CELL_STATUS_FILLS[r.cell.status];
      },
    },
    { header: 'Kết quả đạt được', width: 40, put: (c, r) => putText(c, r.cell.texts.results) },
    { header: 'Số văn bản', width: 8, align: 'center', put: (c, r) => putNumber(c, r.cell.counts.documents) },
    { header: 'Số hội nghị, lớp tập huấn, cuộc kiểm tra', width: 10, align: 'center', put: (c, r) => putNumber(c, r.cell.counts.events) },
    { header: 'Số lượt người', width: 9, align: 'center', put: (c, r) => putNumber(c, r.cell.counts.people) },
    { header: 'Kinh phí (triệu đồng)', width: 10, align: 'center', put: (c, r) => putNumber(c, r.cell.counts.cost, DECIMAL1_FORMAT) },
    { header: 'Ghi chú', width: 14, put: (c, r) => putText(c, r.cell.texts.notes) },
  ];
}

/** The reported cells in task order; then one row per agency that sent nothing, with the number of tasks it owes. */
export function detailRows(report: ConsolidatedReport): DetailRow[] {
  const rows: DetailRow[] = [];
  const owedByMissing = new Map<string, number>();
  for (const task of report.tasks) {
    for (const cell of task.cells) {
      if (cell.status === 'no-submission') owedByMissing.set(cell.agency, (owedByMissing.get(cell.agency) ?? 0) + 1);
      else rows.push({ taskId: task.id, taskTitle: task.title, cell });
    }
  }
  for (const [agency, owed] of [...owedByMissing].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const cell: TaskCell = { agency, status: 'no-submission', texts: { results: '', notes: '' }, counts: {} };
    rows.push({ taskId: '—', taskTitle: `Cả ${owed} nhiệm vụ được giao`, cell, owed });
  }
  return rows;
}

export function addTaskDetailsSheet(workbook: SheetBook, report: ConsolidatedReport, names: ReadonlyMap<string, string>): Sheet {
  const rows = detailRows(report);
  const cols = columns(names);
  const subtitles = ['Nội dung do các cơ quan, đơn vị báo cáo, giữ nguyên văn. Cơ quan chưa gửi báo cáo được ghi một dòng ở cuối bảng.'];
  const headerRow = headerRowAfter(subtitles);
  const fit = { widths: cols.map((c) => c.width), smallestPt: 11 };
  const sheet = workbook.addWorksheet(TASK_DETAILS_SHEET, sheetOptions('landscape', { headerRow, frozenColumns: 3 }, fit));
  writeSheetTitle(sheet, cols, `CHI TIẾT KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM ${report.year}`, subtitles);
  const lastRow = writeTable(sheet, headerRow, cols, rows);
  setPageBreaks(sheet, { orientation: 'landscape', scale: printScale('landscape', fit), lastRow, headerRow });
  return sheet;
}
