/**
 * Section IV, what the data shows went short: agencies that did not report,
 * tasks their lead agencies left in progress, not started or unreported, and
 * indicators that missed their target or could not be judged; then V and VI,
 * next year's tasks and recommendations, as marked placeholders: those are
 * the analyst's to write.
 */
import type { TaskCellStatus } from '../../core/consolidation/consolidated-report.js';
import { para, type Block } from '../../core/report-document/report-document.js';
import { changeText, cumulativeChangeText, cumulativeTargetText, separateCumulative, targetText, verdictReason } from './indicator-words.js';
import type { ReportContext } from './report-context.js';
import { missingSentence, STATUS_WORDS } from './section-reporting.js';
import { capitalized, joinNames } from './vi-words.js';

const SHORT: readonly TaskCellStatus[] = ['in-progress', 'not-started', 'not-reported', 'no-submission'];

export function buildShortcomingsSection(ctx: ReportContext): Block[] {
  const { report } = ctx;
  const blocks: Block[] = [para('heading1', 'IV. TỒN TẠI, HẠN CHẾ'), para('heading2', '1. Việc báo cáo')];
  const missing = report.agencies.filter((a) => a.expected && a.status === 'missing');
  const late = report.agencies.filter((a) => a.expected && a.status === 'late');
  if (missing.length === 0 && late.length === 0) blocks.push(para('body', 'Các cơ quan, đơn vị đều gửi báo cáo đúng hạn.'));
  if (missing.length > 0) blocks.push(para('body', missingSentence(missing)));
  // With the days, as section I states them (computeDaysLate, from the deadline's real end).
  if (late.length > 0) blocks.push(para('body', `Gửi báo cáo trễ hạn: ${joinNames(late.map((a) => `${a.name} (${a.daysLate ?? '?'} ngày)`))}.`));

  blocks.push(para('heading2', '2. Nhiệm vụ chủ trì chưa hoàn thành'));
  let any = false;
  for (const task of report.tasks) {
    const parts: string[] = [];
    for (const status of SHORT) {
      const who = task.cells.filter((c) => c.role === 'lead' && c.status === status).map((c) => ctx.name(c.agency));
      if (who.length > 0) parts.push(`${capitalized(STATUS_WORDS[status])}: ${joinNames(who)}`);
    }
    if (parts.length === 0) continue;
    any = true;
    // One sentence a status: a list of names may itself be separated by semicolons (joinNames).
    blocks.push(para('body', `- Nhiệm vụ ${task.id} (${task.title}): ${parts.join('. ')}.`));
  }
  if (!any) blocks.push(para('body', 'Các cơ quan chủ trì đều báo cáo đã hoàn thành hoặc không phát sinh nhiệm vụ.'));

  blocks.push(para('heading2', '3. Chỉ tiêu chưa đạt hoặc chưa đánh giá được'));
  // A verdict short of its target is a shortcoming whichever it is: the year's, or (from the base year + 2) the cumulative one.
  const missedCumulative = (r: (typeof report.indicators)[number]): boolean => separateCumulative(r, report.year)?.met === false;
  const shortIndicators = report.indicators.filter((r) => r.met !== true || missedCumulative(r));
  const anyCumulative = report.indicators.some((r) => separateCumulative(r, report.year) !== undefined);
  if (shortIndicators.length === 0) blocks.push(para('body', anyCumulative ? 'Các chỉ tiêu đều đạt mục tiêu năm và mục tiêu lũy kế.' : 'Các chỉ tiêu đều đạt mục tiêu năm.'));
  for (const row of shortIndicators) {
    const parts: string[] = [];
    if (row.met !== true) {
      const why = row.met === false ? `thay đổi ${changeText(row)}, mục tiêu ${targetText(row).toLocaleLowerCase('vi')}` : (verdictReason(report, row).reason ?? 'chưa đủ số liệu');
      parts.push(`${row.met === false ? 'không đạt' : 'chưa đánh giá được'} (${why})`);
    }
    const c = separateCumulative(row, report.year);
    if (c && c.met === false) {
      parts.push(`không đạt mục tiêu lũy kế (so với năm gốc ${c.fromYear}: thay đổi ${cumulativeChangeText(row, c)}, mục tiêu lũy kế ${cumulativeTargetText(row, c).toLocaleLowerCase('vi')})`);
    }
    blocks.push(para('body', `- ${row.name}: ${parts.join('; ')}.`));
  }
  blocks.push(para('placeholder', '[Nguyên nhân của tồn tại, hạn chế: cán bộ tổng hợp bổ sung.]'));
  blocks.push(
    para('heading1', `V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${report.year + 1}`),
    para('placeholder', `[Phần này do cán bộ tổng hợp soạn: các nhiệm vụ trọng tâm năm ${report.year + 1}, khắc phục các tồn tại nêu tại Mục IV.]`),
    para('heading1', 'VI. KIẾN NGHỊ, ĐỀ XUẤT'),
    para('placeholder', '[Phần này do cán bộ tổng hợp soạn: kiến nghị với Ủy ban nhân dân tỉnh, các bộ, ngành.]'),
  );
  return blocks;
}
