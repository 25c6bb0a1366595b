/**
 * Section III: the plan's indicators — a table (previous year, this year,
 * change, target, verdict, territory of the base), one sentence each with
 * its flags in words, and a chart of the years held with the target path.
 * The same table opens Phụ lục I.
 */
import type { IndicatorRow } from '../../core/consolidation/consolidated-report.js';
import { cell, para, type Block, type Table, type TableCell } from '../../core/report-document/report-document.js';
import { CHART_HEIGHT, CHART_WIDTH, renderIndicatorChartSvg } from '../indicator-chart-svg.js';
import {
  baseTerritoryText,
  changeText,
  cumulativeBaseText,
  cumulativeChangeText,
  cumulativeTargetText,
  cumulativeTerritoryText,
  indicatorSentence,
  previousText,
  separateCumulative,
  targetText,
  valueText,
  verdictText,
} from './indicator-words.js';
import type { ReportContext } from './report-context.js';
import { indicatorDecimals } from './vi-words.js';

export function buildIndicatorsSection(ctx: ReportContext): Block[] {
  const { report } = ctx;
  const blocks: Block[] = [para('heading1', 'III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU')];
  if (report.indicators.length === 0) return [...blocks, para('body', 'Kế hoạch không đặt chỉ tiêu định lượng.')];
  blocks.push(para('body', `Kết quả các chỉ tiêu của Kế hoạch năm ${report.year} so với năm ${report.year - 1} như sau (chi tiết số liệu tại Phụ lục I):`));
  blocks.push(indicatorTable(ctx));
  report.indicators.forEach((row, i) => blocks.push(para('body', `${i + 1}. ${indicatorSentence(report, row)}`)));
  blocks.push(para('body', `Diễn biến các chỉ tiêu qua các năm và lộ trình mục tiêu:`));
  report.indicators.forEach((row, i) => {
    blocks.push(indicatorChart(row, report.year));
    blocks.push(para('caption', `Biểu đồ ${i + 1}. ${row.name} (${row.unit}), các năm có số liệu và lộ trình mục tiêu`));
  });
  return blocks;
}

export function indicatorChart(row: IndicatorRow, year: number): Block {
  return {
    kind: 'chart',
    id: row.id,
    svg: renderIndicatorChartSvg(row, year, indicatorDecimals(row)),
    widthPx: CHART_WIDTH,
    heightPx: CHART_HEIGHT,
    widthMm: 150,
    altText: `${row.name}: giá trị các năm và lộ trình mục tiêu`,
  };
}

/**
 * One row per indicator: the yearly change against the yearly target and its
 * verdict. From the base year + 2 on, the cumulative change from the base year
 * has a verdict of its own, against the compounded target: it gets a row of
 * its own under the indicator, so that every verdict stands beside the
 * threshold that decided it.
 */
export function indicatorTable(ctx: ReportContext): Table {
  const y = ctx.report.year;
  const head = (t: string): TableCell => cell(t, { head: true, align: 'center', shade: 'head' });
  const shade = (met: boolean | null): 'met' | 'not-met' | 'unknown' => (met === true ? 'met' : met === false ? 'not-met' : 'unknown');
  const rows: TableCell[][] = [
    [head('Chỉ tiêu'), head(`Năm ${y - 1}`), head(`Năm ${y}`), head('Thay đổi'), head('Mục tiêu'), head('Đánh giá'), head(`Địa bàn của số liệu năm ${y - 1}`)],
  ];
  for (const row of ctx.report.indicators) {
    rows.push([
      cell([{ text: row.name, bold: true }, { text: ` (${row.unit})` }]),
      cell(previousText(row), { align: 'right' }),
      cell(valueText(row, y), { align: 'right' }),
      cell(changeText(row), { align: 'right' }),
      cell(targetText(row), { align: 'center' }),
      cell(verdictText(row), { align: 'center', shade: shade(row.met) }),
      cell(baseTerritoryText(ctx.report, row), { align: 'center' }),
    ]);
    const c = separateCumulative(row, y);
    if (!c) continue;
    rows.push([
      cell(`Lũy kế so với năm gốc ${c.fromYear}`),
      cell(`Năm ${c.fromYear}: ${cumulativeBaseText(row, c)}`, { align: 'right' }),
      cell(valueText(row, y), { align: 'right' }),
      cell(cumulativeChangeText(row, c), { align: 'right' }),
      cell(`${cumulativeTargetText(row, c)} (lũy kế)`, { align: 'center' }),
      cell(verdictText(c), { align: 'center', shade: shade(c.met) }),
      cell(`Năm ${c.fromYear}: ${cumulativeTerritoryText(ctx.report, c)}`, { align: 'center' }),
    ]);
  }
  return { kind: 'table', role: 'grid', columns: [0.27, 0.11, 0.11, 0.11, 0.14, 0.12, 0.14], headerRows: 1, rows, sizePt: 11, keepTogether: rows.length <= 12 };
}
