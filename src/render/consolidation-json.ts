/**
 * `atvsld consolidate --format json`: the report model as versioned JSON.
 * Keys are written in one fixed order and lists are already sorted by the
 * core, so identical inputs give byte-identical output. Each diagnostic also
 * carries its worded message, for readers without the catalog.
 */
import type { ConsolidatedReport, TaskCell } from '../core/consolidation/consolidated-report.js';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { formatMessage, type Lang } from '../core/diagnostics/format.js';
import { Chunked, joinedChunks, MappedList, prettyJsonChunks } from './pretty-json-chunks.js';

/** Bumped when a field changes meaning or disappears; adding a field keeps the version. */
export const CONSOLIDATION_JSON_VERSION = 1;

export function renderConsolidationJson(report: ConsolidatedReport, lang: Lang = 'vi'): string {
  return [...consolidationJsonChunks(report, lang)].join('');
}

/**
 * The same text as `renderConsolidationJson`, in chunks of about 64 K
 * characters (pretty-json-chunks.ts): the whole text never exists at once,
 * nor do all the task cells' texts.
 */
export function* consolidationJsonChunks(report: ConsolidatedReport, lang: Lang = 'vi'): Generator<string> {
  const body = {
    version: CONSOLIDATION_JSON_VERSION,
    year: report.year,
    asOf: report.asOf,
    deadline: report.deadline,
    deadlineEnd: report.deadlineEnd,
    consolidationDeadline: report.consolidationDeadline,
    daysToDeadline: report.daysToDeadline,
    header: report.header,
    completeness: report.completeness,
    agencies: report.agencies,
    otherAgencies: report.otherAgencies,
    // Down to each cell: one task's row holds the texts of thousands of agencies.
    tasks: new Chunked(report.tasks.map((row) => ({ ...row, cells: new MappedList(row.cells, taskCellJson) })), 3),
    taskStatusCounts: report.taskStatusCounts,
    indicators: report.indicators,
    submissions: report.submissions,
    diagnostics: new MappedList(report.diagnostics, (d) => diagnosticJson(d, lang)),
  };
  yield* joinedChunks(prettyJsonChunks(body, 2));
  yield '\n';
}

/** A task cell in the key order of version 1, its texts read only now. */
function taskCellJson(cell: TaskCell): Record<string, unknown> {
  const { agency, role, status, texts, counts, sheet, cell: at } = cell;
  return {
    agency,
    ...(role !== undefined && { role }),
    status,
    results: texts.results,
    counts,
    notes: texts.notes,
    ...(sheet !== undefined && { sheet }),
    ...(at !== undefined && { cell: at }),
  };
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
