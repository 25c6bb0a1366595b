/**
 * Section I: how the plan was carried out and reported — who owed a report,
 * who sent it on time, late, or not at all, by name. Names run on in one
 * paragraph, so that a hundred communes take a few lines, not a page.
 */
import type { AgencyRow, TaskCellStatus } from '../../core/consolidation/consolidated-report.js';
import { para, type Block } from '../../core/report-document/report-document.js';
import type { ReportContext } from './report-context.js';
import { formatViNumber, joinNames, ratePercent, shortDate } from './vi-words.js';
import { formatViDeadline } from '../consolidation-text.js';

export const STATUS_WORDS: Record<TaskCellStatus, string> = {
  done: 'đã hoàn thành',
  'in-progress': 'đang thực hiện',
  'not-started': 'chưa thực hiện',
  'not-applicable': 'không phát sinh',
  'not-reported': 'không báo cáo nội dung',
  'no-submission': 'chưa gửi báo cáo',
};

export function buildReportingSection(ctx: ReportContext): Block[] {
  const { report } = ctx;
  const c = report.completeness;
  const expected = report.agencies.filter((a) => a.expected);
  const late = expected.filter((a) => a.status === 'late');
  const blocks: Block[] = [
    para('heading1', 'I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN VÀ BÁO CÁO'),
    para('heading2', '1. Tình hình báo cáo của các cơ quan, đơn vị'),
    para(
      'body',
      `Theo Kế hoạch, năm ${report.year} có ${c.expected} cơ quan, đơn vị phải báo cáo kết quả thực hiện; ` +
        // A deadline on a rest day ends on the next working day (Civil Code, Art. 148): days late count from there, so say so.
        `hạn gửi báo cáo về ${ctx.coordinatorName} là ngày ${formatViDeadline(report)}.`,
    ),
    para(
      'body',
      `Đến ngày ${shortDate(report.asOf)}, ${ctx.coordinatorName} đã nhận được báo cáo của ${c.received}/${c.expected} cơ quan, đơn vị ` +
        `(${ratePercent(c.completenessRate)}), trong đó ${c.onTime} cơ quan gửi đúng hạn (${ratePercent(c.timelinessRate)})` +
        (late.length > 0 ? `, ${late.length} cơ quan gửi trễ hạn: ${joinNames(late.map((a) => `${a.name} (${a.daysLate ?? '?'} ngày)`))}.` : '.'),
    ),
  ];
  const missing = expected.filter((a) => a.status === 'missing');
  if (missing.length > 0) blocks.push(para('body', missingSentence(missing)));
  const unexpected = report.agencies.filter((a) => !a.expected);
  if (unexpected.length > 0) {
    blocks.push(
      para('body', `Ngoài ra, ${unexpected.length} cơ quan, đơn vị không thuộc đối tượng phải báo cáo năm ${report.year} đã gửi báo cáo: ${joinNames(unexpected.map((a) => a.name))}.`),
    );
  }
  blocks.push(para('heading2', '2. Tình hình thực hiện nhiệm vụ'));
  const counts = report.taskStatusCounts;
  let total = 0;
  for (const n of Object.values(counts)) total += n;
  const parts = (Object.keys(STATUS_WORDS) as TaskCellStatus[]).filter((s) => counts[s] > 0).map((s) => `${formatViNumber(counts[s])} lượt ${STATUS_WORDS[s]}`);
  blocks.push(
    para(
      'body',
      `Kế hoạch có ${report.tasks.length} nhóm nhiệm vụ phải báo cáo trong năm, với ${formatViNumber(total)} lượt nhiệm vụ của các cơ quan, đơn vị` +
        (parts.length > 0 ? `: ${parts.join('; ')}.` : '.') +
        ' Kết quả cụ thể từng nhiệm vụ tại Mục II; tình hình của từng cơ quan tại Phụ lục II.',
    ),
  );
  return blocks;
}

/** "Còn 3 cơ quan, đơn vị chưa gửi báo cáo: A, B và C." — those not yet due named apart. */
export function missingSentence(missing: readonly AgencyRow[]): string {
  const overdue = missing.filter((a) => !a.notYetDue).map((a) => a.name);
  const notDue = missing.filter((a) => a.notYetDue).map((a) => a.name);
  const parts: string[] = [];
  if (overdue.length > 0) parts.push(`Còn ${overdue.length} cơ quan, đơn vị chưa gửi báo cáo: ${joinNames(overdue)}.`);
  if (notDue.length > 0) parts.push(`Chưa đến hạn, chưa gửi báo cáo (${notDue.length}): ${joinNames(notDue)}.`);
  return parts.join(' ');
}
