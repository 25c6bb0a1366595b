/**
 * "Chi tiết nhiệm vụ": per task, per agency, what was reported, with the
 * cell it came from, so the narrative report can quote it and a reader can
 * check the source.
 */
import type { Sheet, SheetBook } from '../xlsx-write/sheet-api.js';
import type { ConsolidatedReport, TaskCell, TaskRow } from '../../core/consolidation/consolidated-report.js';
import { CELL_STATUS_FILLS, CELL_STATUS_LABELS, roleLabel } from './report-labels.js';
import { DECIMAL1_FORMAT, putNumber, putText, sheetOptions } from './report-style.js';
import { headerRowAfter, writeSheetTitle, writeTable, type Column } from './report-table.js';

export const TASK_DETAILS_SHEET = 'Chi tiết nhiệm vụ';

interface DetailRow {
  readonly task: TaskRow;
  readonly cell: TaskCell;
}

function columns(names: ReadonlyMap<string, string>): Column<DetailRow>[] {
  return [
    { header: 'Mã NV', width: 6, align: 'center', put: (c, r) => putText(c, r.task.id) },
    { header: 'Nhiệm vụ', width: 24, put: (c, r) => putText(c, r.task.title) },
    { header: 'Cơ quan', width: 20, put: (c, r) => putText(c, names.get(r.cell.agency) ?? r.cell.agency) },
    { header: 'Vai trò', width: 9, put: (c, r) => putText(c, roleLabel(r.cell.role)) },
    {
      header: 'Tình trạng',
      width: 13,
      put: (c, r) => {
        putText(c, CELL_STATUS_LABELS[r.cell.status]);
        c.fill = CELL_STATUS_FILLS[r.cell.status];
      },
    },
    { header: 'Kết quả đạt được', width: 62, put: (c, r) => putText(c, r.cell.texts.results) },
    { header: 'Số văn bản', width: 8, put: (c, r) => putNumber(c, r.cell.counts.documents) },
    { header: 'Số hội nghị, lớp tập huấn, cuộc kiểm tra', width: 10, put: (c, r) => putNumber(c, r.cell.counts.events) },
    { header: 'Số lượt người', width: 9, put: (c, r) => putNumber(c, r.cell.counts.people) },
    { header: 'Kinh phí (triệu đồng)', width: 10, put: (c, r) => putNumber(c, r.cell.counts.cost, DECIMAL1_FORMAT) },
    { header: 'Ghi chú', width: 20, put: (c, r) => putText(c, r.cell.texts.notes) },
    { header: 'Nguồn (trang tính!ô)', width: 14, put: (c, r) => putText(c, r.cell.sheet ? `${r.cell.sheet}!${r.cell.cell ?? ''}` : '') },
  ];
}

export function addTaskDetailsSheet(workbook: SheetBook, report: ConsolidatedReport, names: ReadonlyMap<string, string>): Sheet {
  const rows: DetailRow[] = report.tasks.flatMap((task) => task.cells.map((cell) => ({ task, cell })));
  const cols = columns(names);
  const subtitles = [
    'Nội dung do các cơ quan, đơn vị báo cáo, giữ nguyên văn; cột "Nguồn" chỉ ô trong tệp báo cáo của cơ quan.',
  ];
  const headerRow = headerRowAfter(subtitles);
  const sheet = workbook.addWorksheet(TASK_DETAILS_SHEET, sheetOptions('landscape', { headerRow, frozenColumns: 3 }));
  writeSheetTitle(sheet, cols, `CHI TIẾT KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM ${report.year}`, subtitles);
  writeTable(sheet, headerRow, cols, rows);
  return sheet;
}
