/**
 * Plan-wide lookups that every checked file needs, computed once per plan
 * and year instead of once per file. A national plan has thousands of
 * agencies: recomputing obligations or folding every agency name for each
 * of 4,000 files made validation quadratic (docs/performance.md). Plans are
 * immutable values once parsed, so a WeakMap keyed by the plan object is a
 * safe cache and lets a plan be collected with its lookups.
 */
import { foldKeyOnce } from '../text/fold-key.js';
import { computeIndicatorObligations, computeObligations, type IndicatorObligation, type Obligation } from './obligations.js';
import type { Agency, Plan } from './plan-schema.js';
import { groupBy } from '../collections/group-by.js';

interface PlanLookups {
  ids?: ReadonlySet<string>;
  byId?: ReadonlyMap<string, Agency>;
  byFoldedName?: ReadonlyMap<string, string>;
  obligationList: Map<number, readonly Obligation[]>;
  partList: Map<number, readonly IndicatorObligation[]>;
  obligations: Map<number, ReadonlyMap<string, readonly Obligation[]>>;
  parts: Map<number, ReadonlyMap<string, readonly IndicatorObligation[]>>;
  expected: Map<number, readonly string[]>;
}

const cache = new WeakMap<Plan, PlanLookups>();

function lookups(plan: Plan): PlanLookups {
  let found = cache.get(plan);
  if (!found) {
    found = { obligationList: new Map(), partList: new Map(), obligations: new Map(), parts: new Map(), expected: new Map() };
    cache.set(plan, found);
  }
  return found;
}

/** computeObligations(plan, year), in its order. */
export function obligationsOf(plan: Plan, year: number): readonly Obligation[] {
  const l = lookups(plan);
  let list = l.obligationList.get(year);
  if (!list) l.obligationList.set(year, (list = computeObligations(plan, year)));
  return list;
}

/** computeIndicatorObligations(plan, year), in its order. */
export function indicatorObligationsOf(plan: Plan, year: number): readonly IndicatorObligation[] {
  const l = lookups(plan);
  let list = l.partList.get(year);
  if (!list) l.partList.set(year, (list = computeIndicatorObligations(plan, year)));
  return list;
}

/** computeObligations(plan, year), grouped by agency. */
export function obligationsByAgency(plan: Plan, year: number): ReadonlyMap<string, readonly Obligation[]> {
  const l = lookups(plan);
  let byAgency = l.obligations.get(year);
  if (!byAgency) l.obligations.set(year, (byAgency = groupBy(obligationsOf(plan, year), (o) => o.agency)));
  return byAgency;
}

/** computeIndicatorObligations(plan, year), grouped by agency. */
export function indicatorPartsByAgency(plan: Plan, year: number): ReadonlyMap<string, readonly IndicatorObligation[]> {
  const l = lookups(plan);
  let byAgency = l.parts.get(year);
  if (!byAgency) l.parts.set(year, (byAgency = groupBy(indicatorObligationsOf(plan, year), (o) => o.agency)));
  return byAgency;
}

/** computeExpectedAgencies(plan, year) from the lists above: agencies owing a task or a part, sorted by id. */
export function expectedAgencies(plan: Plan, year: number): readonly string[] {
  const l = lookups(plan);
  let ids = l.expected.get(year);
  if (!ids) {
    const owing = new Set<string>();
    for (const o of obligationsOf(plan, year)) owing.add(o.agency);
    for (const o of indicatorObligationsOf(plan, year)) owing.add(o.agency);
    l.expected.set(year, (ids = [...owing].sort()));
  }
  return ids;
}

export function agencyIds(plan: Plan): ReadonlySet<string> {
  const l = lookups(plan);
  return (l.ids ??= new Set(plan.agencies.map((a) => a.id)));
}

/** Agency by id (the first in plan order, as `plan.agencies.find` gives it): a lookup instead of a scan of thousands. */
export function agencyById(plan: Plan): ReadonlyMap<string, Agency> {
  const l = lookups(plan);
  if (!l.byId) {
    const map = new Map<string, Agency>();
    for (const a of plan.agencies) if (!map.has(a.id)) map.set(a.id, a);
    l.byId = map;
  }
  return l.byId;
}

/** foldKey of every name, short name and alias → the first agency (in plan order) that carries it. */
export function agencyByFoldedName(plan: Plan): ReadonlyMap<string, string> {
  const l = lookups(plan);
  if (!l.byFoldedName) {
    const map = new Map<string, string>();
    for (const a of plan.agencies) {
      for (const name of [a.name, a.shortName, ...a.aliases]) {
        if (name === undefined) continue;
        const key = foldKeyOnce(name);
        if (!map.has(key)) map.set(key, a.id);
      }
    }
    l.byFoldedName = map;
  }
  return l.byFoldedName;
}
