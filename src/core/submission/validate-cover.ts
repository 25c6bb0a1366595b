/**
 * Required cover fields are filled, and the report date is a real date of the
 * reporting year or the next, neither month/day-swapped nor earlier than the form.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { COVER_FIELDS } from '../form/form-layout.js';
import type { Calendar } from '../plan/plan-schema.js';
import { pushAll } from '../collections/push-all.js';
import { formatIsoDate } from './cell-reader.js';
import { validateReportDate } from './validate-report-date.js';
import { submissionDiagnostic } from './submission-diagnostic.js';
import type { Submission } from './submission.js';

export function validateCover(s: Submission, year: number | undefined, calendar: Pick<Calendar, 'agencyDeadline'>): Diagnostic[] {
  const sheet = s.sheets?.cover;
  if (sheet === undefined) return [];
  const out: Diagnostic[] = [];
  const about = s.agency !== undefined ? { agency: s.agency } : {};
  const siteOf = (key: string) => ({ file: s.file, sheet, ...s.cover.origins[key] });
  for (const field of COVER_FIELDS) {
    if (!field.required) continue;
    const written = field.key === 'reportDate' ? s.cover.reportDateText : field.key === 'year' ? s.cover.yearText : undefined;
    const filled = s.cover[field.key] !== undefined || written !== undefined;
    if (!filled) out.push(submissionDiagnostic('COVER_FIELD_MISSING', { field: field.label }, siteOf(field.key), about));
  }
  if (s.cover.yearText !== undefined) {
    const label = COVER_FIELDS.find((f) => f.key === 'year')!.label;
    out.push(submissionDiagnostic('COVER_VALUE_INVALID', { field: label, value: s.cover.yearText }, siteOf('year'), about));
  }
  const range = year !== undefined ? { year, nextYear: year + 1 } : { year: '?', nextYear: '?' };
  const { reportDate, reportDateText } = s.cover;
  if (reportDateText !== undefined) {
    out.push(submissionDiagnostic('COVER_DATE_INVALID', { value: reportDateText, ...range }, siteOf('reportDate'), about));
  } else if (reportDate !== undefined && year !== undefined) {
    const dateYear = Number(reportDate.slice(0, 4));
    if (dateYear !== year && dateYear !== year + 1) {
      out.push(submissionDiagnostic('COVER_DATE_INVALID', { value: formatIsoDate(reportDate), ...range }, siteOf('reportDate'), about));
    }
  }
  pushAll(out, validateReportDate(s, year, calendar));
  return out;
}
