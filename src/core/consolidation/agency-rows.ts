/**
 * The reporting-status rows and the completeness figures. Rates have the
 * expected agencies as denominator and count each agency once, so they can
 * never pass 100 % (a duplicate or an unexpected sender adds nothing).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { agencyById } from '../plan/plan-index.js';
import type { Plan } from '../plan/plan-schema.js';
import type { AgencyRow, Completeness } from './consolidated-report.js';
import { compareText, type CountedSet, type DatedSubmission } from './counted-submissions.js';
import { computeDaysLate } from './deadline-end.js';
import { daysBetween } from './plain-date.js';
import { agencyRef } from './report-header.js';

export interface AgencyRowsInput {
  readonly plan: Plan;
  readonly year: number;
  readonly asOf: string;
  /** The deadline as the plan states it. */
  readonly deadline: string;
  /** The last day a report is on time: `deadline` moved past rest days (deadline-end.ts). */
  readonly deadlineEnd: string;
  readonly expected: readonly string[];
  readonly counted: CountedSet;
}

export function buildAgencyRows(input: AgencyRowsInput): { rows: AgencyRow[]; diagnostics: Diagnostic[] } {
  const expected = new Set(input.expected);
  const unexpected = [...input.counted.counted.keys()].filter((id) => !expected.has(id)).sort(compareText);
  const replaced = supersededBy(input.counted);
  const rows = [...[...expected].sort(compareText), ...unexpected].map((id) => buildRow(input, id, expected.has(id), replaced));
  return { rows, diagnostics: rows.flatMap((row) => rowDiagnostics(input, row)) };
}

/** Counted submission → the files it supersedes, sorted. */
function supersededBy(counted: CountedSet): Map<DatedSubmission, string[]> {
  const out = new Map<DatedSubmission, string[]>();
  for (const [older, by] of counted.superseded) {
    const files = out.get(by);
    if (files) files.push(older.file.file);
    else out.set(by, [older.file.file]);
  }
  for (const files of out.values()) files.sort(compareText);
  return out;
}

function buildRow(input: AgencyRowsInput, id: string, isExpected: boolean, replaced: ReadonlyMap<DatedSubmission, readonly string[]>): AgencyRow {
  const counted = input.counted.counted.get(id);
  const ref = agencyRef(input.plan, id, counted?.submission.cover.agencyName);
  const planAgency = agencyById(input.plan).get(id);
  const base = {
    ...ref,
    ...(planAgency ? { kind: planAgency.kind } : {}),
    expected: isExpected,
  };
  if (!counted) {
    const overdue = computeDaysLate(input.deadlineEnd, input.asOf);
    return {
      ...base,
      status: 'missing',
      notYetDue: input.asOf <= input.deadlineEnd,
      ...(overdue > 0 ? { daysLate: overdue } : {}),
      errors: 0,
      warnings: 0,
      ...(planAgency?.contact !== undefined ? { contact: planAgency.contact } : {}),
      superseded: [],
    };
  }
  const late = counted.receivedOn === undefined ? 0 : computeDaysLate(input.deadlineEnd, counted.receivedOn);
  const contact = coverContact(counted) ?? planAgency?.contact;
  return {
    ...base,
    // An undated submission is given the benefit of the doubt: it is received, and a diagnostic says the date is unknown.
    status: late > 0 ? 'late' : 'on-time',
    notYetDue: false,
    ...(counted.receivedOn !== undefined ? { receivedOn: counted.receivedOn, dateSource: counted.dateSource } : {}),
    daysLate: late,
    file: counted.file.file,
    ...(counted.submission.sha256 ? { sha256: counted.submission.sha256 } : {}),
    errors: counted.errors,
    warnings: counted.warnings,
    ...(contact !== undefined ? { contact } : {}),
    superseded: [...(replaced.get(counted) ?? [])],
  };
}

function coverContact(d: DatedSubmission): string | undefined {
  const { contactName, phone, email } = d.submission.cover;
  const parts = [contactName, phone, email].filter((p): p is string => p !== undefined && p.trim() !== '');
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function rowDiagnostics(input: AgencyRowsInput, row: AgencyRow): Diagnostic[] {
  const common = { agencyName: row.name, year: input.year, deadline: formatViDate(input.deadlineEnd) };
  if (row.status === 'missing' && row.expected) {
    return row.notYetDue
      ? [{ code: 'REPORT_NOT_YET_DUE', severity: 'info', args: { ...common, days: daysBetween(input.asOf, input.deadlineEnd) }, agency: row.id }]
      : [{ code: 'REPORT_MISSING', severity: 'warning', args: { ...common, days: row.daysLate ?? 0 }, agency: row.id }];
  }
  const out: Diagnostic[] = [];
  const location = row.file !== undefined ? { location: { file: row.file } } : {};
  if (row.status === 'late') {
    out.push({
      code: 'REPORT_LATE',
      severity: 'warning',
      args: { ...common, date: formatViDate(row.receivedOn ?? ''), days: row.daysLate ?? 0 },
      ...location,
      agency: row.id,
    });
  }
  // A date after "today" cannot be a real arrival date: say so rather than silently counting it.
  if (row.receivedOn !== undefined && row.receivedOn > input.asOf) {
    out.push({
      code: 'SUBMISSION_DATE_AFTER_AS_OF',
      severity: 'warning',
      args: { agencyName: row.name, date: formatViDate(row.receivedOn), asOf: formatViDate(input.asOf) },
      ...location,
      agency: row.id,
    });
  }
  if (row.receivedOn === undefined) out.push({ code: 'SUBMISSION_DATE_UNKNOWN', severity: 'warning', args: {}, ...location, agency: row.id });
  if (!row.expected) out.push({ code: 'REPORT_NOT_OWED', severity: 'info', args: common, ...location, agency: row.id });
  return out;
}

/** `2025-12-20` → `20/12/2025`, the way Vietnamese documents write dates. */
export function formatViDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return d !== undefined ? `${d}/${m}/${y}` : iso;
}

export function computeCompleteness(rows: readonly AgencyRow[]): Completeness {
  const expected = rows.filter((r) => r.expected);
  const count = (pred: (r: AgencyRow) => boolean): number => expected.filter(pred).length;
  const onTime = count((r) => r.status === 'on-time');
  const late = count((r) => r.status === 'late');
  const missing = count((r) => r.status === 'missing');
  const rate = (n: number): number | null => (expected.length === 0 ? null : n / expected.length);
  return {
    expected: expected.length,
    received: onTime + late,
    onTime,
    late,
    missing,
    notYetDue: count((r) => r.status === 'missing' && r.notYetDue),
    unexpected: rows.length - expected.length,
    completenessRate: rate(onTime + late),
    timelinessRate: rate(onTime),
  };
}
