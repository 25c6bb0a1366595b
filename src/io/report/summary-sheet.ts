/**
 * "Tổng hợp": the page the department signs. Heading, completeness and
 * timeliness, the three targets with traffic lights, task statuses, and the
 * signature block; portrait A4 like any official letter.
 */
import type { Sheet, SheetBook } from '../xlsx-write/sheet-api.js';
import type { ConsolidatedReport, IndicatorRow } from '../../core/consolidation/consolidated-report.js';
import {
  CELL_STATUS_FILLS,
  CELL_STATUS_LABELS,
  CELL_STATUS_ORDER,
  baseGapLabel,
  flagText,
  targetLabel,
  territoriesLabel,
  verdictFill,
  verdictLabel,
  viDate,
  viDeadline,
} from './report-labels.js';
import {
  BOLD_FONT,
  DECIMAL2_FORMAT,
  INTEGER_FORMAT,
  ITALIC_FONT,
  RATE_FORMAT,
  putNumber,
  printScale,
  putText,
  setColumnWidths,
  sheetOptions,
  styleHeaderCell,
  styleTableCell,
} from './report-style.js';
import { fitRowHeight, writeMergedLine } from './report-table.js';
import { yearlyChangeFormat } from './indicators-sheet.js';
import { largestRemainderShares } from '../../core/consolidation/printed-figures.js';
import { writeAdministrativeHeading, writeSignatureBlock } from './summary-heading.js';
import { setPageBreaks } from './print-pages.js';

export const SUMMARY_SHEET = 'Tổng hợp';
// Narrow enough to print portrait at 80 % or more, so that its 10 pt notes stay at 8 pt (report-style.ts, printScale).
const WIDTHS = [5, 28, 10, 10, 10, 9, 10, 8];
const LAST = WIDTHS.length;
const SPACER_POINTS = 9;

export function addSummarySheet(workbook: SheetBook, report: ConsolidatedReport, notice?: string): Sheet {
  const fit = { widths: WIDTHS, smallestPt: 10 };
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, sheetOptions('portrait', undefined, fit));
  setColumnWidths(sheet, WIDTHS);
  let row = writeAdministrativeHeading(sheet, report, LAST, notice);
  writeMergedLine(
    sheet,
    row++,
    LAST,
    `Tổng hợp từ báo cáo của các cơ quan, đơn vị nhận được đến ngày ${viDate(report.asOf)} (hạn gửi: ${viDeadline(report)}).`,
    ITALIC_FONT,
    'left',
  );
  // Section headings and table headers stay with the rows under them; the signature block stays whole.
  const keep = new Set<number>();
  const headed = (first: number, next: number): number => {
    for (let r = first; r <= first + 2; r += 1) keep.add(r);
    return next;
  };
  row = headed(row + 1, writeCompleteness(sheet, report, row + 1));
  row = headed(row + 1, writeIndicators(sheet, report, row + 1));
  row = headed(row + 1, writeTaskStatuses(sheet, report, row + 1));
  // One blank line before the signature (two pushed the last line of the demo's summary onto a page of its own).
  const signature = row + 1;
  const end = writeSignatureBlock(sheet, signature, LAST);
  for (let r = row; r < end - 1; r += 1) keep.add(r);
  // Blank lines between parts at 9 pt rather than Excel's 15: the page that is signed fits on one A4 page.
  for (let r = 1; r < end; r += 1) {
    const line = sheet.getRow(r);
    let blank = true;
    line.eachCell(() => (blank = false));
    if (blank && !line.height) line.height = SPACER_POINTS;
  }
  setPageBreaks(sheet, { orientation: 'portrait', scale: printScale('portrait', fit), lastRow: end - 1, keepWithNext: keep });
  return sheet;
}

function section(sheet: Sheet, row: number, text: string): number {
  writeMergedLine(sheet, row, LAST, text, BOLD_FONT, 'left');
  return row + 1;
}

/** One header row of `labels`, the last label spanning to the sheet's last column. */
function header(sheet: Sheet, row: number, labels: readonly string[]): number {
  labels.forEach((label, i) => {
    const cell = sheet.getCell(row, i + 1);
    putText(cell, label);
    styleHeaderCell(cell);
  });
  fitRowHeight(sheet, sheet.getRow(row));
  return row + 1;
}

function writeCompleteness(sheet: Sheet, report: ConsolidatedReport, first: number): number {
  const c = report.completeness;
  const row = section(sheet, first, 'I. TÌNH HÌNH GỬI BÁO CÁO');
  return writeCountTable(sheet, row, 'Số cơ quan', [
    { label: 'Cơ quan, đơn vị phải báo cáo', count: c.expected, rate: null },
    { label: 'Đã gửi báo cáo (tỷ lệ đầy đủ)', count: c.received, rate: c.completenessRate },
    { label: `Gửi đúng hạn, đến hết ngày ${viDate(report.deadlineEnd)} (tỷ lệ đúng hạn)`, count: c.onTime, rate: c.timelinessRate },
    { label: 'Gửi sau thời hạn', count: c.late, rate: null },
    { label: c.notYetDue > 0 ? `Chưa gửi báo cáo (trong đó ${c.notYetDue} chưa đến hạn)` : 'Chưa gửi báo cáo', count: c.missing, rate: null },
    { label: 'Cơ quan không phải báo cáo nhưng đã gửi (không tính vào tỷ lệ)', count: c.unexpected, rate: null },
  ]);
}

interface CountLine {
  readonly label: string;
  readonly count: number;
  readonly rate: number | null;
  readonly fill?: import('exceljs').Fill;
}

/** STT | label across B..F | count | rate: a small table as wide as the page. */
function writeCountTable(sheet: Sheet, first: number, countHeader: string, lines: readonly CountLine[]): number {
  const row = header(sheet, first, ['STT', 'Nội dung', '', '', '', '', countHeader, 'Tỷ lệ']);
  sheet.mergeCells(first, 2, first, 6);
  lines.forEach((line, i) => {
    const r = sheet.getRow(row + i);
    putNumber(r.getCell(1), i + 1);
    putText(r.getCell(2), line.label);
    putNumber(r.getCell(7), line.count);
    putNumber(r.getCell(8), line.rate, RATE_FORMAT);
    for (let col = 1; col <= LAST; col += 1) styleTableCell(r.getCell(col), col === 1 ? 'center' : col >= 7 ? 'right' : 'left');
    if (line.fill) r.getCell(2).fill = line.fill;
    sheet.mergeCells(row + i, 2, row + i, 6);
    r.height = 17;
  });
  return row + lines.length;
}

function writeIndicators(sheet: Sheet, report: ConsolidatedReport, first: number): number {
  const { year } = report;
  let row = section(sheet, first, 'II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU');
  // Across a merger the Y-1 column is the base the change compares with: Y-1 on Y's territory (territory-base.ts).
  const composed = report.indicators.find((i) => i.previousTerritories.length > 1);
  const names = new Map(report.territories.map((t) => [t.id, t.name]));
  const previousHeader = composed ? `Năm ${year - 1} (cùng địa bàn)` : `Năm ${year - 1}`;
  row = header(sheet, row, ['STT', 'Chỉ tiêu', 'Đơn vị tính', previousHeader, `Năm ${year}`, 'Thay đổi', 'Mục tiêu', 'Đánh giá']);
  const notes: string[] = composed
    ? [`Năm ${year - 1} được tính trên cùng địa bàn năm ${year}: tổng số liệu của ${territoriesLabel(composed.previousTerritories, names)}.`]
    : [];
  report.indicators.forEach((indicator, i) => {
    const r = sheet.getRow(row + i);
    const format = valueFormat(indicator);
    putNumber(r.getCell(1), i + 1);
    putText(r.getCell(2), indicator.name);
    putText(r.getCell(3), indicator.unit);
    putNumber(r.getCell(4), indicator.previousValue, format);
    putNumber(r.getCell(5), indicator.values[String(year)], format);
    putNumber(r.getCell(6), indicator.changePercent, yearlyChangeFormat(indicator));
    putText(r.getCell(7), targetLabel(indicator.target));
    putText(r.getCell(8), verdictLabel(indicator.met), BOLD_FONT);
    for (let col = 1; col <= LAST; col += 1) styleTableCell(r.getCell(col), col === 2 || col === 7 ? 'left' : col >= 3 && col <= 6 && col !== 3 ? 'right' : 'center');
    r.getCell(8).fill = verdictFill(indicator.met);
    fitRowHeight(sheet, r);
    for (const flag of indicator.flags) {
      notes.push(`Chỉ tiêu ${i + 1}: ${flag === 'TERRITORY_PARTIAL_BASE' ? baseGapLabel(indicator, names) : flagText(indicator, flag, year)}`);
    }
  });
  row += report.indicators.length;
  if (notes.length > 0) {
    writeMergedLine(sheet, row++, LAST, `Ghi chú: ${notes.join(' ')}`, { ...ITALIC_FONT, size: 10 }, 'left');
  }
  return row;
}

function writeTaskStatuses(sheet: Sheet, report: ConsolidatedReport, first: number): number {
  const counts = report.taskStatusCounts;
  const total = CELL_STATUS_ORDER.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  const shares = largestRemainderShares(CELL_STATUS_ORDER.map((s) => counts[s] ?? 0), 1);
  let row = section(sheet, first, 'III. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ');
  writeMergedLine(
    sheet,
    row++,
    LAST,
    `${report.tasks.length} nhiệm vụ của Kế hoạch, ${total} lượt giao cho các cơ quan, đơn vị (mỗi cơ quan × mỗi nhiệm vụ được giao); chi tiết tại các trang "Ma trận nhiệm vụ" và "Chi tiết nhiệm vụ".`,
    { ...ITALIC_FONT, italic: false },
    'left',
  );
  return writeCountTable(
    sheet,
    row,
    'Số lượt',
    // Shares of one whole: rounded so that the printed column sums to 100,0 % (largest remainder).
    CELL_STATUS_ORDER.map((status, i) => ({
      label: CELL_STATUS_LABELS[status],
      count: counts[status] ?? 0,
      rate: shares[i] ?? null,
      fill: CELL_STATUS_FILLS[status],
    })),
  );
}

/** A rate (numerator over denominator) has decimals; a count has none. */
export function valueFormat(indicator: IndicatorRow): string {
  return indicator.partInfo.some((p) => p.role === 'denominator') ? DECIMAL2_FORMAT : INTEGER_FORMAT;
}
