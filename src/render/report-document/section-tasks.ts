/**
 * Section II: results by task, in plan order, grouped under the plan's
 * sections. For each task: its lead and supporting agencies, how many
 * reported and with what status, the sums of the counts, then what each
 * agency wrote in its own words (cleaned: NFC, trimmed, repeated sentences
 * dropped), attributed. Agencies that wrote the very same text share one
 * entry, so a hundred communes pasting the model sentence take one line.
 * Commune and district People's Committees are quoted one by one only while
 * they wrote at most MAX_LOCAL_QUOTES different texts for a task; beyond that
 * the report says how many reported and points to the workbook's "Chi tiết
 * nhiệm vụ" sheet, which holds every text (99 communes quoted in full made
 * the demo's report 156 pages).
 */
import type { TaskCell, TaskCellStatus, TaskRow } from '../../core/consolidation/consolidated-report.js';
import { para, type Block } from '../../core/report-document/report-document.js';
import type { TaskCounts } from '../../core/submission/submission.js';
import { cleanReportedText } from '../../core/text/clean-reported-text.js';
import type { ReportContext } from './report-context.js';
import { STATUS_WORDS } from './section-reporting.js';
import { formatViNumber, joinNames } from './vi-words.js';

export function buildTasksSection(ctx: ReportContext): Block[] {
  const blocks: Block[] = [para('heading1', 'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ')];
  let section = '';
  let sectionNo = 0;
  for (const task of ctx.report.tasks) {
    if (task.sectionTitle !== section) {
      section = task.sectionTitle;
      sectionNo += 1;
      blocks.push(para('heading2', `${sectionNo}. ${section}`));
    }
    blocks.push(para('heading3', `Nhiệm vụ ${task.id}. ${task.title}`));
    for (const b of taskBlocks(ctx, task)) blocks.push(b);
  }
  return blocks;
}

function taskBlocks(ctx: ReportContext, task: TaskRow): Block[] {
  const leads = roleNames(ctx, task.cells.filter((c) => c.role === 'lead'));
  const support = roleNames(ctx, task.cells.filter((c) => c.role === 'support'));
  const blocks: Block[] = [];
  const who = [leads.length > 0 ? `Cơ quan chủ trì: ${joinNames(leads)}` : '', support.length > 0 ? `Cơ quan phối hợp: ${joinNames(support)}` : ''].filter(Boolean);
  if (who.length > 0) blocks.push(para('body', `${who.join('. ')}.`));
  blocks.push(para('body', `Tình hình thực hiện: ${statusSummary(task)}${countsSentence(sumCounts(task.cells))}`));
  const local = task.cells.filter((c) => isLocal(ctx, c.agency));
  const localQuotes = quotedResults(ctx, local);
  const quoted = localQuotes.length <= MAX_LOCAL_QUOTES ? task.cells : task.cells.filter((c) => !isLocal(ctx, c.agency));
  for (const entry of quotedResults(ctx, quoted)) {
    blocks.push(para('quote', [{ text: `- ${joinNames(entry.agencies)}: `, bold: true }, { text: entry.text }]));
  }
  if (localQuotes.length > MAX_LOCAL_QUOTES) {
    let agencies = 0;
    let districts = 0;
    for (const c of local) {
      if (cleanReportedText(c.texts.results) === '') continue;
      agencies += 1;
      if (ctx.kind(c.agency) !== 'commune-committee') districts += 1;
    }
    // Since 1/7/2025 there are no districts: "cấp huyện" is named only when some reported.
    const who = districts === 0 ? 'các xã, phường' : agencies === districts ? 'các huyện, thị xã, thành phố' : 'các huyện, thị xã, thành phố và các xã, phường';
    blocks.push(
      para('quote', [
        { text: `- Ủy ban nhân dân ${who} (${formatViNumber(agencies)} đơn vị): `, bold: true },
        { text: `${formatViNumber(localQuotes.length)} nội dung kết quả khác nhau; nội dung của từng đơn vị tại trang "Chi tiết nhiệm vụ" của bảng tính tổng hợp.` },
      ]),
    );
  }
  return blocks;
}

/** The agencies' names; more than MAX_LOCAL_QUOTES communes or districts are counted in one phrase ("Ủy ban nhân dân 99 xã, phường"). */
function roleNames(ctx: ReportContext, cells: readonly TaskCell[]): string[] {
  const local = cells.filter((c) => isLocal(ctx, c.agency));
  if (local.length <= MAX_LOCAL_QUOTES) return cells.map((c) => ctx.name(c.agency));
  const communes = local.filter((c) => ctx.kind(c.agency) === 'commune-committee').length;
  const districts = local.length - communes;
  return [
    ...cells.filter((c) => !isLocal(ctx, c.agency)).map((c) => ctx.name(c.agency)),
    ...(districts > 0 ? [`Ủy ban nhân dân ${formatViNumber(districts)} huyện, thị xã, thành phố`] : []),
    ...(communes > 0 ? [`Ủy ban nhân dân ${formatViNumber(communes)} xã, phường`] : []),
  ];
}

/** Beyond this many different texts from communes (or districts) for one task, they are counted, not quoted. */
export const MAX_LOCAL_QUOTES = 10;

function isLocal(ctx: ReportContext, agency: string): boolean {
  const kind = ctx.kind(agency);
  return kind === 'commune-committee' || kind === 'district-committee';
}

/** "14/15 cơ quan đã báo cáo (13 đã hoàn thành, 1 đang thực hiện; 1 chưa gửi báo cáo)". */
function statusSummary(task: TaskRow): string {
  const owed = task.cells.filter((c) => c.role !== undefined);
  const byStatus = new Map<TaskCellStatus, number>();
  for (const c of owed) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1);
  const parts = [...byStatus.entries()].sort((a, b) => order(a[0]) - order(b[0])).map(([s, n]) => `${n} ${STATUS_WORDS[s]}`);
  return `${task.reported}/${task.owed} cơ quan đã báo cáo (${parts.join(', ')}).`;
}

const ORDER: readonly TaskCellStatus[] = ['done', 'in-progress', 'not-started', 'not-applicable', 'not-reported', 'no-submission'];
function order(s: TaskCellStatus): number {
  return ORDER.indexOf(s);
}

export function sumCounts(cells: readonly TaskCell[]): Required<TaskCounts> & { readonly any: Record<keyof TaskCounts, boolean> } {
  const sum = { documents: 0, events: 0, people: 0, cost: 0 };
  const any = { documents: false, events: false, people: false, cost: false };
  for (const c of cells) {
    for (const key of ['documents', 'events', 'people', 'cost'] as const) {
      const v = c.counts[key];
      if (v !== undefined) {
        sum[key] += v;
        any[key] = true;
      }
    }
  }
  return { ...sum, any };
}

/** " Tổng hợp: ban hành 25 văn bản; tổ chức 12 hoạt động; 3.400 lượt người tham gia; kinh phí 120,5 triệu đồng." */
function countsSentence(s: ReturnType<typeof sumCounts>): string {
  const parts: string[] = [];
  if (s.any.documents) parts.push(`ban hành ${formatViNumber(s.documents)} văn bản`);
  if (s.any.events) parts.push(`tổ chức ${formatViNumber(s.events)} hoạt động, sự kiện`);
  if (s.any.people) parts.push(`${formatViNumber(s.people)} lượt người tham gia`);
  if (s.any.cost) parts.push(`kinh phí ${formatViNumber(s.cost, Number.isInteger(roundCost(s.cost)) ? 0 : 1)} triệu đồng`);
  return parts.length > 0 ? ` Tổng hợp số liệu: ${parts.join('; ')}.` : '';
}

function roundCost(cost: number): number {
  return Math.round(cost * 10) / 10;
}

interface QuotedResult {
  readonly agencies: string[];
  readonly text: string;
}

/** Each agency's cleaned results; identical texts share one entry, in the order their first agency comes. */
function quotedResults(ctx: ReportContext, cells: readonly TaskCell[]): QuotedResult[] {
  const byText = new Map<string, QuotedResult>();
  for (const c of cells) {
    const text = cleanReportedText(c.texts.results);
    if (text === '') continue;
    const entry = byText.get(text);
    if (entry) entry.agencies.push(ctx.name(c.agency));
    else byText.set(text, { agencies: [ctx.name(c.agency)], text: /[.!?…]$/u.test(text) ? text : `${text}.` });
  }
  return [...byText.values()];
}
