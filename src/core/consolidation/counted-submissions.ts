/**
 * Which submissions count. Each file that was read as a form gets a date
 * (receipt, else cover report date, else file time) and, when an agency sent
 * more than one for the year, only the later one counts (PRODUCT §7: "the
 * later one counts, and the user is told"); the others are superseded.
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
  readonly errors: number;
  readonly warnings: number;
}

export interface CountedSet {
  /** Agency id → the submission that counts. */
  readonly counted: ReadonlyMap<string, DatedSubmission>;
  /** Superseded submission → the one that replaces it. */
  readonly superseded: ReadonlyMap<DatedSubmission, DatedSubmission>;
}

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

/** Per agency, the later submission counts: by cover date, then file time, then receipt time, then file name. */
export function selectCounted(dated: readonly DatedSubmission[]): CountedSet {
  const byAgency = new Map<string, DatedSubmission[]>();
  for (const d of dated) {
    const agency = d.submission.agency;
    if (agency === undefined) continue;
    byAgency.set(agency, [...(byAgency.get(agency) ?? []), d]);
  }
  const counted = new Map<string, DatedSubmission>();
  const superseded = new Map<DatedSubmission, DatedSubmission>();
  for (const [agency, list] of [...byAgency].sort((a, b) => compareText(a[0], b[0]))) {
    const ordered = [...list].sort(compareAge);
    const latest = ordered[ordered.length - 1]!;
    counted.set(agency, latest);
    for (const older of ordered.slice(0, -1)) superseded.set(older, latest);
  }
  return { counted, superseded };
}

function compareAge(a: DatedSubmission, b: DatedSubmission): number {
  return (
    compareOptional(a.submission.cover.reportDate, b.submission.cover.reportDate) ||
    compareOptional(a.submission.modifiedAt, b.submission.modifiedAt) ||
    compareOptional(a.dateSource === 'receipt' ? a.receivedOn : undefined, b.dateSource === 'receipt' ? b.receivedOn : undefined) ||
    compareText(a.file.file, b.file.file)
  );
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
