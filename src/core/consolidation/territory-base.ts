/**
 * Like-for-like bases: a year's change compares the same territory in both
 * years. When the province's territory changed between an earlier year and
 * report year Y (tỉnh Bắc Ninh since 1/7/2025 = old Bắc Giang + old Bắc
 * Ninh), the earlier year's figure is the sum of the figures of the
 * territories that make up Y's territory, part by part; a rate is then
 * computed from the summed numerator and denominator, never averaged.
 *
 * The plan's own territory of the earlier year gives its parts as always
 * (its submissions, else the history file); a territory the plan did not
 * cover gives them from the history file only. A territory without a figure
 * leaves a gap: the base is partial and no verdict is given on it.
 */
import type { Indicator, Plan } from '../plan/plan-schema.js';
import { territoriesById, territoryComponents, territoryOfYear } from '../plan/territories.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CumulativeChange, IndicatorRow, PartYearValue, TerritoryName } from './consolidated-report.js';
import { historyFigure, territoryPart, type IndicatorHistory } from './indicator-history.js';
import { computePartValue, type CountedByYear } from './part-values.js';

/** One territory's share of a base part (the old Bắc Ninh's 2024 deaths). */
export interface BaseComponent {
  readonly territory: string;
  /** Null when neither its submissions nor the history file give the figure. */
  readonly value: number | null;
  readonly source: 'submissions' | 'history';
  /** Agencies whose reports were summed (submissions only). */
  readonly agencies: readonly string[];
  /** The history file's source and note for the figure. */
  readonly note?: string;
}

/** A base part: the sum of its territories' figures (of those that have one). */
export interface BasePartValue {
  readonly value: number | null;
  readonly components: readonly BaseComponent[];
}

/** A territory of a base that has no figure for some parts of an indicator. */
export interface TerritoryGap {
  readonly territory: string;
  readonly year: number;
  readonly parts: readonly string[];
}

export interface TerritoryBase {
  /** The earlier year. */
  readonly year: number;
  /** Territories whose figures of `year` make up report year Y's territory (one id when it did not change). */
  readonly territories: readonly string[];
  /** Part id → summed figure, for every part of the indicator. */
  readonly parts: Readonly<Record<string, BasePartValue>>;
  /** Territories (of several) missing a part the indicator is computed from; empty when the base is whole. */
  readonly gaps: readonly TerritoryGap[];
}

/** The base of `indicator` in `baseYear` on the territory of report year `year`. */
export function computeTerritoryBase(
  plan: Plan,
  indicator: Indicator,
  year: number,
  baseYear: number,
  countedByYear: CountedByYear,
  history: IndicatorHistory,
): TerritoryBase {
  const territories = territoryComponents(plan, territoryOfYear(plan, year).id, baseYear);
  const own = territoryOfYear(plan, baseYear).id;
  const parts: Record<string, BasePartValue> = {};
  for (const part of indicator.parts) {
    const components = territories.map((territory) =>
      territory === own ? ownComponent(computePartValue(part, baseYear, countedByYear, history), territory) : historyComponent(history, baseYear, territory, part.id),
    );
    const known = components.filter((c) => c.value !== null);
    parts[part.id] = { value: known.length > 0 ? known.reduce((sum, c) => sum + (c.value ?? 0), 0) : null, components };
  }
  const used = usedParts(indicator);
  // A base with no figure at all is missing (MISSING_PREVIOUS, MISSING_BASE), not partial.
  const anyFigure = used.some((p) => parts[p]?.value !== null);
  const gaps =
    territories.length < 2 || !anyFigure
      ? []
      : territories
          .map((territory, k): TerritoryGap => ({ territory, year: baseYear, parts: used.filter((p) => parts[p]?.components[k]?.value === null) }))
          .filter((g) => g.parts.length > 0);
  return { year: baseYear, territories, parts, gaps };
}

/**
 * The history with the year's own territory resolved: figures recorded
 * under the territory id of the plan's territory of that year (a year
 * recorded by `history record`) join the first shape's figures of that
 * year, so that they are read wherever a year's own figures are.
 */
export function resolveOwnTerritory(plan: Plan, history: IndicatorHistory): IndicatorHistory {
  const years: Record<string, Record<string, NonNullable<ReturnType<typeof territoryPart>>>> = {};
  for (const [year, parts] of Object.entries(history.years)) years[year] = { ...parts };
  for (const [year, byTerritory] of Object.entries(history.territories)) {
    const figures = byTerritory[territoryOfYear(plan, Number(year)).id];
    if (!figures) continue;
    const merged = (years[year] ??= {});
    for (const partId of Object.keys(figures.parts)) merged[partId] = territoryPart(figures, partId)!;
  }
  return { ...history, years };
}

function ownComponent(v: PartYearValue, territory: string): BaseComponent {
  return { territory, value: v.value, source: v.source, agencies: v.agencies, ...(v.note !== undefined ? { note: v.note } : {}) };
}

function historyComponent(history: IndicatorHistory, year: number, territory: string, partId: string): BaseComponent {
  const figure = historyFigure(history, year, territory, false, partId);
  const note = [figure?.source, figure?.note].filter((s): s is string => s !== undefined).join('; ');
  return { territory, value: figure?.value ?? null, source: 'history', agencies: figure?.agencies ?? [], ...(note ? { note } : {}) };
}

function usedParts(indicator: Indicator): string[] {
  const c = indicator.compute;
  return c.kind === 'count' ? [c.part] : [c.numerator, c.denominator];
}

/** The cumulative change with the territories of its base; no verdict on a partial base. */
export function withTerritoryBase(cumulative: CumulativeChange, base: TerritoryBase, baseValue: number | null): CumulativeChange {
  return {
    ...cumulative,
    ...(base.gaps.length > 0 ? { met: null } : {}),
    baseTerritories: base.territories,
    baseValue,
  };
}

/** Y's territory, then every other territory the rows' bases name (first seen first), with their plan names. */
export function namedTerritories(plan: Plan, year: number, rows: readonly IndicatorRow[]): TerritoryName[] {
  const known = territoriesById(plan);
  const ids = [territoryOfYear(plan, year).id];
  for (const row of rows) {
    for (const id of [...row.previousTerritories, ...(row.cumulative?.baseTerritories ?? []), ...row.baseGaps.map((g) => g.territory)]) {
      if (!ids.includes(id)) ids.push(id);
    }
  }
  return ids.map((id) => ({ id, name: known.get(id)?.name ?? id }));
}

/** One warning per territory and year missing from a base, worded from the catalog (`TERRITORY_PARTIAL_BASE`). */
export function baseGapDiagnostics(plan: Plan, rows: readonly IndicatorRow[]): Diagnostic[] {
  const known = territoriesById(plan);
  return rows.flatMap((row) =>
    row.baseGaps.map((gap): Diagnostic => ({
      code: 'TERRITORY_PARTIAL_BASE',
      severity: 'warning',
      args: {
        indicator: row.name,
        territory: gap.territory,
        territoryName: known.get(gap.territory)?.name ?? gap.territory,
        year: gap.year,
        parts: gap.parts.join(', '),
      },
    })),
  );
}
