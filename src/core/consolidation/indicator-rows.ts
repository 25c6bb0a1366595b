/**
 * Indicators year over year against the plan's targets. Where a figure
 * cannot be compared honestly (missing, previous year zero, different
 * agencies or definition behind it) the row carries a flag and a null, never
 * a guess.
 */
import type { Indicator, Plan } from '../plan/plan-schema.js';
import type { IndicatorFlag, IndicatorRow, PartInfo, PartYearValue } from './consolidated-report.js';
import type { IndicatorHistory } from './indicator-history.js';
import { computeCumulative, computeYearlyChange } from './indicator-change.js';
import { computeFlagNotes, computeMatchedRate, usedParts, withholdsVerdict } from './indicator-flags.js';
import { computePartValue, computeYearRange, type CountedByYear } from './part-values.js';

const FLAG_ORDER: readonly IndicatorFlag[] = [
  'MISSING_VALUE',
  'MISSING_PREVIOUS',
  'PREVIOUS_ZERO',
  'AGENCIES_CHANGED',
  'AGENCIES_REORGANISED',
  'DENOMINATOR_CHANGED',
  'DEFINITION_CHANGED',
  'PARTS_INCOMPLETE',
  'MISSING_BASE',
];

export function buildIndicatorRows(plan: Plan, year: number, countedByYear: CountedByYear, history: IndicatorHistory): IndicatorRow[] {
  const years = computeYearRange(year, plan.indicators.map((i) => i.target.baseYear), history, countedByYear);
  return plan.indicators.map((indicator) => buildRow(plan, indicator, year, years, countedByYear, history));
}

function buildRow(
  plan: Plan,
  indicator: Indicator,
  year: number,
  years: readonly number[],
  countedByYear: CountedByYear,
  history: IndicatorHistory,
): IndicatorRow {
  const parts: Record<string, Record<string, PartYearValue>> = {};
  for (const part of indicator.parts) {
    parts[part.id] = Object.fromEntries(years.map((y) => [String(y), computePartValue(part, y, countedByYear, history)]));
  }
  // A rate's numerator and denominator cover the same agencies (indicator-flags.ts).
  const valueOf = (y: number): number | null =>
    computeMatchedRate(indicator, y, parts, countedByYear) ??
    computeValue(indicator, (partId) => parts[partId]?.[String(y)]?.value ?? null);
  const values = Object.fromEntries(years.map((y) => [String(y), valueOf(y)]));
  const flags = new Set<IndicatorFlag>();
  const yearly = computeYearlyChange(indicator.target, values[String(year)] ?? null, values[String(year - 1)] ?? null);
  yearly.flags.forEach((f) => flags.add(f));
  const used = usedParts(indicator);
  for (const partId of used) {
    const current = parts[partId]?.[String(year)];
    const previous = parts[partId]?.[String(year - 1)];
    if (current && previous && definitionChanged(current, previous)) flags.add('DEFINITION_CHANGED');
  }
  const flagNotes = computeFlagNotes(plan, indicator, year, parts);
  for (const note of flagNotes) flags.add(note.flag);
  const withheld = withholdsVerdict([...flags]);
  const base = indicator.target.baseYear;
  const computed =
    year > base ? computeCumulative(indicator.target, year, values[String(year)] ?? null, values[String(base)] ?? null) : undefined;
  // A partial figure gets no verdict, cumulative or yearly: "Chưa đánh giá được".
  const cumulative = computed && withheld ? { ...computed, met: null } : computed;
  if (cumulative && cumulative.changePercent === null && (values[String(base)] ?? null) === null) flags.add('MISSING_BASE');
  return {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    values,
    parts,
    partInfo: indicator.parts.map((p): PartInfo => ({ id: p.id, name: p.name, unit: p.unit, role: partRole(indicator, p.id) })),
    changePercent: yearly.changePercent,
    target: { direction: indicator.target.direction, percentPerYear: indicator.target.percentPerYear, baseYear: base },
    met: withheld ? null : yearly.met,
    ...(cumulative ? { cumulative } : {}),
    flags: FLAG_ORDER.filter((f) => flags.has(f)),
    ...(flagNotes.length > 0 ? { flagNotes } : {}),
  };
}

/** count → the part's total; rate → numerator / denominator × scale (null on a zero denominator). */
export function computeValue(indicator: Indicator, partValue: (partId: string) => number | null): number | null {
  const c = indicator.compute;
  if (c.kind === 'count') return partValue(c.part);
  const numerator = partValue(c.numerator);
  const denominator = partValue(c.denominator);
  if (numerator === null || denominator === null || denominator === 0) return null;
  return (numerator / denominator) * c.scale;
}

function partRole(indicator: Indicator, partId: string): PartInfo['role'] {
  const c = indicator.compute;
  if (c.kind === 'count') return c.part === partId ? 'count' : 'other';
  return c.numerator === partId ? 'numerator' : c.denominator === partId ? 'denominator' : 'other';
}

function definitionChanged(current: PartYearValue, previous: PartYearValue): boolean {
  if (current.definition === undefined || previous.definition === undefined) return false;
  const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return squash(current.definition) !== squash(previous.definition);
}
