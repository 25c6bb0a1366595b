/**
 * The appendices, in a landscape section numbered from 1: Phụ lục I, the
 * indicators with their parts year by year; Phụ lục II, the task matrix with
 * one row per agency (grouped by kind) and one column per task, so that it
 * grows in length, not width, with a hundred communes. An agency that sent
 * nothing is one row saying so, not a row of empty cells.
 */
import { MATRIX_LEGEND, buildAgencyMatrix, matrixMark, matrixMissingLine, type MatrixAgencyRow } from '../../core/consolidation/task-matrix.js';
import { cell, para, type Block, type TableCell } from '../../core/report-document/report-document.js';
import { indicatorTable } from './section-indicators.js';
import type { ReportContext } from './report-context.js';
import { formatViNumber, indicatorDecimals, officialDateLine, romanNumeral } from './vi-words.js';

export function buildAppendices(ctx: ReportContext): Block[] {
  return [
    ...appendixHead(ctx, 1, `CÁC CHỈ TIÊU CỦA KẾ HOẠCH NĂM ${ctx.report.year}`),
    indicatorTable(ctx),
    para('caption', ''),
    ...partTables(ctx),
    ...appendixHead(ctx, 2, `TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ NĂM ${ctx.report.year}`),
    ...taskMatrix(ctx),
  ];
}

function appendixHead(ctx: ReportContext, n: number, title: string): Block[] {
  const date = ctx.settings.date === 'blank' ? 'ngày … tháng … năm …' : officialDateLine(ctx.report.asOf);
  return [
    para('appendixLabel', [{ text: `Phụ lục ${romanNumeral(n)}`, bold: true }]),
    para('appendixTitle', [{ text: title, bold: true }]),
    para('appendixNote', [{ text: `(Kèm theo Báo cáo số ${ctx.numberLine} ${date} của ${ctx.coordinatorName})`, italic: true }]),
  ];
}

/** Each indicator's parts, year by year, with the role of each and where this year's figure came from. */
function partTables(ctx: ReportContext): Block[] {
  const { report } = ctx;
  const blocks: Block[] = [];
  for (const row of report.indicators) {
    const years = Object.keys(row.values).map(Number).filter((y) => y <= report.year).sort((a, b) => a - b);
    const head = (t: string): TableCell => cell(t, { head: true, align: 'center', shade: 'head' });
    // Across a merger, Y−1 on Y's territory (the sum the change compares with) gets a column of its own, so that
    // 3,26 = 32 / 981.000 can be checked beside old Bắc Giang's own 2024 (3,51).
    const merged = row.previousTerritories.length > 1;
    const mergedHead = merged ? [head(`${report.year - 1} cùng địa bàn năm ${report.year}`)] : [];
    const rows: TableCell[][] = [[head('Số liệu'), head('Đơn vị'), ...years.map((y) => head(String(y))), ...mergedHead, head(`Cơ quan cung cấp năm ${report.year}`)]];
    const decimals = indicatorDecimals(row);
    const shown = (v: number | null | undefined, d: number): string => (v === null || v === undefined ? '—' : formatViNumber(v, d));
    rows.push([
      cell([{ text: row.name, bold: true }]),
      cell(row.unit, { align: 'center' }),
      ...years.map((y) => cell([{ text: shown(row.values[String(y)], decimals), bold: true }], { align: 'right' })),
      ...(merged ? [cell([{ text: shown(row.previousValue, decimals), bold: true }], { align: 'right' })] : []),
      cell(''),
    ]);
    for (const part of row.partInfo) {
      const byYear = row.parts[part.id] ?? {};
      const sources = byYear[String(report.year)]?.agencies ?? [];
      rows.push([
        cell(part.name),
        cell(part.unit, { align: 'center' }),
        ...years.map((y) => {
          const v = byYear[String(y)]?.value ?? null;
          return cell(v === null ? '—' : formatViNumber(v, Number.isInteger(v) ? 0 : 2), { align: 'right' });
        }),
        ...(merged ? [cell(shown(row.previousParts[part.id]?.value, 0), { align: 'right' })] : []),
        cell(sources.map((id) => ctx.name(id)).join(', ')),
      ]);
    }
    const figures = years.length + (merged ? 1 : 0);
    const yearWidth = Math.min(0.1, 0.45 / Math.max(1, figures));
    const rest = 1 - yearWidth * figures;
    const figureColumns = Array.from({ length: figures }, () => yearWidth);
    blocks.push({ kind: 'table', role: 'grid', columns: [rest * 0.5, rest * 0.2, ...figureColumns, rest * 0.3], headerRows: 1, rows, sizePt: 11, keepTogether: true });
    blocks.push(para('caption', ''));
  }
  return blocks;
}

/** The matrix of the workbook's "Ma trận nhiệm vụ" (one core model: buildAgencyMatrix), with the same marks and legend. */
function taskMatrix(ctx: ReportContext): Block[] {
  const matrix = buildAgencyMatrix(ctx.report);
  const tasks = matrix.tasks;
  const head = (t: string): TableCell => cell(t, { head: true, align: 'center', shade: 'head' });
  const rows: TableCell[][] = [[head('TT'), head('Cơ quan, đơn vị'), ...tasks.map((t) => head(t.id))]];
  const width = tasks.length + 2;
  for (const group of matrix.groups) {
    rows.push([cell([{ text: group.title, bold: true }], { span: width })]);
    for (const row of group.rows) rows.push(matrixRow(row));
  }
  // "C: ĐTH" on one line: the task columns get all but a name column of about 30 characters (13 tasks: 5,8 % each, 9 pt).
  const taskWidth = Math.min(0.07, 0.755 / Math.max(1, tasks.length));
  return [
    { kind: 'table', role: 'grid', columns: [0.035, 0.965 - taskWidth * tasks.length, ...tasks.map(() => taskWidth)], headerRows: 1, rows, sizePt: 9 },
    para('caption', `${MATRIX_LEGEND} Chữ đậm: cơ quan chủ trì.`),
    para('body', `Tên các nhiệm vụ: ${tasks.map((t) => `${t.id}. ${t.title}`).join('; ')}.`),
  ];
}

function matrixRow(row: MatrixAgencyRow): TableCell[] {
  const lead = [cell(String(row.number), { align: 'center' }), cell(row.agency.name)];
  if (row.missing) return [...lead, cell([{ text: matrixMissingLine(row.agency), italic: true }], { span: row.cells.length, align: 'center', shade: 'not-met' })];
  return [...lead, ...row.cells.map((c) => cell(c ? [{ text: matrixMark(c), bold: c.role === 'lead' }] : '', { align: 'center' }))];
}
