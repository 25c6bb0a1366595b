/**
 * `atvsld status` as a list to act on: one line per agency owing a report,
 * sorted by name as Vietnamese sorts it, each with its state, the first
 * reason in words and whom to call. Pure: the report and last year's
 * contacts in, rows out.
 */
import type { AgencyRow, ConsolidatedReport } from './consolidated-report.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export type ChaseState = 'on-time' | 'late' | 'missing' | 'not-yet-due' | 'with-errors' | 'not-expected';

/** Why an agency is on the list, as a UI text key and its arguments, or a diagnostic to word in full. */
export type ChaseReason =
  | { readonly kind: 'task-missing'; readonly task: string; readonly role: 'lead' | 'support' }
  | { readonly kind: 'other-year'; readonly year: number }
  | { readonly kind: 'diagnostic'; readonly diagnostic: Diagnostic };

export interface ChaseRow {
  readonly id: string;
  readonly name: string;
  readonly state: ChaseState;
  /** Days late (late), days overdue (missing), absent otherwise. */
  readonly days?: number;
  readonly receivedOn?: string;
  readonly errors: number;
  readonly warnings: number;
  readonly reason?: ChaseReason;
  readonly contact?: string;
  /** Where the contact comes from: this year's cover, last year's, or the plan. */
  readonly contactFrom?: 'cover' | 'last-year' | 'plan';
  readonly file?: string;
}

const collator = new Intl.Collator('vi');

/** Compare agency names as Vietnamese sorts them (Đ after D, tones after the bare letter). */
export function compareAgencyNames(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function buildChaseList(report: ConsolidatedReport, lastYearContacts: ReadonlyMap<string, string> = new Map()): ChaseRow[] {
  const rows = report.agencies.map((a) => chaseRow(a, report, lastYearContacts));
  return rows.sort(compareAgencyNames);
}

function chaseRow(a: AgencyRow, report: ConsolidatedReport, lastYear: ReadonlyMap<string, string>): ChaseRow {
  const reason = firstReason(a, report.diagnostics);
  const fromCover = a.status !== 'missing' && a.contact !== undefined;
  const contact = fromCover ? a.contact : (lastYear.get(a.id) ?? a.contact);
  const contactFrom = contact === undefined ? undefined : fromCover ? 'cover' : lastYear.has(a.id) ? 'last-year' : 'plan';
  return {
    id: a.id,
    name: a.name,
    state: stateOf(a),
    ...(a.daysLate !== undefined && a.daysLate > 0 ? { days: a.daysLate } : {}),
    ...(a.receivedOn !== undefined ? { receivedOn: a.receivedOn } : {}),
    errors: a.errors,
    warnings: a.warnings,
    ...(reason !== undefined ? { reason } : {}),
    ...(contact !== undefined ? { contact } : {}),
    ...(contactFrom !== undefined ? { contactFrom } : {}),
    ...(a.file !== undefined ? { file: a.file } : {}),
  };
}

function stateOf(a: AgencyRow): ChaseState {
  if (!a.expected) return 'not-expected';
  if (a.status === 'missing') return a.notYetDue ? 'not-yet-due' : 'missing';
  if (a.errors > 0) return 'with-errors';
  return a.status;
}

/**
 * The first thing to tell the agency: for a form received, its first error
 * (a whole lead task missing reads "thiếu nhiệm vụ 2.1 (chủ trì)"); for none
 * received, a form of another year it sent instead.
 */
function firstReason(a: AgencyRow, diagnostics: readonly Diagnostic[]): ChaseReason | undefined {
  for (const d of diagnostics) {
    if (a.file !== undefined && d.location?.file === a.file && d.severity === 'error') return reasonOf(d);
    if (a.status === 'missing' && d.agency === a.id && (d.code === 'SUBMISSION_OTHER_YEAR' || d.code === 'FORM_OTHER_YEAR')) return reasonOf(d);
  }
  return undefined;
}

function reasonOf(d: Diagnostic): ChaseReason {
  if (d.code === 'TASK_MISSING_LEAD' || d.code === 'TASK_MISSING_SUPPORT') {
    return { kind: 'task-missing', task: String(d.args.task), role: d.code === 'TASK_MISSING_LEAD' ? 'lead' : 'support' };
  }
  if (d.code === 'SUBMISSION_OTHER_YEAR') return { kind: 'other-year', year: Number(d.args.fileYear) };
  if (d.code === 'FORM_OTHER_YEAR') return { kind: 'other-year', year: Number(d.args.year) };
  return { kind: 'diagnostic', diagnostic: d };
}
