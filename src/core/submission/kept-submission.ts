/**
 * What is kept of a checked form once its diagnostics are known. A form's
 * Submission carries every cell address and origin for locating problems;
 * callers that check thousands of forms keep only what they go on to use,
 * so that memory does not grow with the number of forms by more than that.
 */
import type { CheckedFile, ReportedTask, Submission, SubmissionFacts, SubmissionSummary } from './submission.js';

/** `summary`: what `validate` prints; `facts`: what consolidation reads; `submission`: everything. */
export type Keep = 'summary' | 'facts' | 'submission';

export interface KeptSubmission {
  readonly summary: SubmissionSummary;
  readonly facts: SubmissionFacts;
  readonly submission: Submission;
}

export function keepOfCheckedFile<K extends Keep>(checked: CheckedFile<Submission>, keep: K): CheckedFile<KeptSubmission[K]>;
export function keepOfCheckedFile(checked: CheckedFile<Submission>, keep: Keep): CheckedFile {
  const s = checked.submission;
  if (s === undefined || keep === 'submission') return checked;
  return { ...checked, submission: keep === 'facts' ? factsOf(s) : summaryOf(s) };
}

export function summaryOf(s: Submission): SubmissionSummary {
  return {
    sha256: s.sha256,
    ...(s.agency !== undefined && { agency: s.agency }),
    ...(s.year !== undefined && { year: s.year }),
    ...(s.sheets !== undefined && { sheets: s.sheets }),
  };
}

export function factsOf(s: Submission): SubmissionFacts {
  const { agencyName, reportDate, contactName, phone, email } = s.cover;
  return {
    ...summaryOf(s),
    ...(s.modifiedAt !== undefined && { modifiedAt: s.modifiedAt }),
    cover: {
      ...(agencyName !== undefined && { agencyName }),
      ...(reportDate !== undefined && { reportDate }),
      ...(contactName !== undefined && { contactName }),
      ...(phone !== undefined && { phone }),
      ...(email !== undefined && { email }),
    },
    tasks: s.tasks.map(
      (t): ReportedTask => ({
        taskId: t.taskId,
        row: t.row,
        sheet: t.sheet,
        ...(t.status !== undefined && { status: t.status }),
        results: t.results,
        counts: t.counts,
        notes: t.notes,
      }),
    ),
    // Consolidation adds up the first figure given for a part: rows without one add nothing.
    indicators: s.indicators.flatMap((i) =>
      i.value !== undefined ? [{ partId: i.partId, value: i.value, sheet: i.sheet, cell: i.cells?.['value'] ?? `A${i.row}` }] : [],
    ),
  };
}
