/**
 * "Chỉ tiêu": the three targets year by year (values, yearly change against
 * target, cumulative change since the base year against the compounded
 * target, flags in words), then below, the parts each value is computed from,
 * with the year's source (submissions or the history file) and agencies.
 */
import { actualPoints, pathOnMergedBase, targetPoints, type ChartPoint } from '../../render/indicator-chart-svg.js';
import { indicatorDecimals } from '../../render/report-document/vi-words.js';
import type { Sheet, SheetBook, SheetCell } from '../xlsx-write/sheet-api.js';
import type { ConsolidatedReport, IndicatorRow, PartInfo } from '../../core/consolidation/consolidated-report.js';
import { PART_ROLE_LABELS, baseGapLabel, flagText, targetLabel, territoriesLabel, verdictFill, verdictLabel } from './report-labels.js';
import { decimalsBesideVerdict } from '../../core/consolidation/printed-figures.js';
import {
  BOLD_FONT,
  CHANGE_FORMAT,
  changeFormat,
  columnsPixels,
  FILLS,
  INTEGER_FORMAT,
  printableHeightPoints,
  printableWidthPixels,
  printScale,
  SMALL_FONT,
  putNumber,
  putText,
  sheetOptions,
  styleHeaderCell,
  styleTableCell,
} from './report-style.js';
import { layoutCharts } from './chart-layout.js';
import { fitRowHeight, writeMergedLine, headerRowAfter, writeSheetTitle, writeTable, type Column } from './report-table.js';
import { valueFormat } from './summary-sheet.js';
import type { BasePartValue } from '../../core/consolidation/territory-base.js';

export const INDICATORS_SHEET = 'Chỉ tiêu';

export function reportYears(report: ConsolidatedReport): string[] {
  return [...new Set(report.indicators.flatMap((i) => Object.keys(i.values)))].sort();
}

/** True when Y-1 is compared on a territory made of several (a merger): the sheet then shows that base in a column of its own. */
export function hasComposedBase(report: ConsolidatedReport): boolean {
  return report.indicators.some((i) => i.previousTerritories.length > 1);
}

function indicatorColumns(report: ConsolidatedReport, years: readonly string[]): Column<IndicatorRow>[] {
  const { year } = report;
  const names = new Map(report.territories.map((t) => [t.id, t.name]));
  const base: Column<IndicatorRow>[] = hasComposedBase(report)
    ? [{ header: `Năm ${year - 1} cùng địa bàn năm ${year}`, width: 12, put: (c, r) => putNumber(c, r.previousValue, valueFormat(r)) }]
    : [];
  const note = (r: IndicatorRow): string => r.flags.map((f) => (f === 'TERRITORY_PARTIAL_BASE' ? baseGapLabel(r, names) : flagText(r, f, year))).join('\n');
  return [
    { header: 'Mã', width: 23, put: (c, r) => putText(c, r.id, SMALL_FONT) },
    { header: 'Chỉ tiêu', width: 36, put: (c, r) => putText(c, r.name) },
    { header: 'Đơn vị tính', width: 13, put: (c, r) => putText(c, r.unit) },
    ...years.map((y): Column<IndicatorRow> => ({ header: `Năm ${y}`, width: 11, put: (c, r) => putNumber(c, r.values[y], valueFormat(r)) })),
    ...base,
    { header: `Thay đổi ${year} so với ${year - 1}`, width: 11, put: (c, r) => putNumber(c, r.changePercent, yearlyChangeFormat(r)) },
    { header: 'Mục tiêu', width: 14, put: (c, r) => putText(c, targetLabel(r.target)) },
    { header: 'Đánh giá năm', width: 12, align: 'center', put: (c, r) => verdict(c, r.met) },
    { header: 'Năm gốc', width: 8, align: 'center', put: (c, r) => putNumber(c, r.cumulative?.fromYear ?? r.target.baseYear, '0') },
    { header: 'Thay đổi lũy kế từ năm gốc', width: 11, put: (c, r) => putNumber(c, r.cumulative?.changePercent, cumulativeChangeFormat(r)) },
    // Two decimals, as docs/indicators.md (rule 7) and the written report print it: −7,84 %, not −7,8 %.
    { header: 'Mục tiêu lũy kế', width: 11, put: (c, r) => putNumber(c, r.cumulative?.targetPercent, changeFormat(2)) },
    { header: 'Đánh giá lũy kế', width: 12, align: 'center', put: (c, r) => (r.cumulative ? verdict(c, r.cumulative.met) : undefined) },
    { header: 'Lưu ý', width: 40, put: (c, r) => putText(c, note(r)) },
  ];
}

/** Which territories the Y-1 base sums, when it is not Y's territory alone. */
function baseSentence(report: ConsolidatedReport): string {
  const row = report.indicators.find((i) => i.previousTerritories.length > 1);
  if (!row) return '';
  const names = new Map(report.territories.map((t) => [t.id, t.name]));
  const here = report.territories[0]?.name ?? report.header.jurisdictionName;
  return ` Năm ${report.year - 1} được so sánh trên cùng địa bàn ${here}: tổng số liệu của ${territoriesLabel(row.previousTerritories, names)}.`;
}

function verdict(cell: SheetCell, met: boolean | null): void {
  putText(cell, verdictLabel(met), BOLD_FONT);
  cell.fill = verdictFill(met);
}

export function addIndicatorsSheet(workbook: SheetBook, report: ConsolidatedReport, shortNames: ReadonlyMap<string, string>): Sheet {
  const years = reportYears(report);
  const columns = indicatorColumns(report, years);
  const subtitles = [
    'Giá trị của tỉnh theo năm; mức thay đổi so với năm trước và lũy kế từ năm gốc, đối chiếu với mục tiêu của Kế hoạch.' +
      baseSentence(report),
  ];
  const headerRow = headerRowAfter(subtitles);
  const fit = { widths: columns.map((c) => c.width), smallestPt: SMALL_FONT.size ?? 9 };
  const sheet = workbook.addWorksheet(INDICATORS_SHEET, sheetOptions('landscape', { headerRow, frozenColumns: 2 }, fit));
  writeSheetTitle(sheet, columns, `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM ${report.year}`, subtitles);
  let repeatedPt = DEFAULT_ROW_PT;
  const last = writeTable(sheet, headerRow, columns, report.indicators, { headerHeight: (points) => (repeatedPt = points) });
  const partsEnd = writePartsTable(sheet, report, years, last + 2, columns.length, shortNames);
  addIndicatorCharts(sheet, report, partsEnd + 2, { scale: printScale('landscape', fit), widths: fit.widths, repeatedPt });
  return sheet;
}

/** Parts: one row per indicator part, years in the same columns as the table above. */
function writePartsTable(
  sheet: Sheet,
  report: ConsolidatedReport,
  years: readonly string[],
  first: number,
  lastColumn: number,
  shortNames: ReadonlyMap<string, string>,
): number {
  writeMergedLine(sheet, first, lastColumn, 'SỐ LIỆU THÀNH PHẦN VÀ NGUỒN SỐ LIỆU', BOLD_FONT, 'left');
  const yearCol = 4;
  const composed = hasComposedBase(report);
  const roleCol = yearCol + years.length + (composed ? 1 : 0);
  const sourceCol = roleCol + 1;
  const noteCol = lastColumn;
  const headerRow = first + 1;
  const labels: [number, string][] = [
    [1, 'Mã số liệu'],
    [2, 'Số liệu'],
    [3, 'Đơn vị tính'],
    ...years.map((y, i): [number, string] => [yearCol + i, `Năm ${y}`]),
    ...(composed ? [[yearCol + years.length, `Năm ${report.year - 1} cùng địa bàn năm ${report.year}`] as [number, string]] : []),
    [roleCol, 'Vai trò'],
    [sourceCol, 'Nguồn số liệu theo năm'],
    [noteCol, 'Định nghĩa, ghi chú'],
  ];
  for (const [col, label] of labels) {
    putText(sheet.getCell(headerRow, col), label);
    styleHeaderCell(sheet.getCell(headerRow, col));
  }
  sheet.mergeCells(headerRow, sourceCol, headerRow, noteCol - 1);
  fitRowHeight(sheet, sheet.getRow(headerRow));
  let row = headerRow + 1;
  const baseNames = new Map(report.territories.map((t) => [t.id, t.name]));
  for (const indicator of report.indicators) {
    writeMergedLine(sheet, row, lastColumn, indicator.name, { ...BOLD_FONT, italic: true }, 'left');
    sheet.getCell(row, 1).fill = FILLS.grey;
    row += 1;
    for (const part of indicator.partInfo) {
      writePartRow(sheet, row, indicator, part, years, { yearCol, roleCol, sourceCol, noteCol }, shortNames, composed ? baseNames : undefined);
      row += 1;
    }
  }
  return row - 1;
}

/** How many leading columns of `widths` (characters) fit in `pixels` across, as printScale measures them. */
function columnsAcross(widths: readonly number[], pixels: number): number {
  let count = 0;
  while (count < widths.length && columnsPixels(widths.slice(0, count + 1)) <= pixels) count += 1;
  return count;
}

/** The height of the rows under the charts (Excel's default), given explicitly so that every program prints the same. */
const DEFAULT_ROW_PT = 15;
/** A chart's height in rows: 18 is about 7.5 cm on paper at full scale. */
const CHART_MAX_ROWS = 18;
const CHART_MIN_ROWS = 12;

/** What the printed page of the sheet is: its scale, its column widths, and the header row repeated on every page. */
interface PrintedSheet {
  readonly scale: number;
  readonly widths: readonly number[];
  readonly repeatedPt: number;
}

/**
 * Under the tables, one native chart per indicator: its values over the years
 * held from 2022 and the target path from the base year — the same points as
 * the written report's pictures (render/indicator-chart-svg.ts). The charts
 * start a printed page and none straddles two (chart-layout.ts): down, by
 * manual page breaks; across, by spanning only the columns the page holds.
 */
function addIndicatorCharts(sheet: Sheet, report: ConsolidatedReport, firstRow: number, printed: PrintedSheet): void {
  if (!sheet.addLineChart) return;
  const layout = layoutCharts({
    firstRow,
    count: report.indicators.length,
    pageHeightPt: (printableHeightPoints('landscape') * 100) / printed.scale,
    repeatedPt: printed.repeatedPt,
    rowPt: DEFAULT_ROW_PT,
    maxRows: CHART_MAX_ROWS,
    minRows: CHART_MIN_ROWS,
  });
  const across = Math.max(1, Math.min(8, columnsAcross(printed.widths, (printableWidthPixels('landscape') * 100) / printed.scale)));
  writeMergedLine(sheet, firstRow, across, 'BIỂU ĐỒ CÁC CHỈ TIÊU QUA CÁC NĂM VÀ LỘ TRÌNH MỤC TIÊU', BOLD_FONT, 'left');
  for (let r = firstRow; r <= layout.lastRow; r++) sheet.getRow(r).height = DEFAULT_ROW_PT;
  // setRowBreaks takes the row each break comes after.
  sheet.setRowBreaks?.(layout.pageStarts.map((start) => start - 1));
  report.indicators.forEach((row, i) => {
    const place = layout.charts[i]!;
    const actual = actualPoints(row, report.year);
    const target = targetPoints(row, report.year);
    const years: number[] = [];
    for (const p of [...actual, ...target]) if (!years.includes(p.year)) years.push(p.year);
    years.sort((a, b) => a - b);
    const valueAt = (points: readonly ChartPoint[], y: number): number | null => points.find((p) => p.year === y)?.value ?? null;
    const sign = row.target.direction === 'decrease' ? 'giảm' : 'tăng';
    sheet.addLineChart!({
      title: `${row.name} (${row.unit})`,
      categories: years.map(String),
      series: [
        { name: 'Thực hiện', values: years.map((y) => valueAt(actual, y)), color: '1F4E79' },
        ...(target.length > 1
          ? [{ name: `Lộ trình mục tiêu (${sign} ${row.target.percentPerYear}%/năm từ ${row.target.baseYear}${pathOnMergedBase(row) ? `, trên địa bàn năm ${report.year}` : ''})`, values: years.map((y) => valueAt(target, y)), color: 'C00000', dashed: true }]
          : []),
      ],
      numberFormat: indicatorDecimals(row) > 0 ? '#,##0.00' : '#,##0',
      // Zero-based anchors: the chart covers rows firstRow..lastRow and the first `across` columns.
      from: { col: 0, row: place.firstRow - 1 },
      to: { col: across, row: place.lastRow },
    });
  });
}

function writePartRow(
  sheet: Sheet,
  rowNumber: number,
  indicator: IndicatorRow,
  part: PartInfo,
  years: readonly string[],
  at: { yearCol: number; roleCol: number; sourceCol: number; noteCol: number },
  shortNames: ReadonlyMap<string, string>,
  territoryNames?: ReadonlyMap<string, string>,
): void {
  const row = sheet.getRow(rowNumber);
  const byYear = indicator.parts[part.id] ?? {};
  putText(row.getCell(1), part.id, SMALL_FONT);
  putText(row.getCell(2), part.name);
  putText(row.getCell(3), part.unit);
  years.forEach((y, i) => putNumber(row.getCell(at.yearCol + i), byYear[y]?.value, INTEGER_FORMAT));
  const base = indicator.previousParts[part.id];
  if (territoryNames) putNumber(row.getCell(at.yearCol + years.length), base?.value ?? null, INTEGER_FORMAT);
  putText(row.getCell(at.roleCol), PART_ROLE_LABELS[part.role]);
  const sources = years
    .filter((y) => byYear[y] && byYear[y].value !== null)
    .map((y) => {
      const v = byYear[y]!;
      if (v.source === 'history') return `${y}: số liệu các năm trước`;
      return `${y}: ${v.agencies.map((a) => shortNames.get(a) ?? a).join(', ') || 'báo cáo'}`;
    });
  if (territoryNames && base) sources.push(baseSource(base, territoryNames, shortNames));
  putText(row.getCell(at.sourceCol), sources.join('; '));
  const notes = [...new Set(years.flatMap((y) => [byYear[y]?.note, byYear[y]?.definition]).filter((t): t is string => !!t))];
  putText(row.getCell(at.noteCol), notes.join('\n'), SMALL_FONT);
  for (let col = 1; col <= at.noteCol; col += 1) styleTableCell(row.getCell(col), col >= at.yearCol && col < at.roleCol ? 'right' : 'left');
  sheet.mergeCells(rowNumber, at.sourceCol, rowNumber, at.noteCol - 1);
  fitRowHeight(sheet, row);
  let mergedWidth = 0;
  for (let col = at.sourceCol; col < at.noteCol; col += 1) mergedWidth += sheet.getColumn(col).width ?? 10;
  const sourceLines = Math.ceil((sources.join('; ').length + 1) / Math.max(1, mergedWidth * 1.05));
  row.height = Math.max(row.height ?? 0, sourceLines * 11 * 1.3 + 4);
}

/** The yearly change's format: enough decimals to see the side of the target (printed-figures.ts). */
export function yearlyChangeFormat(r: IndicatorRow): string {
  if (r.changePercent === null) return CHANGE_FORMAT;
  const threshold = r.target.direction === 'decrease' ? -r.target.percentPerYear : r.target.percentPerYear;
  return changeFormat(decimalsBesideVerdict(r.changePercent, threshold, r.target.direction));
}

function cumulativeChangeFormat(r: IndicatorRow): string {
  const c = r.cumulative;
  if (!c || c.changePercent === null) return CHANGE_FORMAT;
  return changeFormat(decimalsBesideVerdict(c.changePercent, c.targetPercent, r.target.direction));
}

/** "cùng địa bàn: tỉnh Bắc Giang 18 (Sở LĐTBXH) + tỉnh Bắc Ninh (cũ) 14 (số liệu các năm trước: …)". */
function baseSource(base: BasePartValue, names: ReadonlyMap<string, string>, shortNames: ReadonlyMap<string, string>): string {
  const pieces = base.components.map((c) => {
    const name = names.get(c.territory) ?? c.territory;
    if (c.value === null) return `${name}: chưa có số liệu`;
    const from = c.source === 'history' ? `số liệu các năm trước${c.note ? `: ${c.note}` : ''}` : c.agencies.map((a) => shortNames.get(a) ?? a).join(', ');
    return `${name} ${grouped(c.value)} (${from})`;
  });
  return `cùng địa bàn: ${pieces.join(' + ')}`;
}

/** 468600 → "468.600", as the part figures are counts. */
function grouped(value: number): string {
  return Number.isInteger(value) ? String(value).replace(/\B(?=(\d{3})+$)/g, '.') : String(value).replace('.', ',');
}
