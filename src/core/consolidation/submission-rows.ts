/** The list of form files of year Y, and the diagnostics consolidation adds to single files. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SubmissionRow } from './consolidated-report.js';
import type { CountedSet, DatedSubmission } from './counted-submissions.js';
import { formatViDate } from './agency-rows.js';
import { computeDaysLate } from './deadline-end.js';

export function buildSubmissionRows(dated: readonly DatedSubmission[], current: CountedSet, deadlineEnd: string): SubmissionRow[] {
  return dated.map((d) => {
    const by = current.superseded.get(d);
    const basis = current.supersededBasis.get(d);
    const late = d.receivedOn === undefined ? undefined : computeDaysLate(deadlineEnd, d.receivedOn);
    return {
      file: d.file.file,
      ...(d.submission.agency !== undefined ? { agency: d.submission.agency } : {}),
      year: d.year,
      ...(d.receivedOn !== undefined ? { receivedOn: d.receivedOn, dateSource: d.dateSource } : {}),
      onTime: late === undefined ? null : late === 0,
      ...(late !== undefined ? { daysLate: late } : {}),
      ...(d.submission.sha256 ? { sha256: d.submission.sha256 } : {}),
      superseded: by !== undefined,
      ...(by !== undefined ? { supersededBy: by.file.file } : {}),
      ...(basis !== undefined ? { supersededBasis: basis } : {}),
      errors: d.errors,
      warnings: d.warnings,
    };
  });
}

/** File → diagnostics that consolidation adds: another year's form, unknown sender, superseded by a later file. */
export function fileDiagnostics(dated: readonly DatedSubmission[], current: CountedSet, year: number): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  const add = (d: DatedSubmission, diagnostic: Diagnostic): void => {
    out.set(d.file.file, [...(out.get(d.file.file) ?? []), diagnostic]);
  };
  for (const d of dated) {
    const location = { file: d.file.file };
    const agency = d.submission.agency;
    const about = agency !== undefined ? { agency } : {};
    if (d.year !== year) {
      add(d, { code: 'SUBMISSION_OTHER_YEAR', severity: 'warning', args: { year, fileYear: d.year }, location, ...about });
    } else if (agency === undefined) {
      add(d, { code: 'SUBMISSION_AGENCY_UNKNOWN', severity: 'error', args: {}, location });
    }
    const by = current.superseded.get(d);
    if (by && agency !== undefined) {
      const reason = `superseded-${current.supersededBasis.get(d) ?? 'file-name'}`;
      const when = arrivalArgs(d, by);
      add(d, { code: 'SUBMISSION_SUPERSEDED', severity: 'info', args: { agency, by: by.file.file, reason, ...when }, location, agency });
    }
  }
  return out;
}

/** What the reason's wording quotes: the two receipt times, received dates and file times, where known. */
function arrivalArgs(d: DatedSubmission, by: DatedSubmission): Record<string, string> {
  const out: Record<string, string> = {};
  if (d.receivedAt !== undefined) out.at = d.receivedAt;
  if (by.receivedAt !== undefined) out.byAt = by.receivedAt;
  if (d.receivedOn !== undefined) out.date = formatViDate(d.receivedOn);
  if (by.receivedOn !== undefined) out.byDate = formatViDate(by.receivedOn);
  if (d.submission.modifiedAt !== undefined) out.modified = d.submission.modifiedAt;
  if (by.submission.modifiedAt !== undefined) out.byModified = by.submission.modifiedAt;
  return out;
}
