/**
 * Plan-wide lookups that every checked file needs, computed once per plan
 * and year instead of once per file. A national plan has thousands of
 * agencies: recomputing obligations or folding every agency name for each
 * of 4,000 files made validation quadratic (docs/performance.md). Plans are
 * immutable values once parsed, so a WeakMap keyed by the plan object is a
 * safe cache and lets a plan be collected with its lookups.
 */
import { foldKey } from '../text/fold-key.js';
import { computeIndicatorObligations, computeObligations, type IndicatorObligation, type Obligation } from './obligations.js';
import type { Plan } from './plan-schema.js';

interface PlanLookups {
  ids?: ReadonlySet<string>;
  byFoldedName?: ReadonlyMap<string, string>;
  obligations: Map<number, ReadonlyMap<string, readonly Obligation[]>>;
  parts: Map<number, ReadonlyMap<string, readonly IndicatorObligation[]>>;
}

const cache = new WeakMap<Plan, PlanLookups>();

function lookups(plan: Plan): PlanLookups {
  let found = cache.get(plan);
  if (!found) {
    found = { obligations: new Map(), parts: new Map() };
    cache.set(plan, found);
  }
  return found;
}

/** computeObligations(plan, year), grouped by agency. */
export function obligationsByAgency(plan: Plan, year: number): ReadonlyMap<string, readonly Obligation[]> {
  const l = lookups(plan);
  let byAgency = l.obligations.get(year);
  if (!byAgency) l.obligations.set(year, (byAgency = groupByAgency(computeObligations(plan, year))));
  return byAgency;
}

/** computeIndicatorObligations(plan, year), grouped by agency. */
export function indicatorPartsByAgency(plan: Plan, year: number): ReadonlyMap<string, readonly IndicatorObligation[]> {
  const l = lookups(plan);
  let byAgency = l.parts.get(year);
  if (!byAgency) l.parts.set(year, (byAgency = groupByAgency(computeIndicatorObligations(plan, year))));
  return byAgency;
}

export function agencyIds(plan: Plan): ReadonlySet<string> {
  const l = lookups(plan);
  return (l.ids ??= new Set(plan.agencies.map((a) => a.id)));
}

/** foldKey of every name, short name and alias → the first agency (in plan order) that carries it. */
export function agencyByFoldedName(plan: Plan): ReadonlyMap<string, string> {
  const l = lookups(plan);
  if (!l.byFoldedName) {
    const map = new Map<string, string>();
    for (const a of plan.agencies) {
      for (const name of [a.name, a.shortName, ...a.aliases]) {
        if (name === undefined) continue;
        const key = foldKey(name);
        if (!map.has(key)) map.set(key, a.id);
      }
    }
    l.byFoldedName = map;
  }
  return l.byFoldedName;
}

function groupByAgency<T extends { readonly agency: string }>(list: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) {
    const own = out.get(item.agency);
    if (own) own.push(item);
    else out.set(item.agency, [item]);
  }
  return out;
}
