/**
 * `atvsld status`: who has reported, who has not, and how the deadline
 * stands, with a contact for each agency so the analyst can telephone.
 */
import type { ChalkInstance } from 'chalk';
import type { AgencyRow, ConsolidatedReport, DateSource } from '../core/consolidation/consolidated-report.js';
import { deadlineWords, formatViDate, formatViDeadline, formatViRate } from './consolidation-text.js';
import { terminalSafe } from '../core/text/terminal-safe.js';

const SOURCE_WORDS: Record<DateSource, string> = {
  receipt: 'theo biên nhận',
  cover: 'theo ngày trên trang bìa',
  'file-mtime': 'theo ngày sửa tệp',
};

export function renderStatusText(report: ConsolidatedReport, chalk?: ChalkInstance): string {
  const c = report.completeness;
  const received = report.agencies.filter((a) => a.expected && a.status !== 'missing');
  const missing = report.agencies.filter((a) => a.expected && a.status === 'missing');
  const others = report.agencies.filter((a) => !a.expected);
  const lines = [
    `Tình hình báo cáo năm ${report.year} — tính đến ngày ${formatViDate(report.asOf)}`,
    `Hạn gửi báo cáo: ${formatViDeadline(report)} (${deadlineWords(report.daysToDeadline)}).`,
    '',
    `Đã gửi (${received.length}/${c.expected}):`,
    ...received.map((a) => `  ${mark(a, chalk)} ${receivedLine(a)}`),
    '',
    `Chưa gửi (${missing.length}/${c.expected}):`,
    ...missing.map((a) => `  ${mark(a, chalk)} ${missingLine(a)}`),
  ];
  if (others.length > 0) {
    lines.push('', `Không thuộc danh sách phải báo cáo (${others.length}):`);
    for (const a of others) lines.push(`  • ${receivedLine(a)}`);
  }
  lines.push(
    '',
    `Đã nhận ${c.received}/${c.expected} (${formatViRate(c.completenessRate)}), đúng hạn ${c.onTime}, trễ hạn ${c.late}, chưa gửi ${c.missing}.`,
  );
  return `${lines.join('\n')}\n`;
}

function receivedLine(a: AgencyRow): string {
  const when = a.receivedOn !== undefined && a.dateSource !== undefined ? `${formatViDate(a.receivedOn)} (${SOURCE_WORDS[a.dateSource]})` : 'không rõ ngày';
  const timing = a.status === 'late' ? `trễ ${a.daysLate ?? 0} ngày` : 'đúng hạn';
  const problems = a.errors + a.warnings > 0 ? `; ${a.errors} lỗi, ${a.warnings} cảnh báo` : '';
  return `${terminalSafe(a.name)} — ${when}, ${timing}${problems}${a.contact ? ` — ${terminalSafe(a.contact)}` : ''}`;
}

function missingLine(a: AgencyRow): string {
  const timing = a.notYetDue ? 'chưa đến hạn' : `quá hạn ${a.daysLate ?? 0} ngày`;
  return `${terminalSafe(a.name)} — ${timing}${a.contact ? ` — liên hệ: ${terminalSafe(a.contact)}` : ''}`;
}

function mark(a: AgencyRow, chalk: ChalkInstance | undefined): string {
  if (a.status === 'on-time') return chalk?.green('✓') ?? '✓';
  if (a.status === 'late') return chalk?.yellow('!') ?? '!';
  return a.notYetDue ? '·' : (chalk?.red('✗') ?? '✗');
}
