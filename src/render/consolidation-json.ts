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
  return [...consolidationJsonChunks(report, lang)].join('');
}

/**
 * The same text as `renderConsolidationJson`, a top-level field or a list
 * item at a time: a national report is ≈ 25 million characters, and one
 * string of it (plus its UTF-8 copy on the way out) was the largest thing a
 * national `consolidate` ever held (docs/performance.md).
 */
export function* consolidationJsonChunks(report: ConsolidatedReport, lang: Lang = 'vi'): Generator<string> {
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
  yield* prettyObjectChunks(body);
}

/**
 * `JSON.stringify(value, null, 2)` plus a final newline, split at the top
 * level and between the items of top-level lists. Nested text is indented by
 * prefixing every line break: JSON escapes the line breaks inside strings, so
 * each raw one is structure.
 */
export function* prettyObjectChunks(value: Record<string, unknown>): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => JSON.stringify(v) !== undefined);
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [index, [key, field]] of entries.entries()) {
    const head = `  ${JSON.stringify(key)}: `;
    if (Array.isArray(field) && field.length > 0) {
      yield `${head}[\n`;
      for (const [i, item] of field.entries()) {
        const text = JSON.stringify(item, null, 2) ?? 'null';
        yield `    ${indent(text, '    ')}${i < field.length - 1 ? ',' : ''}\n`;
      }
      yield '  ]';
    } else {
      yield head + indent(JSON.stringify(field, null, 2), '  ');
    }
    yield index < entries.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}

function indent(text: string, by: string): string {
  return text.replaceAll('\n', `\n${by}`);
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
