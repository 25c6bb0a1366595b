/**
 * "Tình hình báo cáo": one row per expected agency (then unexpected senders):
 * received or not, when, how late, whom to call. Printed for the People's
 * Committee, so it carries no file names, fingerprints or error counts: those
 * are on the technical sheet "Danh sách tệp".
 */
import type { Sheet, SheetBook } from '../xlsx-write/sheet-api.js';
import type { AgencyRow, ConsolidatedReport } from '../../core/consolidation/consolidated-report.js';
import { reportingStatusFill, reportingStatusLabel, viDate, viDeadline } from './report-labels.js';
import { printScale, putDate, putNumber, putText, sheetOptions } from './report-style.js';
import { setPageBreaks } from './print-pages.js';
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
    width: 24,
    put: (c, r) => {
      putText(c, reportingStatusLabel(r));
      c.fill = reportingStatusFill(r);
    },
  },
  { header: 'Số ngày trễ', width: 8, align: 'center', put: (c, r) => putNumber(c, r.daysLate) },
  { header: 'Người liên hệ', width: 36, put: (c, r) => putText(c, r.contact ?? '') },
];

export function addReportingStatusSheet(workbook: SheetBook, report: ConsolidatedReport, notice?: string): Sheet {
  const c = report.completeness;
  const subtitles = [
    `Hạn gửi: ${viDeadline(report)}; tính đến ngày ${viDate(report.asOf)}. Phải báo cáo: ${c.expected}; đã gửi: ${c.received} (đúng hạn ${c.onTime}, trễ hạn ${c.late}); chưa gửi: ${c.missing}.`,
    ...(notice ? [notice] : []),
  ];
  const headerRow = headerRowAfter(subtitles);
  const fit = { widths: COLUMNS.map((c) => c.width), smallestPt: 11 };
  const sheet = workbook.addWorksheet(REPORTING_STATUS_SHEET, sheetOptions('landscape', { headerRow, frozenColumns: 2 }, fit));
  writeSheetTitle(sheet, COLUMNS, `TÌNH HÌNH GỬI BÁO CÁO NĂM ${report.year}`, subtitles);
  const lastRow = writeTable(sheet, headerRow, COLUMNS, report.agencies);
  setPageBreaks(sheet, { orientation: 'landscape', scale: printScale('landscape', fit), lastRow, headerRow });
  return sheet;
}
