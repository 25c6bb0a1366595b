/**
 * Consolidation of reporting year Y: pure, with "today" (`asOf`) passed in.
 * Every view of the result (workbook, JSON, summary) is built from the
 * ConsolidatedReport this returns.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { expectedAgencies, obligationsOf } from '../plan/plan-index.js';
import type { Plan } from '../plan/plan-schema.js';
import type { CheckedFile, SubmissionFacts } from '../submission/submission.js';
import { buildAgencyRows, computeCompleteness } from './agency-rows.js';
import type { AgencyName, AgencyRow, ConsolidatedReport, IndicatorRow } from './consolidated-report.js';
import { compareText, dateSubmissions, selectCounted, type DatedSubmission } from './counted-submissions.js';
import type { IndicatorHistory } from './indicator-history.js';
import { largeChangeDiagnostics } from './figure-changes.js';
import { buildIndicatorRows } from './indicator-rows.js';
import { computeDeadlineEnd } from './deadline-end.js';
import { daysBetween } from './plain-date.js';
import type { Receipt } from './receipt.js';
import { buildReportHeader } from './report-header.js';
import { buildSubmissionRows, fileDiagnostics } from './submission-rows.js';
import { agencyGroupNames, buildTaskRows, countTaskStatuses } from './task-matrix.js';
import { baseGapDiagnostics, namedTerritories } from './territory-base.js';

export interface ConsolidationInput {
  readonly plan: Plan;
  readonly year: number;
  /** "Today", `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Files of year Y (the `submissions/<Y>/` folder); a form without a year is taken to be of Y. */
  readonly files: readonly CheckedFile<SubmissionFacts>[];
  /** Files of earlier years, used only for those years' indicator values (Y-1 for the yearly change). */
  readonly previousFiles?: readonly CheckedFile<SubmissionFacts>[];
  readonly receipts: readonly Receipt[];
  readonly history: IndicatorHistory;
}

export function computeConsolidation(input: ConsolidationInput): ConsolidatedReport {
  const { plan, year, asOf } = input;
  const deadline = `${year}-${plan.calendar.agencyDeadline}`;
  // Lateness is counted from the day the deadline really ends (Điều 148 BLDS 2015), everywhere.
  const deadlineEnd = computeDeadlineEnd(deadline, plan.calendar);
  const dated = dateSubmissions(input.files, input.receipts, year);
  const previous = dateSubmissions(input.previousFiles ?? [], input.receipts, year - 1);
  const countedByYear = countByYear([...dated, ...previous]);
  const current = selectCounted(dated.filter((d) => d.year === year));

  const agencies = buildAgencyRows({ plan, year, asOf, deadline, expected: expectedAgencies(plan, year), counted: current, deadlineEnd: deadlineEnd.end });
  const tasks = buildTaskRows(plan, obligationsOf(plan, year), current.counted);
  const perFile = fileDiagnostics(dated, current, year, input.plan);
  for (const { file, diagnostic } of largeChangeDiagnostics(plan, year, current.counted, countedByYear.get(year - 1))) {
    perFile.set(file, [...(perFile.get(file) ?? []), diagnostic]);
  }
  const indicators = buildIndicatorRows(plan, year, countedByYear, input.history);
  return {
    year,
    asOf,
    deadline,
    deadlineEnd: deadlineEnd.end,
    deadlineRestDays: deadlineEnd.restDays,
    consolidationDeadline: `${year}-${plan.calendar.consolidationDeadline}`,
    daysToDeadline: daysBetween(asOf, deadlineEnd.end),
    header: buildReportHeader(plan, year),
    completeness: computeCompleteness(agencies.rows),
    agencies: agencies.rows,
    otherAgencies: otherAgencyNames(plan, agencies.rows, indicators),
    territories: namedTerritories(plan, year, indicators),
    tasks,
    agencyGroupNames: agencyGroupNames(plan, year, tasks, agencies.rows),
    taskStatusCounts: countTaskStatuses(tasks),
    indicators,
    submissions: buildSubmissionRows(dated, current, deadlineEnd.end),
    diagnostics: collectDiagnostics(input.files, perFile, [...agencies.diagnostics, ...baseGapDiagnostics(plan, indicators)]),
  };
}

/** Plan agencies behind an indicator value that are not among the year's agencies, by id. */
function otherAgencyNames(plan: Plan, rows: readonly AgencyRow[], indicators: readonly IndicatorRow[]): AgencyName[] {
  const listed = new Set(rows.map((r) => r.id));
  const named = new Set(
    indicators.flatMap((i) => Object.values(i.parts).flatMap((byYear) => Object.values(byYear).flatMap((v) => v.agencies))),
  );
  return plan.agencies
    .filter((a) => named.has(a.id) && !listed.has(a.id))
    .map((a) => ({ id: a.id, name: a.name, ...(a.shortName !== undefined && { shortName: a.shortName }) }))
    .sort((a, b) => compareText(a.id, b.id));
}

function countByYear(dated: readonly DatedSubmission[]): Map<number, ReadonlyMap<string, DatedSubmission>> {
  const years = [...new Set(dated.map((d) => d.year))].sort((a, b) => a - b);
  return new Map(years.map((y) => [y, selectCounted(dated.filter((d) => d.year === y)).counted]));
}

/** Each file's own diagnostics (files by name, in the order validation found them), then consolidation's. */
function collectDiagnostics(
  files: readonly CheckedFile<SubmissionFacts>[],
  perFile: ReadonlyMap<string, readonly Diagnostic[]>,
  agencyDiagnostics: readonly Diagnostic[],
): Diagnostic[] {
  const sorted = [...files].sort((a, b) => compareText(a.file, b.file));
  return [
    ...sorted.flatMap((f) => [...f.diagnostics, ...(perFile.get(f.file) ?? [])]),
    ...agencyDiagnostics,
  ];
}
