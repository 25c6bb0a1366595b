/**
 * The appendices, in a landscape section numbered from 1: Phụ lục I, the
 * indicators with their parts year by year; Phụ lục II, the task matrix with
 * one row per agency (grouped by kind) and one column per task, so that it
 * grows in length, not width, with a hundred communes. An agency that sent
 * nothing is one row saying so, not a row of empty cells.
 */
import type { AgencyRow, TaskCellStatus } from '../../core/consolidation/consolidated-report.js';
import type { AgencyKind } from '../../core/plan/plan-schema.js';
import { cell, para, type Block, type TableCell } from '../../core/report-document/report-document.js';
import { indicatorTable } from './section-indicators.js';
import type { ReportContext } from './report-context.js';
import { formatViNumber, indicatorDecimals, officialDateLine, romanNumeral, upper } from './vi-words.js';

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

const ABBREVIATIONS: Record<TaskCellStatus, string> = {
  done: 'HT',
  'in-progress': 'ĐTH',
  'not-started': 'CTH',
  'not-applicable': 'KPS',
  'not-reported': 'KBC',
  'no-submission': '',
};

const KIND_TITLES: Record<AgencyKind, string> = {
  'provincial-committee': 'Ủy ban nhân dân tỉnh và Văn phòng',
  department: 'Sở, ban, ngành',
  'district-committee': 'Ủy ban nhân dân cấp huyện',
  'commune-committee': 'Ủy ban nhân dân cấp xã',
  'mass-organisation': 'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội',
  press: 'Cơ quan báo chí',
  other: 'Cơ quan, đơn vị khác',
};
const KIND_ORDER: readonly AgencyKind[] = ['provincial-committee', 'department', 'district-committee', 'commune-committee', 'mass-organisation', 'press', 'other'];

function taskMatrix(ctx: ReportContext): Block[] {
  const { report } = ctx;
  const tasks = report.tasks;
  const status = new Map<string, { status: TaskCellStatus; lead: boolean }>();
  for (const t of tasks) for (const c of t.cells) status.set(`${t.id}\u0000${c.agency}`, { status: c.status, lead: c.role === 'lead' });
  const head = (t: string): TableCell => cell(t, { head: true, align: 'center', shade: 'head' });
  const rows: TableCell[][] = [[head('TT'), head('Cơ quan, đơn vị'), ...tasks.map((t) => head(t.id))]];
  const width = tasks.length + 2;
  let n = 0;
  for (const kind of [...KIND_ORDER, undefined]) {
    const members = report.agencies.filter((a) => a.kind === kind);
    if (members.length === 0) continue;
    rows.push([cell([{ text: kind ? KIND_TITLES[kind] : 'Cơ quan ngoài Kế hoạch', bold: true }], { span: width })]);
    for (const a of members) rows.push(matrixRow(++n, a, tasks.map((t) => status.get(`${t.id}\u0000${a.id}`))));
  }
  const taskWidth = Math.min(0.06, 0.62 / Math.max(1, tasks.length));
  return [
    { kind: 'table', role: 'grid', columns: [0.04, 0.96 - taskWidth * tasks.length, ...tasks.map(() => taskWidth)], headerRows: 1, rows, sizePt: 10 },
    para('caption', 'HT: đã hoàn thành; ĐTH: đang thực hiện; CTH: chưa thực hiện; KPS: không phát sinh; KBC: đã gửi báo cáo nhưng không báo cáo nhiệm vụ; ô trống: không phải báo cáo; chữ đậm: cơ quan chủ trì.'),
    para('body', `Tên các nhiệm vụ: ${tasks.map((t) => `${t.id}. ${t.title}`).join('; ')}.`),
  ];
}

function matrixRow(n: number, agency: AgencyRow, cells: readonly ({ status: TaskCellStatus; lead: boolean } | undefined)[]): TableCell[] {
  const lead = [cell(String(n), { align: 'center' }), cell(agency.name)];
  if (agency.status === 'missing') {
    const why = agency.notYetDue ? 'Chưa gửi báo cáo (chưa đến hạn)' : `Chưa gửi báo cáo${agency.daysLate ? ` (quá hạn ${agency.daysLate} ngày)` : ''}`;
    return [...lead, cell([{ text: upper(why.charAt(0)) + why.slice(1), italic: true }], { span: cells.length, align: 'center', shade: 'not-met' })];
  }
  return [...lead, ...cells.map((c) => cell(c ? [{ text: ABBREVIATIONS[c.status], bold: c.lead }] : '', { align: 'center' }))];
}
