/**
 * A report date that is a real date of the right year but still doubtful
 * (docs/report-form.md, "Ngày báo cáo đáng ngờ / Doubtful report dates"):
 *
 * - COVER_DATE_SWAPPED: Vietnamese clerks type day/month; a spreadsheet set
 *   to English dates (month/day) turns "10/12/2025" into 12 October 2025.
 *   Only days 1–12 can be misread so, and only in a date cell (text is read
 *   as day/month by atvsld itself). Flagged when the date as read lies
 *   outside the reporting window and the same date with day and month
 *   swapped lies inside it.
 * - COVER_DATE_BEFORE_FORM: earlier than the day the form was generated
 *   (`generated-on` of the hidden metadata); a form without that key, written
 *   by an older atvsld, is not checked.
 *
 * Both point at the cover's report date, the cell the clerk can change.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Calendar } from '../plan/plan-schema.js';
import { formatIsoDate } from './cell-reader.js';
import { submissionDiagnostic } from './submission-diagnostic.js';
import type { Submission } from './submission.js';

/** First and last day (`YYYY-MM-DD`, inclusive) of the window report dates of `year` are expected in. */
export interface ReportingWindow {
  readonly from: string;
  readonly to: string;
}

/**
 * From the first day of the agency deadline's month to the last day of the
 * month after it: deadline 20/12 → 01/12/2025 to 31/01/2026 for 2025 (late
 * reports of January included).
 */
export function reportingWindow(calendar: Pick<Calendar, 'agencyDeadline'>, year: number): ReportingWindow {
  const month = Number(calendar.agencyDeadline.slice(0, 2));
  const from = new Date(Date.UTC(year, month - 1, 1));
  // Day 0 of the month two months on is the last day of the month after the deadline's.
  const to = new Date(Date.UTC(year, month + 1, 0));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/** The date with day and month exchanged, when that is another real date (day 1–12, day ≠ month). */
export function swapDayAndMonth(iso: string): string | undefined {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (d > 12 || d === m) return undefined;
  const swapped = new Date(Date.UTC(y, d - 1, m));
  if (swapped.getUTCMonth() !== d - 1) return undefined;
  return swapped.toISOString().slice(0, 10);
}

export function validateReportDate(s: Submission, year: number | undefined, calendar: Pick<Calendar, 'agencyDeadline'>): Diagnostic[] {
  const date = s.cover.reportDate;
  const sheet = s.sheets?.cover;
  if (date === undefined || year === undefined || sheet === undefined) return [];
  const dateYear = Number(date.slice(0, 4));
  // Another year is COVER_DATE_INVALID already.
  if (dateYear !== year && dateYear !== year + 1) return [];
  const site = { file: s.file, sheet, ...s.cover.origins.reportDate };
  const about = s.agency !== undefined ? { agency: s.agency } : {};

  const window = reportingWindow(calendar, year);
  const inWindow = (iso: string): boolean => iso >= window.from && iso <= window.to;
  const swapped = s.cover.reportDateFromText ? undefined : swapDayAndMonth(date);
  if (swapped !== undefined && !inWindow(date) && inWindow(swapped)) {
    const args = {
      date: formatIsoDate(date), swapped: formatIsoDate(swapped), from: formatIsoDate(window.from), to: formatIsoDate(window.to),
      dateIso: date, swappedIso: swapped, fromIso: window.from, toIso: window.to,
    };
    // The swap explains an early date too: one warning, not two.
    return [submissionDiagnostic('COVER_DATE_SWAPPED', args, site, about)];
  }
  const generatedOn = s.meta.generatedOn;
  if (generatedOn !== undefined && date < generatedOn) {
    const args = { date: formatIsoDate(date), generatedOn: formatIsoDate(generatedOn), dateIso: date, generatedOnIso: generatedOn };
    return [submissionDiagnostic('COVER_DATE_BEFORE_FORM', args, site, about)];
  }
  return [];
}
