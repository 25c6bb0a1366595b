/**
 * `atvsld consolidate --format json`: the report model as versioned JSON.
 * Keys are written in one fixed order and lists are already sorted by the
 * core, so identical inputs give byte-identical output. Each diagnostic also
 * carries its worded message, for readers without the catalog.
 */
import type { ConsolidatedReport } from '../core/consolidation/consolidated-report.js';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { formatMessage, type Lang } from '../core/diagnostics/format.js';

/** Bumped when a field changes meaning or disappears; adding a field keeps the version. */
export const CONSOLIDATION_JSON_VERSION = 1;

export function renderConsolidationJson(report: ConsolidatedReport, lang: Lang = 'vi'): string {
  const body = {
    version: CONSOLIDATION_JSON_VERSION,
    year: report.year,
    asOf: report.asOf,
    deadline: report.deadline,
    consolidationDeadline: report.consolidationDeadline,
    daysToDeadline: report.daysToDeadline,
    header: report.header,
    completeness: report.completeness,
    agencies: report.agencies,
    tasks: report.tasks,
    taskStatusCounts: report.taskStatusCounts,
    indicators: report.indicators,
    submissions: report.submissions,
    diagnostics: report.diagnostics.map((d) => diagnosticJson(d, lang)),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** A diagnostic with a fixed key order and its message. */
export function diagnosticJson(d: Diagnostic, lang: Lang): Record<string, unknown> {
  return {
    code: d.code,
    severity: d.severity,
    message: formatMessage(d, lang),
    ...(d.location ? { location: d.location } : {}),
    ...(d.agency !== undefined ? { agency: d.agency } : {}),
    ...(d.task !== undefined ? { task: d.task } : {}),
    args: d.args,
  };
}
