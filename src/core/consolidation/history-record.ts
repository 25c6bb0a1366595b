/**
 * A year's final figures as the history file keeps them (`atvsld history
 * record`): the province's parts of report year Y on Y's territory, who
 * reported them, the indicator values, the as-of date and the consolidated
 * workbook's sha256, so that later years compare with them without anyone
 * typing them in, and anyone can see where each figure came from.
 */
import type { Plan } from '../plan/plan-schema.js';
import { territoryOfYear } from '../plan/territories.js';
import type { ConsolidatedReport } from './consolidated-report.js';
import type { HistoryValue, IndicatorHistory, TerritoryFigures } from './indicator-history.js';

export interface HistoryRecord {
  readonly year: number;
  readonly territory: string;
  readonly figures: TerritoryFigures;
}

export interface RecordFacts {
  /** The day the record is written (`--as-of` of the command, else today). */
  readonly recordedOn: string;
  /** The consolidated workbook the figures are taken from: its file name and sha256. */
  readonly reportFile: string;
  readonly sha256: string;
}

/** The record of `report` (year Y): every part with a value in Y, in plan order; a missing part is left out, never zero. */
export function buildHistoryRecord(plan: Plan, report: ConsolidatedReport, facts: RecordFacts): HistoryRecord {
  const year = String(report.year);
  const territory = territoryOfYear(plan, report.year);
  const parts: Record<string, HistoryValue> = {};
  const values: Record<string, number | null> = {};
  // A definition is kept only where it differs from the plan's own: that is what a later comparison must flag.
  const planDefinition = new Map(plan.indicators.flatMap((i) => i.parts.map((p) => [p.id, p.definition] as const)));
  for (const indicator of report.indicators) {
    values[indicator.id] = indicator.values[year] ?? null;
    for (const info of indicator.partInfo) {
      const v = indicator.parts[info.id]?.[year];
      if (!v || v.value === null || parts[info.id]) continue;
      parts[info.id] = {
        value: v.value,
        ...(v.source === 'submissions' ? { agencies: [...v.agencies] } : { source: v.note ?? 'history/indicators.yaml' }),
        ...(v.definition !== undefined && v.definition !== planDefinition.get(info.id) ? { definition: v.definition } : {}),
      };
    }
  }
  return {
    year: report.year,
    territory: territory.id,
    figures: {
      name: territory.name,
      asOf: report.asOf,
      recordedOn: facts.recordedOn,
      report: { file: facts.reportFile, sha256: facts.sha256 },
      values,
      parts,
    },
  };
}

/**
 * What the history already holds for `territory` in `year`: its territory
 * entry, or, for the plan's own territory of that year, figures of the
 * first shape. Undefined when nothing is recorded.
 */
export function recordedFigures(plan: Plan, history: IndicatorHistory, year: number, territory: string): TerritoryFigures | undefined {
  const entry = history.territories[String(year)]?.[territory];
  if (entry) return entry;
  const firstShape = history.years[String(year)];
  if (firstShape && territoryOfYear(plan, year).id === territory && Object.keys(firstShape).length > 0) return { parts: { ...firstShape } };
  return undefined;
}
