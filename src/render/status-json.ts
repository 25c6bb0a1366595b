/** `atvsld status --format json`: versioned, keys in a fixed order. */
import type { ConsolidatedReport } from '../core/consolidation/consolidated-report.js';
import { jsonSafe } from './json-safe.js';

export const STATUS_JSON_VERSION = 1;

export function renderStatusJson(report: ConsolidatedReport): string {
  const body = {
    version: STATUS_JSON_VERSION,
    year: report.year,
    asOf: report.asOf,
    deadline: report.deadline,
    deadlineEnd: report.deadlineEnd,
    daysToDeadline: report.daysToDeadline,
    completeness: report.completeness,
    agencies: report.agencies.map((a) => ({
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
      ...(a.contact !== undefined ? { contact: a.contact } : {}),
    })),
  };
  return `${jsonSafe(JSON.stringify(body, null, 2))}\n`;
}
