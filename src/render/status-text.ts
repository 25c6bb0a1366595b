/**
 * `atvsld status`: the chase list. One line per agency, sorted by name as
 * Vietnamese sorts it: its state (on time, late by n days, missing and n
 * days overdue, received with errors), the first reason in words, and whom
 * to call. Text for people; CSV (status-csv.ts) and JSON for mail merges.
 */
import type { ChalkInstance } from 'chalk';
import type { ConsolidatedReport } from '../core/consolidation/consolidated-report.js';
import type { ChaseReason, ChaseRow } from '../core/consolidation/chase-list.js';
import { formatMessage, formatText, type Lang } from '../core/diagnostics/format.js';
import { deadlineWords, formatDate, formatDeadline, formatRate } from './consolidation-text.js';
import { terminalSafe } from '../core/text/terminal-safe.js';

export function renderStatusText(report: ConsolidatedReport, rows: readonly ChaseRow[], o: { lang?: Lang; chalk?: ChalkInstance } = {}): string {
  const lang = o.lang ?? 'vi';
  const c = report.completeness;
  const withErrors = rows.filter((r) => r.state === 'with-errors').length;
  const lines = [
    formatText(lang, 'status.title', { year: report.year, asOf: formatDate(report.asOf, lang) }),
    formatText(lang, 'status.deadline', { deadline: formatDeadline(report, lang), words: deadlineWords(report.daysToDeadline, lang) }),
    '',
    ...rows.map((r) => `${mark(r, o.chalk)} ${terminalSafe(r.name)} — ${chaseLine(r, lang)}`),
    '',
    formatText(lang, 'status.totals', {
      received: c.received, expected: c.expected, rate: formatRate(c.completenessRate, lang), onTime: c.onTime, late: c.late, missing: c.missing, withErrors,
    }),
  ];
  return `${lines.join('\n')}\n`;
}

/** "trễ 3 ngày, nhận 23/12/2025 — Lê Văn A, 0912…" without the name. */
function chaseLine(r: ChaseRow, lang: Lang): string {
  const parts = [stateWords(r, lang)];
  const reason = r.reason !== undefined ? reasonWords(r.reason, lang) : undefined;
  if (reason !== undefined) parts[0] += `: ${reason}`;
  if (r.receivedOn !== undefined) parts.push(formatText(lang, 'status.receivedOn', { date: formatDate(r.receivedOn, lang) }));
  return `${parts.join(', ')} — ${contactWords(r, lang)}`;
}

export function stateWords(r: ChaseRow, lang: Lang): string {
  switch (r.state) {
    case 'on-time':
      return formatText(lang, 'status.onTime');
    case 'late':
      return formatText(lang, 'status.late', { days: r.days ?? 0 });
    case 'missing':
      return formatText(lang, 'status.missing', { days: r.days ?? 0 });
    case 'not-yet-due':
      return formatText(lang, 'status.notYetDue');
    case 'with-errors':
      return r.days !== undefined
        ? `${formatText(lang, 'status.withErrors')} (${formatText(lang, 'status.late', { days: r.days })})`
        : formatText(lang, 'status.withErrors');
    case 'not-expected':
      return formatText(lang, 'status.notExpected');
  }
}

export function reasonWords(reason: ChaseReason, lang: Lang): string {
  switch (reason.kind) {
    case 'task-missing':
      return formatText(lang, 'reason.taskMissing', { task: reason.task, role: formatText(lang, reason.role === 'lead' ? 'role.lead' : 'role.support') });
    case 'other-year':
      return formatText(lang, 'reason.otherYear', { year: reason.year });
    case 'diagnostic':
      return formatMessage(reason.diagnostic, lang).replace(/\.$/, '');
  }
}

export function contactWords(r: ChaseRow, lang: Lang): string {
  if (r.contact === undefined) return formatText(lang, 'status.contactNone');
  return r.contactFrom === 'last-year' ? formatText(lang, 'status.contactLastYear', { contact: terminalSafe(r.contact) }) : terminalSafe(r.contact);
}

function mark(r: ChaseRow, chalk: ChalkInstance | undefined): string {
  if (r.state === 'on-time') return chalk?.green('✓') ?? '✓';
  if (r.state === 'late') return chalk?.yellow('!') ?? '!';
  if (r.state === 'not-yet-due' || r.state === 'not-expected') return '·';
  return chalk?.red('✗') ?? '✗';
}
