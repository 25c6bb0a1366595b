/** "Danh sách tệp": every form file read for the year, with its fingerprint, so that what was consolidated can be traced. */
import type { Sheet, SheetBook } from '../xlsx-write/sheet-api.js';
import type { ConsolidatedReport, SubmissionRow } from '../../core/consolidation/consolidated-report.js';
import { DATE_SOURCE_LABELS, fileLabel, SUPERSEDED_BASIS_LABELS, viDeadline } from './report-labels.js';
import { CODE_FONT, FILLS, TECHNICAL_SHEET_NOTE, putDate, putNumber, putText, sheetOptions } from './report-style.js';
import { headerRowAfter, writeSheetTitle, writeTable, type Column } from './report-table.js';

export const FILES_SHEET = 'Danh sách tệp';

function columns(names: ReadonlyMap<string, string>): Column<SubmissionRow>[] {
  return [
    { header: 'STT', width: 5, align: 'center', put: (c, _r, i) => putNumber(c, i + 1) },
    { header: 'Tệp', width: 32, put: (c, r) => putText(c, fileLabel(r.file)) },
    { header: 'Cơ quan', width: 28, put: (c, r) => putText(c, r.agency ? (names.get(r.agency) ?? r.agency) : 'Không xác định') },
    { header: 'Năm', width: 7, align: 'center', put: (c, r) => putNumber(c, r.year, '0') },
    { header: 'Ngày nhận', width: 12, align: 'center', put: (c, r) => putDate(c, r.receivedOn) },
    { header: 'Nguồn ngày nhận', width: 15, put: (c, r) => putText(c, r.dateSource ? DATE_SOURCE_LABELS[r.dateSource] : '') },
    {
      header: 'Đúng hạn',
      width: 10,
      align: 'center',
      put: (c, r) => {
        putText(c, r.onTime === null ? 'Không rõ' : r.onTime ? 'Đúng hạn' : `Trễ ${r.daysLate ?? '?'} ngày`);
        c.fill = r.onTime === null ? FILLS.grey : r.onTime ? FILLS.green : FILLS.yellow;
      },
    },
    { header: 'SHA-256', width: 36, put: (c, r) => putText(c, r.sha256 ?? '', CODE_FONT) },
    { header: 'Số lỗi', width: 7, put: (c, r) => putNumber(c, r.errors) },
    { header: 'Số cảnh báo', width: 8, put: (c, r) => putNumber(c, r.warnings) },
    {
      header: 'Bị thay thế',
      width: 26,
      put: (c, r) => {
        putText(c, r.superseded ? `Có, bởi ${r.supersededBy ? fileLabel(r.supersededBy) : 'tệp gửi sau'}${r.supersededBasis ? ` (${SUPERSEDED_BASIS_LABELS[r.supersededBasis]})` : ''}` : 'Không');
        if (r.superseded) c.fill = FILLS.grey;
      },
    },
  ];
}

export function addFilesSheet(workbook: SheetBook, report: ConsolidatedReport, names: ReadonlyMap<string, string>): Sheet {
  const cols = columns(names);
  const subtitles = [
    TECHNICAL_SHEET_NOTE,
    `${report.submissions.length} tệp; hạn gửi ${viDeadline(report)}. Mã SHA-256 xác định đúng nội dung tệp đã tổng hợp.`,
  ];
  const headerRow = headerRowAfter(subtitles);
  const sheet = workbook.addWorksheet(FILES_SHEET, sheetOptions('landscape', { headerRow, frozenColumns: 2 }, undefined, true));
  writeSheetTitle(sheet, cols, `DANH SÁCH TỆP BÁO CÁO NĂM ${report.year}`, subtitles);
  writeTable(sheet, headerRow, cols, report.submissions);
  return sheet;
}
