/**
 * What `atvsld history show` lists: every year and territory the history
 * file holds, each figure with where it came from (the agencies whose
 * reports a recorded year summed, the consolidated workbook it was recorded
 * from, or the source typed in the file), and the amended records.
 */
import { agencyById } from '../plan/plan-index.js';
import type { Plan } from '../plan/plan-schema.js';
import { territoriesById, territoryOfYear } from '../plan/territories.js';
import { compareText } from './counted-submissions.js';
import { territoryPart, type IndicatorHistory, type TerritoryFigures } from './indicator-history.js';

export interface ListedPart {
  readonly id: string;
  /** The plan's name of the part; the id when the plan does not know it. */
  readonly name: string;
  readonly value: number;
  /** Agencies whose reports were summed (a recorded year). */
  readonly agencies: readonly { readonly id: string; readonly name: string }[];
  /** The source written in the file (typed figures), or the recorded report. */
  readonly source?: string;
  readonly note?: string;
}

export interface ListedRecord {
  readonly year: number;
  readonly territory: string;
  readonly territoryName: string;
  /** `recorded`: written by `history record` (it names its report); `typed`: typed into the file. */
  readonly origin: 'recorded' | 'typed';
  /** True for figures of the first shape (part ids straight under the year). */
  readonly firstShape: boolean;
  readonly asOf?: string;
  readonly recordedOn?: string;
  readonly report?: { readonly file: string; readonly sha256: string };
  readonly parts: readonly ListedPart[];
}

export interface HistoryListing {
  readonly note?: string;
  /** By year, then territory id. */
  readonly records: readonly ListedRecord[];
  readonly amended: readonly (Omit<ListedRecord, 'firstShape'> & { readonly amendedOn: string })[];
}

export function buildHistoryListing(plan: Plan, history: IndicatorHistory): HistoryListing {
  const territories = territoriesById(plan);
  const agencies = agencyById(plan);
  const partNames = new Map(plan.indicators.flatMap((i) => i.parts.map((p) => [p.id, p.name] as const)));
  const list = (year: number, territory: string, figures: TerritoryFigures, firstShape: boolean): ListedRecord => ({
    year,
    territory,
    territoryName: territories.get(territory)?.name ?? figures.name ?? territory,
    origin: figures.report ? 'recorded' : 'typed',
    firstShape,
    ...(figures.asOf !== undefined ? { asOf: figures.asOf } : {}),
    ...(figures.recordedOn !== undefined ? { recordedOn: figures.recordedOn } : {}),
    ...(figures.report ? { report: figures.report } : {}),
    parts: Object.keys(figures.parts).map((id): ListedPart => {
      const v = territoryPart(figures, id)!;
      return {
        id,
        name: partNames.get(id) ?? id,
        value: v.value,
        agencies: (v.agencies ?? []).map((a) => ({ id: a, name: agencies.get(a)?.shortName ?? agencies.get(a)?.name ?? a })),
        ...(v.source !== undefined ? { source: v.source } : {}),
        ...(v.note !== undefined ? { note: v.note } : {}),
      };
    }),
  });
  const years = [...new Set([...Object.keys(history.years), ...Object.keys(history.territories)])].sort();
  const records: ListedRecord[] = [];
  for (const y of years) {
    const year = Number(y);
    const firstShape = history.years[y];
    if (firstShape && Object.keys(firstShape).length > 0) records.push(list(year, territoryOfYear(plan, year).id, { parts: firstShape }, true));
    const byTerritory = history.territories[y] ?? {};
    for (const id of Object.keys(byTerritory).sort(compareText)) records.push(list(year, id, byTerritory[id]!, false));
  }
  const amended = history.amended.map((a) => {
    const { firstShape: _first, ...rest } = list(a.year, a.territory, a.figures, false);
    return { ...rest, amendedOn: a.amendedOn };
  });
  return { ...(history.note !== undefined ? { note: history.note } : {}), records, amended };
}
