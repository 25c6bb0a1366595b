/**
 * Which submissions count. Each file that was read as a form gets a date
 * (receipt, else cover report date, else file time) and, when an agency sent
 * more than one for the year, only the one received last counts (PRODUCT §7:
 * "the later one counts, and the user is told"; the forms say "chỉ tệp gửi
 * sau được tổng hợp"); the others are superseded, each with the basis of the
 * decision (docs/indicators.md, "Tệp nào được tổng hợp").
 *
 * A submission with errors still counts as received: the agency did report,
 * and its problems are listed beside it. Files that could not be read as a
 * form at all have no `submission` and are not submissions.
 */
import { countBySeverity } from '../diagnostics/diagnostic.js';
import type { CheckedFile, SubmissionFacts } from '../submission/submission.js';
import type { DateSource } from './consolidated-report.js';
import { dateOfTimestamp } from './plain-date.js';
import type { Receipt } from './receipt.js';

export interface DatedSubmission {
  readonly file: CheckedFile<SubmissionFacts>;
  readonly submission: SubmissionFacts;
  readonly year: number;
  readonly receivedOn?: string;
  readonly dateSource?: DateSource;
  /** The receipt's date-time (`receive --at`), when the file has a receipt: the first test of which file came last. */
  readonly receivedAt?: string;
  readonly errors: number;
  readonly warnings: number;
}

export interface CountedSet {
  /** Agency id → the submission that counts. */
  readonly counted: ReadonlyMap<string, DatedSubmission>;
  /** Superseded submission → the one that replaces it. */
  readonly superseded: ReadonlyMap<DatedSubmission, DatedSubmission>;
  /** Superseded submission → which test found the counted one later. */
  readonly supersededBasis: ReadonlyMap<DatedSubmission, SupersededBasis>;
}

/**
 * Why one submission of an agency was taken as later than another, in the
 * order the tests are tried: both have receipts and one was received later
 * (`receipt-time`); one's received date (receipt date, else cover date; a
 * file with neither comes first) is later (`received-date`); same day, one
 * file was modified later (`file-mtime`, weak: a copy or a checkout resets
 * it, so it only breaks ties); else the file name that sorts last by code
 * unit (`file-name`, stable and arbitrary).
 */
export type SupersededBasis = 'receipt-time' | 'received-date' | 'file-mtime' | 'file-name';

/** Dates every form in `files`; a form without a year is taken to be of `defaultYear` (the folder's year). */
export function dateSubmissions(
  files: readonly CheckedFile<SubmissionFacts>[],
  receipts: readonly Receipt[],
  defaultYear: number,
): DatedSubmission[] {
  const bySha = new Map(receipts.map((r) => [r.sha256, r]));
  const out: DatedSubmission[] = [];
  for (const file of files) {
    const submission = file.submission;
    if (!submission) continue;
    const counts = countBySeverity(file.diagnostics);
    const sha = submission.sha256 || file.sha256;
    const receipt = sha ? bySha.get(sha) : undefined;
    const date = pickDate(receipt, submission);
    out.push({
      file,
      submission,
      year: submission.year ?? defaultYear,
      ...date,
      ...(receipt ? { receivedAt: receipt.receivedAt } : {}),
      errors: counts.error,
      warnings: counts.warning,
    });
  }
  return out.sort((a, b) => compareText(a.file.file, b.file.file));
}

function pickDate(receipt: Receipt | undefined, s: SubmissionFacts): { receivedOn?: string; dateSource?: DateSource } {
  const fromReceipt = receipt && dateOfTimestamp(receipt.receivedAt);
  if (fromReceipt) return { receivedOn: fromReceipt, dateSource: 'receipt' };
  if (s.cover.reportDate) return { receivedOn: s.cover.reportDate, dateSource: 'cover' };
  const fromMtime = s.modifiedAt && dateOfTimestamp(s.modifiedAt);
  if (fromMtime) return { receivedOn: fromMtime, dateSource: 'file-mtime' };
  return {};
}

/** Per agency, the submission received last counts (see `SupersededBasis` for the order of the tests). */
export function selectCounted(dated: readonly DatedSubmission[]): CountedSet {
  const byAgency = new Map<string, DatedSubmission[]>();
  for (const d of dated) {
    const agency = d.submission.agency;
    if (agency === undefined) continue;
    const list = byAgency.get(agency);
    if (list) list.push(d);
    else byAgency.set(agency, [d]);
  }
  const counted = new Map<string, DatedSubmission>();
  const superseded = new Map<DatedSubmission, DatedSubmission>();
  const supersededBasis = new Map<DatedSubmission, SupersededBasis>();
  for (const [agency, list] of [...byAgency].sort((a, b) => compareText(a[0], b[0]))) {
    const ordered = [...list].sort((a, b) => compareArrival(a, b).order);
    const latest = ordered[ordered.length - 1]!;
    counted.set(agency, latest);
    for (const older of ordered.slice(0, -1)) {
      superseded.set(older, latest);
      supersededBasis.set(older, compareArrival(older, latest).basis);
    }
  }
  return { counted, superseded, supersededBasis };
}

/** Negative when `a` arrived before `b`, with the test that decided it. */
export function compareArrival(a: DatedSubmission, b: DatedSubmission): { order: number; basis: SupersededBasis } {
  if (a.receivedAt !== undefined && b.receivedAt !== undefined) {
    const order = Math.sign(instantOf(a.receivedAt) - instantOf(b.receivedAt));
    if (order !== 0) return { order, basis: 'receipt-time' };
  }
  const byDate = compareOptional(arrivalDate(a), arrivalDate(b));
  if (byDate !== 0) return { order: byDate, basis: 'received-date' };
  const aTime = a.submission.modifiedAt;
  const bTime = b.submission.modifiedAt;
  const byTime = aTime !== undefined && bTime !== undefined ? Math.sign(instantOf(aTime) - instantOf(bTime)) : compareOptional(aTime, bTime);
  if (byTime !== 0) return { order: byTime, basis: 'file-mtime' };
  return { order: compareText(a.file.file, b.file.file), basis: 'file-name' };
}

/** Receipt date, else cover date: the file time is too weak to decide which came later, only to break a tie. */
function arrivalDate(d: DatedSubmission): string | undefined {
  return d.dateSource === 'receipt' || d.dateSource === 'cover' ? d.receivedOn : undefined;
}

/** Milliseconds of an ISO date-time; one without a zone is a time in Vietnam (UTC+7), as `dateOfTimestamp` reads it. */
function instantOf(timestamp: string): number {
  const zoned = /(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(timestamp) ? timestamp : `${timestamp}+07:00`;
  const t = Date.parse(zoned);
  return Number.isNaN(t) ? 0 : t;
}

/** Unknown sorts first: a dated submission is taken to be the later one. */
function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return compareText(a, b);
}

/** Code-point order: locale-independent, so output is the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
