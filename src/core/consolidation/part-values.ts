/**
 * A part's province value for one year: the sum of the figures of the
 * agencies that reported it in that year's counted submissions, or the
 * history file's figure for years before the tool was used. A year with no
 * figure gives `null`, never zero: a missing figure is not a zero.
 */
import type { IndicatorPart } from '../plan/plan-schema.js';
import type { PartYearValue } from './consolidated-report.js';
import { compareText, type DatedSubmission } from './counted-submissions.js';
import type { IndicatorHistory } from './indicator-history.js';
import { minOf } from '../collections/push-all.js';

/** Counted submissions per year: year → agency → submission. */
export type CountedByYear = ReadonlyMap<number, ReadonlyMap<string, DatedSubmission>>;

export function computePartValue(
  part: IndicatorPart,
  year: number,
  countedByYear: CountedByYear,
  history: IndicatorHistory,
): PartYearValue {
  const figures: { agency: string; value: number }[] = [];
  for (const [agency, d] of countedByYear.get(year) ?? []) {
    const report = d.submission.indicators.find((r) => r.partId === part.id && r.value !== undefined);
    if (report?.value !== undefined) figures.push({ agency, value: report.value });
  }
  const definition = part.definition !== undefined ? { definition: part.definition } : {};
  if (figures.length > 0) {
    return {
      value: figures.reduce((sum, f) => sum + f.value, 0),
      source: 'submissions',
      agencies: figures.map((f) => f.agency).sort(compareText),
      ...definition,
    };
  }
  const entry = history.years[String(year)]?.[part.id];
  if (entry) {
    return {
      value: entry.value,
      source: 'history',
      agencies: [],
      ...(entry.definition !== undefined ? { definition: entry.definition } : definition),
      ...(entry.note !== undefined || entry.source !== undefined
        ? { note: [entry.source, entry.note].filter((s) => s !== undefined).join('; ') }
        : {}),
    };
  }
  return { value: null, source: 'submissions', agencies: [], ...definition };
}

/** The years an indicator table shows: from the earliest year with data (or the base year) through Y. */
export function computeYearRange(year: number, baseYears: readonly number[], history: IndicatorHistory, countedByYear: CountedByYear): number[] {
  // Years far from Y add nothing to a yearly report and would bloat it.
  const floor = year - 10;
  const known = [...baseYears, ...Object.keys(history.years).map(Number), ...countedByYear.keys()].filter(
    (y) => y >= floor && y <= year,
  );
  const first = minOf(known, year);
  return Array.from({ length: year - first + 1 }, (_, i) => first + i);
}
