/**
 * "Tổng hợp": the page the department signs. Heading, completeness and
 * timeliness, the three targets with traffic lights, task statuses, and the
 * signature block; portrait A4 like any official letter.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ConsolidatedReport, IndicatorRow } from '../../core/consolidation/consolidated-report.js';
import {
  CELL_STATUS_FILLS,
  CELL_STATUS_LABELS,
  CELL_STATUS_ORDER,
  flagLabel,
  targetLabel,
  verdictFill,
  verdictLabel,
  viDate,
} from './report-labels.js';
import {
  BOLD_FONT,
  CHANGE_FORMAT,
  DECIMAL2_FORMAT,
  INTEGER_FORMAT,
  ITALIC_FONT,
  RATE_FORMAT,
  putNumber,
  putText,
  setColumnWidths,
  setupPrint,
  styleHeaderCell,
  styleTableCell,
} from './report-style.js';
import { fitRowHeight, writeMergedLine } from './report-table.js';
import { writeAdministrativeHeading, writeSignatureBlock } from './summary-heading.js';

export const SUMMARY_SHEET = 'Tổng hợp';
const WIDTHS = [6, 36, 11, 12, 12, 11, 15, 14];
const LAST = WIDTHS.length;

export function addSummarySheet(workbook: Workbook, report: ConsolidatedReport, notice?: string): void {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET);
  setColumnWidths(sheet, WIDTHS);
  let row = writeAdministrativeHeading(sheet, report, LAST, notice);
  writeMergedLine(
    sheet,
    row++,
    LAST,
    `Tổng hợp từ báo cáo của các cơ quan, đơn vị nhận được đến ngày ${viDate(report.asOf)} (hạn gửi: ${viDate(report.deadline)}).`,
    ITALIC_FONT,
    'left',
  );
  row = writeCompleteness(sheet, report, row + 1);
  row = writeIndicators(sheet, report, row + 1);
  row = writeTaskStatuses(sheet, report, row + 1);
  writeSignatureBlock(sheet, row + 1, LAST);
  setupPrint(sheet, 'portrait');
}

function section(sheet: Worksheet, row: number, text: string): number {
  writeMergedLine(sheet, row, LAST, text, BOLD_FONT, 'left');
  return row + 1;
}

/** One header row of `labels`, the last label spanning to the sheet's last column. */
function header(sheet: Worksheet, row: number, labels: readonly string[]): number {
  labels.forEach((label, i) => {
    const cell = sheet.getCell(row, i + 1);
    putText(cell, label);
    styleHeaderCell(cell);
  });
  fitRowHeight(sheet, sheet.getRow(row));
  return row + 1;
}

function writeCompleteness(sheet: Worksheet, report: ConsolidatedReport, first: number): number {
  const c = report.completeness;
  let row = section(sheet, first, 'I. TÌNH HÌNH GỬI BÁO CÁO');
  row = header(sheet, row, ['STT', 'Nội dung', 'Số cơ quan', 'Tỷ lệ']);
  const lines: [string, number, number | null][] = [
    ['Cơ quan, đơn vị phải báo cáo', c.expected, null],
    ['Đã gửi báo cáo', c.received, c.completenessRate],
    [`Gửi đúng hạn (đến hết ngày ${viDate(report.deadline)})`, c.onTime, c.timelinessRate],
    ['Gửi sau thời hạn', c.late, null],
    [c.notYetDue > 0 ? `Chưa gửi báo cáo (trong đó ${c.notYetDue} chưa đến hạn)` : 'Chưa gửi báo cáo', c.missing, null],
    ['Cơ quan không phải báo cáo nhưng đã gửi (không tính vào tỷ lệ)', c.unexpected, null],
  ];
  lines.forEach(([label, count, rate], i) => {
    const r = sheet.getRow(row + i);
    putNumber(r.getCell(1), i + 1);
    putText(r.getCell(2), label);
    putNumber(r.getCell(3), count);
    putNumber(r.getCell(4), rate, RATE_FORMAT);
    [1, 2, 3, 4].forEach((col) => styleTableCell(r.getCell(col), col === 2 ? 'left' : col === 1 ? 'center' : 'right'));
    fitRowHeight(sheet, r);
  });
  return row + lines.length;
}

function writeIndicators(sheet: Worksheet, report: ConsolidatedReport, first: number): number {
  const { year } = report;
  let row = section(sheet, first, 'II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU');
  row = header(sheet, row, ['STT', 'Chỉ tiêu', 'Đơn vị tính', `Năm ${year - 1}`, `Năm ${year}`, 'Thay đổi', 'Mục tiêu', 'Đánh giá']);
  const notes: string[] = [];
  report.indicators.forEach((indicator, i) => {
    const r = sheet.getRow(row + i);
    const format = valueFormat(indicator);
    putNumber(r.getCell(1), i + 1);
    putText(r.getCell(2), indicator.name);
    putText(r.getCell(3), indicator.unit);
    putNumber(r.getCell(4), indicator.values[String(year - 1)], format);
    putNumber(r.getCell(5), indicator.values[String(year)], format);
    putNumber(r.getCell(6), indicator.changePercent, CHANGE_FORMAT);
    putText(r.getCell(7), targetLabel(indicator.target));
    putText(r.getCell(8), verdictLabel(indicator.met), BOLD_FONT);
    for (let col = 1; col <= LAST; col += 1) styleTableCell(r.getCell(col), col === 2 || col === 7 ? 'left' : col >= 3 && col <= 6 && col !== 3 ? 'right' : 'center');
    r.getCell(8).fill = verdictFill(indicator.met);
    fitRowHeight(sheet, r);
    for (const flag of indicator.flags) notes.push(`Chỉ tiêu ${i + 1}: ${flagLabel(flag, year)}`);
  });
  row += report.indicators.length;
  if (notes.length > 0) {
    writeMergedLine(sheet, row++, LAST, `Ghi chú: ${notes.join(' ')}`, { ...ITALIC_FONT, size: 10 }, 'left');
  }
  return row;
}

function writeTaskStatuses(sheet: Worksheet, report: ConsolidatedReport, first: number): number {
  const counts = report.taskStatusCounts;
  const total = CELL_STATUS_ORDER.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  let row = section(sheet, first, 'III. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ');
  writeMergedLine(
    sheet,
    row++,
    LAST,
    `${report.tasks.length} nhiệm vụ của Kế hoạch, ${total} lượt giao cho các cơ quan, đơn vị (mỗi cơ quan × mỗi nhiệm vụ được giao); chi tiết tại các trang "Ma trận nhiệm vụ" và "Chi tiết nhiệm vụ".`,
    { ...ITALIC_FONT, italic: false },
    'left',
  );
  row = header(sheet, row, ['STT', 'Tình trạng', 'Số lượt', 'Tỷ lệ']);
  CELL_STATUS_ORDER.forEach((status, i) => {
    const r = sheet.getRow(row + i);
    putNumber(r.getCell(1), i + 1);
    putText(r.getCell(2), CELL_STATUS_LABELS[status]);
    putNumber(r.getCell(3), counts[status] ?? 0);
    putNumber(r.getCell(4), total > 0 ? (counts[status] ?? 0) / total : null, RATE_FORMAT);
    [1, 2, 3, 4].forEach((col) => styleTableCell(r.getCell(col), col === 2 ? 'left' : col === 1 ? 'center' : 'right'));
    r.getCell(2).fill = CELL_STATUS_FILLS[status];
    fitRowHeight(sheet, r);
  });
  return row + CELL_STATUS_ORDER.length;
}

/** A rate (numerator over denominator) has decimals; a count has none. */
export function valueFormat(indicator: IndicatorRow): string {
  return indicator.partInfo.some((p) => p.role === 'denominator') ? DECIMAL2_FORMAT : INTEGER_FORMAT;
}
