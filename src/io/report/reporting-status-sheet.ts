/** "Tình hình báo cáo": one row per expected agency (then unexpected senders): received or not, when, how late, which file. */
import type { Sheet, SheetBook } from '../xlsx-write/sheet-api.js';
import type { AgencyRow, ConsolidatedReport } from '../../core/consolidation/consolidated-report.js';
import { DATE_SOURCE_LABELS, fileLabel, reportingStatusFill, reportingStatusLabel, viDate, viDeadline } from './report-labels.js';
import { putDate, putNumber, putText, sheetOptions } from './report-style.js';
import { headerRowAfter, writeSheetTitle, writeTable, type Column } from './report-table.js';

export const REPORTING_STATUS_SHEET = 'Tình hình báo cáo';

const COLUMNS: readonly Column<AgencyRow>[] = [
  { header: 'STT', width: 5, align: 'center', put: (c, _r, i) => putNumber(c, i + 1) },
  { header: 'Cơ quan, đơn vị', width: 32, put: (c, r) => putText(c, r.name) },
  { header: 'Phải báo cáo', width: 9, align: 'center', put: (c, r) => putText(c, r.expected ? 'Có' : 'Không') },
  { header: 'Đã nhận', width: 8, align: 'center', put: (c, r) => putText(c, r.status === 'missing' ? 'Chưa' : 'Đã nhận') },
  { header: 'Ngày nhận', width: 12, align: 'center', put: (c, r) => putDate(c, r.receivedOn) },
  {
    header: 'Tình trạng',
    width: 15,
    put: (c, r) => {
      putText(c, reportingStatusLabel(r));
      c.fill = reportingStatusFill(r);
    },
  },
  { header: 'Số ngày trễ', width: 8, put: (c, r) => putNumber(c, r.daysLate) },
  { header: 'Nguồn ngày nhận', width: 15, put: (c, r) => putText(c, r.dateSource ? DATE_SOURCE_LABELS[r.dateSource] : '') },
  { header: 'Tệp được tổng hợp', width: 30, put: (c, r) => putText(c, fileLabel(r.file)) },
  { header: 'SHA-256 (12 ký tự đầu)', width: 15, put: (c, r) => putText(c, r.sha256?.slice(0, 12) ?? '') },
  { header: 'Số lỗi', width: 7, put: (c, r) => putNumber(c, r.status === 'missing' ? undefined : r.errors) },
  { header: 'Số cảnh báo', width: 8, put: (c, r) => putNumber(c, r.status === 'missing' ? undefined : r.warnings) },
  { header: 'Người liên hệ', width: 28, put: (c, r) => putText(c, r.contact ?? '') },
  { header: 'Tệp gửi trước (đã được thay thế)', width: 26, put: (c, r) => putText(c, r.superseded.map(fileLabel).join('\n')) },
];

export function addReportingStatusSheet(workbook: SheetBook, report: ConsolidatedReport, notice?: string): Sheet {
  const c = report.completeness;
  const subtitles = [
    `Hạn gửi: ${viDeadline(report)}; tính đến ngày ${viDate(report.asOf)}. Phải báo cáo: ${c.expected}; đã gửi: ${c.received} (đúng hạn ${c.onTime}, trễ hạn ${c.late}); chưa gửi: ${c.missing}.`,
    ...(notice ? [notice] : []),
  ];
  const headerRow = headerRowAfter(subtitles);
  const sheet = workbook.addWorksheet(REPORTING_STATUS_SHEET, sheetOptions('landscape', { headerRow, frozenColumns: 2 }));
  writeSheetTitle(sheet, COLUMNS, `TÌNH HÌNH GỬI BÁO CÁO NĂM ${report.year}`, subtitles);
  writeTable(sheet, headerRow, COLUMNS, report.agencies);
  return sheet;
}
