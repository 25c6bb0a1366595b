/**
 * Indicators year over year against the plan's targets. Where a figure
 * cannot be compared honestly (missing, previous year zero, different
 * agencies or definition behind it) the row carries a flag and a null, never
 * a guess.
 */
import { referenceDate, resolveHolders } from '../plan/agency-lifetime.js';
import { agencyById, indicatorObligationsOf } from '../plan/plan-index.js';
import type { Indicator, Plan } from '../plan/plan-schema.js';
import type { IndicatorFlag, IndicatorRow, PartInfo, PartYearValue } from './consolidated-report.js';
import type { IndicatorHistory } from './indicator-history.js';
import { computeCumulative, computeYearlyChange } from './indicator-change.js';
import { computePartValue, computeYearRange, type CountedByYear } from './part-values.js';
import { computeTerritoryBase, resolveOwnTerritory, withTerritoryBase } from './territory-base.js';

const FLAG_ORDER: readonly IndicatorFlag[] = [
  'MISSING_VALUE',
  'MISSING_PREVIOUS',
  'PREVIOUS_ZERO',
  'AGENCIES_CHANGED',
  'DEFINITION_CHANGED',
  'PARTS_INCOMPLETE',
  'MISSING_BASE',
  'TERRITORY_PARTIAL_BASE',
];

export function buildIndicatorRows(plan: Plan, year: number, countedByYear: CountedByYear, recorded: IndicatorHistory): IndicatorRow[] {
  const history = resolveOwnTerritory(plan, recorded);
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
  const valueOf = (y: number): number | null => computeValue(indicator, (partId) => parts[partId]?.[String(y)]?.value ?? null);
  const values = Object.fromEntries(years.map((y) => [String(y), valueOf(y)]));
  const flags = new Set<IndicatorFlag>();
  // Y-1 on Y's territory (territory-base.ts): the sum of the old territories' figures across a merger.
  const previous = computeTerritoryBase(plan, indicator, year, year - 1, countedByYear, history);
  const previousValue = computeValue(indicator, (partId) => previous.parts[partId]?.value ?? null);
  const yearly = computeYearlyChange(indicator.target, values[String(year)] ?? null, previousValue);
  yearly.flags.forEach((f) => flags.add(f));
  const used = usedParts(indicator);
  for (const partId of used) {
    const current = parts[partId]?.[String(year)];
    const previous = parts[partId]?.[String(year - 1)];
    if (current && previous && agenciesChanged(plan, year, current, previous)) flags.add('AGENCIES_CHANGED');
    if (current && previous && definitionChanged(current, previous)) flags.add('DEFINITION_CHANGED');
    if (current && isIncomplete(plan, year, partId, current)) flags.add('PARTS_INCOMPLETE');
  }
  const base = indicator.target.baseYear;
  const baseOn = year > base ? computeTerritoryBase(plan, indicator, year, base, countedByYear, history) : undefined;
  const baseValue = baseOn ? computeValue(indicator, (partId) => baseOn.parts[partId]?.value ?? null) : null;
  const cumulative = baseOn && withTerritoryBase(computeCumulative(indicator.target, year, values[String(year)] ?? null, baseValue), baseOn, baseValue);
  if (cumulative && cumulative.changePercent === null && baseValue === null) flags.add('MISSING_BASE');
  const baseGaps = [...previous.gaps, ...(baseOn && baseOn.year !== previous.year ? baseOn.gaps : [])];
  if (baseGaps.length > 0) flags.add('TERRITORY_PARTIAL_BASE');
  return {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    values,
    parts,
    partInfo: indicator.parts.map((p): PartInfo => ({ id: p.id, name: p.name, unit: p.unit, role: partRole(indicator, p.id) })),
    changePercent: yearly.changePercent,
    target: { direction: indicator.target.direction, percentPerYear: indicator.target.percentPerYear, baseYear: base },
    met: previous.gaps.length > 0 ? null : yearly.met,
    ...(cumulative ? { cumulative } : {}),
    flags: FLAG_ORDER.filter((f) => flags.has(f)),
    previousTerritories: previous.territories,
    previousValue,
    previousParts: previous.parts,
    baseGaps,
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

function usedParts(indicator: Indicator): string[] {
  const c = indicator.compute;
  return c.kind === 'count' ? [c.part] : [c.numerator, c.denominator];
}

function partRole(indicator: Indicator, partId: string): PartInfo['role'] {
  const c = indicator.compute;
  if (c.kind === 'count') return c.part === partId ? 'count' : 'other';
  return c.numerator === partId ? 'numerator' : c.denominator === partId ? 'denominator' : 'other';
}

/**
 * Compared through succession: last year's agencies are mapped to whoever
 * holds their safety duties this year, so Sở LĐTBXH (2024) → Sở Nội vụ
 * (2025) is the same source, not a change. History figures name no agencies.
 */
function agenciesChanged(plan: Plan, year: number, current: PartYearValue, previous: PartYearValue): boolean {
  if (current.source !== 'submissions' || previous.source !== 'submissions') return false;
  if (current.value === null || previous.value === null) return false;
  const agencies = agencyById(plan);
  const date = referenceDate(plan, year);
  const mapped = new Set(previous.agencies.flatMap((a) => {
    const holders = resolveHolders(agencies, a, 'atvsld', date);
    return holders.length > 0 ? holders : [a];
  }));
  const now = new Set(current.agencies);
  return mapped.size !== now.size || [...mapped].some((a) => !now.has(a));
}

function definitionChanged(current: PartYearValue, previous: PartYearValue): boolean {
  if (current.definition === undefined || previous.definition === undefined) return false;
  const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return squash(current.definition) !== squash(previous.definition);
}

function isIncomplete(plan: Plan, year: number, partId: string, current: PartYearValue): boolean {
  if (current.source !== 'submissions' || current.value === null) return false;
  const owing = indicatorObligationsOf(plan, year).filter((o) => o.part === partId).map((o) => o.agency);
  return owing.some((a) => !current.agencies.includes(a));
}
