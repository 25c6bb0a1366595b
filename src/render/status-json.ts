/** `atvsld status --format json`: versioned, keys in a fixed order. */
import type { ConsolidatedReport } from '../core/consolidation/consolidated-report.js';
import { jsonSafe } from './json-safe.js';
import type { ChaseRow } from '../core/consolidation/chase-list.js';
import type { Lang } from '../core/diagnostics/format.js';
import { reasonWords, stateWords } from './status-text.js';

export const STATUS_JSON_VERSION = 1;

/** Agencies in the chase list's order (by Vietnamese name), each with its state and first reason worded in `lang`. */
export function renderStatusJson(report: ConsolidatedReport, rows: readonly ChaseRow[], lang: Lang = 'vi'): string {
  const byId = new Map(report.agencies.map((a) => [a.id, a]));
  const body = {
    version: STATUS_JSON_VERSION,
    year: report.year,
    asOf: report.asOf,
    deadline: report.deadline,
    deadlineEnd: report.deadlineEnd,
    daysToDeadline: report.daysToDeadline,
    completeness: report.completeness,
    agencies: rows.map((r) => ({ r, a: byId.get(r.id)! })).map(({ r, a }) => ({
      id: a.id,
      name: a.name,
      expected: a.expected,
      status: a.status,
      notYetDue: a.notYetDue,
      ...(a.receivedOn !== undefined ? { receivedOn: a.receivedOn, dateSource: a.dateSource } : {}),
      ...(a.daysLate !== undefined ? { daysLate: a.daysLate } : {}),
      ...(a.file !== undefined ? { file: a.file } : {}),
      errors: a.errors,
      warnings: a.warnings,
      state: r.state,
      stateText: stateWords(r, lang),
      ...(r.reason !== undefined ? { reason: reasonWords(r.reason, lang), ...(r.reason.kind === 'diagnostic' ? { reasonCode: r.reason.diagnostic.code } : {}) } : {}),
      ...(r.contact !== undefined ? { contact: r.contact, contactFrom: r.contactFrom } : {}),
    })),
  };
  return `${jsonSafe(JSON.stringify(body, null, 2))}\n`;
}
