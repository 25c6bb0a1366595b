/** "Vấn đề phát hiện": every diagnostic, worded in Vietnamese, with file, sheet and cell to find it. */
import type { Sheet, SheetBook } from '../xlsx-write/sheet-api.js';
import type { ConsolidatedReport } from '../../core/consolidation/consolidated-report.js';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { formatMessage } from '../../core/diagnostics/format.js';
import { SEVERITY_LABELS, fileLabel } from './report-labels.js';
import { FILLS, SMALL_FONT, TECHNICAL_SHEET_NOTE, putNumber, putText, sheetOptions } from './report-style.js';
import { headerRowAfter, writeSheetTitle, writeTable, type Column } from './report-table.js';

export const PROBLEMS_SHEET = 'Vấn đề phát hiện';

const SEVERITY_FILLS = { error: FILLS.red, warning: FILLS.yellow, info: FILLS.grey } as const;

function columns(names: ReadonlyMap<string, string>): Column<Diagnostic>[] {
  return [
    { header: 'STT', width: 5, align: 'center', put: (c, _d, i) => putNumber(c, i + 1) },
    { header: 'Tệp', width: 26, put: (c, d) => putText(c, fileLabel(d.location?.file)) },
    { header: 'Trang tính', width: 13, put: (c, d) => putText(c, d.location?.sheet ?? '') },
    { header: 'Ô', width: 6, align: 'center', put: (c, d) => putText(c, d.location?.cell ?? '') },
    { header: 'Mã', width: 22, put: (c, d) => putText(c, d.code, SMALL_FONT) },
    {
      header: 'Mức độ',
      width: 9,
      align: 'center',
      put: (c, d) => {
        putText(c, SEVERITY_LABELS[d.severity]);
        c.fill = SEVERITY_FILLS[d.severity];
      },
    },
    { header: 'Nội dung', width: 60, put: (c, d) => putText(c, formatMessage(d, 'vi')) },
    { header: 'Cơ quan', width: 22, put: (c, d) => putText(c, d.agency ? (names.get(d.agency) ?? d.agency) : '') },
    { header: 'Nhiệm vụ', width: 9, align: 'center', put: (c, d) => putText(c, d.task ?? '') },
  ];
}

export function addProblemsSheet(workbook: SheetBook, report: ConsolidatedReport, names: ReadonlyMap<string, string>): Sheet {
  const cols = columns(names);
  const count = (s: Diagnostic['severity']): number => report.diagnostics.filter((d) => d.severity === s).length;
  const subtitles = [TECHNICAL_SHEET_NOTE, `${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('info')} thông tin.`];
  const headerRow = headerRowAfter(subtitles);
  const sheet = workbook.addWorksheet(PROBLEMS_SHEET, sheetOptions('landscape', { headerRow, frozenColumns: 0 }, undefined, true));
  writeSheetTitle(sheet, cols, `CÁC VẤN ĐỀ PHÁT HIỆN KHI TỔNG HỢP NĂM ${report.year}`, subtitles);
  writeTable(sheet, headerRow, cols, report.diagnostics);
  return sheet;
}
