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
  BODY_FONT,
  BODY_SIZE,
  BOLD_FONT,
  ITALIC_FONT,
  MIN_PRINTED_PT,
  setColumnWidths,
  THIN_BORDER,
  TITLE_FONT,
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
import { choosePageBreaks, DEFAULT_ROW_POINTS, pagePoints, rowHeightOf } from './print-pages.js';
import { fitRowHeight, writeMergedLine, headerRowAfter, type Column } from './report-table.js';
import { wrappedLines } from '../template/row-height.js';
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

/**
 * One column of a table on the sheet's grid: `width` is what the column needs
 * (characters); the last column of a table spans every grid column left.
 */
type GridColumn<T> = Column<T>;

/**
 * The sheet prints one page wide (A4 landscape): its tables are stacked, not
 * put side by side, on one grid of columns whose widths are the widest each
 * table needs at that place, the last column taking what is left of the
 * printed width at the scale that keeps the smallest text at 8 pt. First the
 * values by year, then the verdicts, then the parts and their sources.
 */
export interface IndicatorGrid {
  readonly widths: readonly number[];
  readonly values: readonly GridColumn<IndicatorRow>[];
  readonly verdicts: readonly GridColumn<IndicatorRow>[];
}

/** The least width of a table's last column (the notes, the ids). */
const LAST_MIN_WIDTH = 16;

function valueColumns(report: ConsolidatedReport, years: readonly string[]): GridColumn<IndicatorRow>[] {
  const { year } = report;
  const base: GridColumn<IndicatorRow>[] = hasComposedBase(report)
    ? [{ header: `Năm ${year - 1} cùng địa bàn năm ${year}`, width: 12, put: (c, r) => putNumber(c, r.previousValue, valueFormat(r)) }]
    : [];
  return [
    { header: 'Chỉ tiêu', width: 22, put: (c, r) => putText(c, r.name) },
    { header: 'Đơn vị tính', width: 11, put: (c, r) => putText(c, r.unit) },
    ...years.map((y): GridColumn<IndicatorRow> => ({ header: `Năm ${y}`, width: 11, put: (c, r) => putNumber(c, r.values[y], valueFormat(r)) })),
    ...base,
    // The technical id last, where the wide notes column of the verdicts leaves room: it never widens the page.
    { header: 'Mã', width: LAST_MIN_WIDTH, put: (c, r) => putText(c, r.id, SMALL_FONT) },
  ];
}

function verdictColumns(report: ConsolidatedReport): GridColumn<IndicatorRow>[] {
  const { year } = report;
  const names = new Map(report.territories.map((t) => [t.id, t.name]));
  const note = (r: IndicatorRow): string => r.flags.map((f) => (f === 'TERRITORY_PARTIAL_BASE' ? baseGapLabel(r, names) : flagText(r, f, year))).join('\n');
  return [
    { header: 'Chỉ tiêu', width: 22, put: (c, r) => putText(c, r.name) },
    { header: `Thay đổi ${year} so với ${year - 1}`, width: 9, put: (c, r) => putNumber(c, r.changePercent, yearlyChangeFormat(r)) },
    { header: 'Mục tiêu', width: 12, put: (c, r) => putText(c, targetLabel(r.target)) },
    { header: 'Đánh giá năm', width: 12, align: 'center', put: (c, r) => verdict(c, r.met) },
    { header: 'Năm gốc', width: 9, align: 'center', put: (c, r) => putNumber(c, r.cumulative?.fromYear ?? r.target.baseYear, '0') },
    { header: 'Thay đổi lũy kế từ năm gốc', width: 10, put: (c, r) => putNumber(c, r.cumulative?.changePercent, cumulativeChangeFormat(r)) },
    // Two decimals, as docs/indicators.md (rule 7) and the written report print it: −7,84 %, not −7,8 %.
    { header: 'Mục tiêu lũy kế', width: 10, put: (c, r) => putNumber(c, r.cumulative?.targetPercent, changeFormat(2)) },
    { header: 'Đánh giá lũy kế', width: 12, align: 'center', put: (c, r) => (r.cumulative ? verdict(c, r.cumulative.met) : undefined) },
    { header: 'Lưu ý', width: LAST_MIN_WIDTH, put: (c, r) => putText(c, note(r)) },
  ];
}

/** Columns the parts table needs before its last one (the id): name, unit, years, the composed base, the role. */
function partWidths(report: ConsolidatedReport, years: readonly string[]): number[] {
  return [22, 11, ...years.map(() => 11), ...(hasComposedBase(report) ? [12] : []), 10];
}

/** The grid: at each place the widest need of the three tables, the last column as wide as the printed page allows. */
export function indicatorGrid(report: ConsolidatedReport, years: readonly string[]): IndicatorGrid {
  const values = valueColumns(report, years);
  const verdicts = verdictColumns(report);
  const parts = partWidths(report, years);
  const count = Math.max(values.length, verdicts.length, parts.length + 1);
  const widths: number[] = [];
  for (let i = 0; i < count - 1; i += 1) {
    let w = 0;
    for (const needs of [values.slice(0, -1).map((c) => c.width), verdicts.slice(0, -1).map((c) => c.width), parts]) w = Math.max(w, needs[i] ?? 0);
    widths.push(w);
  }
  // The last column: as wide as keeps the whole grid on the page at the scale the smallest text allows.
  const least = Math.ceil((MIN_PRINTED_PT / SMALLEST_PT) * 100);
  const fits = (last: number): boolean => columnsPixels([...widths, last]) <= (printableWidthPixels('landscape') * 100) / least;
  let last = 80;
  while (last > LAST_MIN_WIDTH && !fits(last)) last -= 1;
  widths.push(Math.max(LAST_MIN_WIDTH, last));
  return { widths, values, verdicts };
}

const SMALLEST_PT = SMALL_FONT.size ?? 9;

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
  const grid = indicatorGrid(report, years);
  const subtitles = [
    'Giá trị của tỉnh theo năm; mức thay đổi so với năm trước và lũy kế từ năm gốc, đối chiếu với mục tiêu của Kế hoạch.' +
      baseSentence(report),
  ];
  const fit = { widths: grid.widths, smallestPt: SMALLEST_PT };
  // No header row is repeated on the printed pages: the sheet holds stacked tables, each with its own header.
  const sheet = workbook.addWorksheet(INDICATORS_SHEET, sheetOptions('landscape', undefined, fit));
  const lastColumn = grid.widths.length;
  setColumnWidths(sheet, grid.widths);
  writeMergedLine(sheet, 1, lastColumn, `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM ${report.year}`, TITLE_FONT);
  subtitles.forEach((line, index) => writeMergedLine(sheet, 2 + index, lastColumn, line, ITALIC_FONT));
  // Rows that must not end a printed page: headings, the first table's and the second's rows but their last (each table
  // prints whole when it fits a page), a part's figures (its sources are on the row under it).
  const keep = new Set<number>();
  const keepRange = (from: number, to: number): void => {
    for (let r = from; r < to; r += 1) keep.add(r);
  };
  let row = headerRowAfter(subtitles);
  writeMergedLine(sheet, row, lastColumn, 'I. GIÁ TRỊ CÁC CHỈ TIÊU THEO NĂM', BOLD_FONT, 'left');
  const valuesFrom = row;
  row = writeGridTable(sheet, row + 1, lastColumn, grid.values, report.indicators);
  keepRange(valuesFrom, row);
  writeMergedLine(sheet, row + 2, lastColumn, 'II. ĐÁNH GIÁ SO VỚI MỤC TIÊU CỦA KẾ HOẠCH', BOLD_FONT, 'left');
  const verdictsFrom = row + 2;
  row = writeGridTable(sheet, row + 3, lastColumn, grid.verdicts, report.indicators);
  keepRange(verdictsFrom, row);
  const partsEnd = writePartsTable(sheet, report, years, row + 2, lastColumn, shortNames, keep);
  const scale = printScale('landscape', fit);
  const tableBreaks = choosePageBreaks({ height: rowHeightOf(sheet), lastRow: partsEnd, pagePoints: pagePoints('landscape', scale), keepWithNext: keep, minLastRows: 1 });
  addIndicatorCharts(sheet, report, partsEnd + 2, { scale, widths: fit.widths }, tableBreaks);
  return sheet;
}

/**
 * A table on the grid: its header row, then one row per item; the last
 * column spans the grid's columns left. Rows are fitted to their wrapped
 * text (the spanned cell on the width it spans) and committed as written.
 * Returns the last row written.
 */
function writeGridTable<T>(sheet: Sheet, headerRow: number, lastColumn: number, columns: readonly GridColumn<T>[], items: readonly T[]): number {
  const spanned = (row: number): void => {
    if (columns.length < lastColumn) sheet.mergeCells(row, columns.length, row, lastColumn);
  };
  const header = sheet.getRow(headerRow);
  columns.forEach((column, index) => {
    putText(header.getCell(index + 1), column.header);
    styleHeaderCell(header.getCell(index + 1));
  });
  for (let col = columns.length + 1; col <= lastColumn; col += 1) styleHeaderCell(header.getCell(col));
  fitRowHeight(sheet, header);
  spanned(headerRow);
  header.commit();
  items.forEach((item, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    columns.forEach((column, columnIndex) => {
      const cell = row.getCell(columnIndex + 1);
      column.put(cell, item, index);
      styleTableCell(cell, column.align ?? (typeof cell.value === 'number' ? 'right' : 'left'));
    });
    for (let col = columns.length + 1; col <= lastColumn; col += 1) styleTableCell(row.getCell(col));
    fitRowHeight(sheet, row);
    const last = row.getCell(columns.length);
    if (typeof last.value === 'string' && columns.length < lastColumn) {
      let width = 0;
      for (let col = columns.length; col <= lastColumn; col += 1) width += sheet.getColumn(col).width ?? 10;
      const size = last.font?.size ?? BODY_SIZE;
      row.height = Math.max(row.height ?? 0, wrappedLines(last.value, width * (12 / size)) * size * 1.3 + 4);
    }
    spanned(headerRow + 1 + index);
    row.commit();
  });
  return headerRow + items.length;
}

/**
 * Parts: one row per indicator part (name, unit, the years in the same
 * columns as the values above, its role, its id), and under it, across the
 * page, the year's sources and the part's definitions and notes.
 */
function writePartsTable(
  sheet: Sheet,
  report: ConsolidatedReport,
  years: readonly string[],
  first: number,
  lastColumn: number,
  shortNames: ReadonlyMap<string, string>,
  keep: Set<number>,
): number {
  keep.add(first);
  keep.add(first + 1);
  writeMergedLine(sheet, first, lastColumn, 'III. SỐ LIỆU THÀNH PHẦN VÀ NGUỒN SỐ LIỆU', BOLD_FONT, 'left');
  const yearCol = 3;
  const composed = hasComposedBase(report);
  const roleCol = yearCol + years.length + (composed ? 1 : 0);
  const idCol = roleCol + 1;
  const headerRow = first + 1;
  const labels: [number, string][] = [
    [1, 'Số liệu'],
    [2, 'Đơn vị tính'],
    ...years.map((y, i): [number, string] => [yearCol + i, `Năm ${y}`]),
    ...(composed ? [[yearCol + years.length, `Năm ${report.year - 1} cùng địa bàn năm ${report.year}`] as [number, string]] : []),
    [roleCol, 'Vai trò'],
    [idCol, 'Mã số liệu'],
  ];
  for (const [col, label] of labels) putText(sheet.getCell(headerRow, col), label);
  for (let col = 1; col <= lastColumn; col += 1) styleHeaderCell(sheet.getCell(headerRow, col));
  fitRowHeight(sheet, sheet.getRow(headerRow));
  if (idCol < lastColumn) sheet.mergeCells(headerRow, idCol, headerRow, lastColumn);
  let row = headerRow + 1;
  const baseNames = new Map(report.territories.map((t) => [t.id, t.name]));
  for (const indicator of report.indicators) {
    writeMergedLine(sheet, row, lastColumn, indicator.name, { ...BOLD_FONT, italic: true }, 'left');
    sheet.getCell(row, 1).fill = FILLS.grey;
    keep.add(row);
    row += 1;
    for (const part of indicator.partInfo) {
      writePartRows(sheet, row, indicator, part, years, { yearCol, roleCol, idCol, lastColumn }, shortNames, composed ? baseNames : undefined);
      keep.add(row);
      row += 2;
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

/** A chart's height in rows: 18 is about 7.5 cm on paper at full scale. */
const CHART_MAX_ROWS = 18;
const CHART_MIN_ROWS = 12;

/** What the printed page of the sheet is: its scale and its column widths (no header row is repeated: the tables are stacked). */
interface PrintedSheet {
  readonly scale: number;
  readonly widths: readonly number[];
}

/**
 * Under the tables, one native chart per indicator: its values over the years
 * held from 2022 and the target path from the base year — the same points as
 * the written report's pictures (render/indicator-chart-svg.ts). The charts
 * start a printed page and none straddles two (chart-layout.ts): down, by
 * manual page breaks; across, by spanning only the columns the page holds.
 */
function addIndicatorCharts(sheet: Sheet, report: ConsolidatedReport, firstRow: number, printed: PrintedSheet, tableBreaks: readonly number[]): void {
  if (!sheet.addLineChart) {
    sheet.setRowBreaks?.(tableBreaks);
    return;
  }
  const layout = layoutCharts({
    firstRow,
    count: report.indicators.length,
    pageHeightPt: (printableHeightPoints('landscape') * 100) / printed.scale,
    repeatedPt: 0,
    // The rows under the charts get Excel's default height explicitly, so that every program prints the same.
    rowPt: DEFAULT_ROW_POINTS,
    maxRows: CHART_MAX_ROWS,
    minRows: CHART_MIN_ROWS,
  });
  const across = Math.max(1, columnsAcross(printed.widths, (printableWidthPixels('landscape') * 100) / printed.scale));
  writeMergedLine(sheet, firstRow, across, 'BIỂU ĐỒ CÁC CHỈ TIÊU QUA CÁC NĂM VÀ LỘ TRÌNH MỤC TIÊU', BOLD_FONT, 'left');
  for (let r = firstRow; r <= layout.lastRow; r++) sheet.getRow(r).height = DEFAULT_ROW_POINTS;
  // setRowBreaks takes the row each break comes after.
  sheet.setRowBreaks?.([...tableBreaks, ...layout.pageStarts.map((start) => start - 1)]);
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

/** The part's figures on row `rowNumber`; its sources, definitions and notes across the page on the row under it. */
function writePartRows(
  sheet: Sheet,
  rowNumber: number,
  indicator: IndicatorRow,
  part: PartInfo,
  years: readonly string[],
  at: { yearCol: number; roleCol: number; idCol: number; lastColumn: number },
  shortNames: ReadonlyMap<string, string>,
  territoryNames?: ReadonlyMap<string, string>,
): void {
  const row = sheet.getRow(rowNumber);
  const byYear = indicator.parts[part.id] ?? {};
  putText(row.getCell(1), part.name);
  putText(row.getCell(2), part.unit);
  years.forEach((y, i) => putNumber(row.getCell(at.yearCol + i), byYear[y]?.value, INTEGER_FORMAT));
  const base = indicator.previousParts[part.id];
  if (territoryNames) putNumber(row.getCell(at.yearCol + years.length), base?.value ?? null, INTEGER_FORMAT);
  putText(row.getCell(at.roleCol), PART_ROLE_LABELS[part.role]);
  putText(row.getCell(at.idCol), part.id, SMALL_FONT);
  for (let col = 1; col <= at.lastColumn; col += 1) styleTableCell(row.getCell(col), col >= at.yearCol && col < at.roleCol ? 'right' : 'left');
  fitRowHeight(sheet, row);
  if (at.idCol < at.lastColumn) sheet.mergeCells(rowNumber, at.idCol, rowNumber, at.lastColumn);
  const sources = years
    .filter((y) => byYear[y] && byYear[y].value !== null)
    .map((y) => {
      const v = byYear[y]!;
      if (v.source === 'history') return `${y}: số liệu các năm trước`;
      return `${y}: ${v.agencies.map((a) => shortNames.get(a) ?? a).join(', ') || 'báo cáo'}`;
    });
  if (territoryNames && base) sources.push(baseSource(base, territoryNames, shortNames));
  const notes = [...new Set(years.flatMap((y) => [byYear[y]?.note, byYear[y]?.definition]).filter((t): t is string => !!t))];
  const under = rowNumber + 1;
  const text = `Nguồn số liệu theo năm: ${sources.join('; ')}` + (notes.length > 0 ? `\nĐịnh nghĩa, ghi chú: ${notes.join('\n')}` : '');
  writeMergedLine(sheet, under, at.lastColumn, text, BODY_FONT, 'left');
  for (let col = 1; col <= at.lastColumn; col += 1) sheet.getCell(under, col).border = THIN_BORDER;
  sheet.getCell(under, 1).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
  row.commit();
  sheet.getRow(under).commit();
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
