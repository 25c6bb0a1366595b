/**
 * Who owes what in reporting year Y. Pure: the plan and the year in, a sorted
 * list out. Groups are expanded; agencies that no longer exist at the
 * year's deadline hand their duties to their successors for the task's
 * function; "các cơ quan, đơn vị có liên quan" never owe anything.
 */
import { referenceDate, resolveHolders } from './agency-lifetime.js';
import { expandMembers } from './group-expansion.js';
import { compareTaskIds } from './task-order.js';
import type { Agency, Plan } from './plan-schema.js';
import { compareIds } from '../text/compare-ids.js';

export type Role = 'lead' | 'support';

export interface Obligation {
  readonly agency: string;
  readonly task: string;
  readonly role: Role;
  /** The agency named (directly or through a group) in the plan, when the duty passed to a successor. */
  readonly inheritedFrom?: string;
}

export interface IndicatorObligation {
  readonly agency: string;
  readonly indicator: string;
  readonly part: string;
}

export function computeObligations(plan: Plan, year: number): Obligation[] {
  const agencies = agencyIndex(plan);
  const date = referenceDate(plan, year);
  const byKey = new Map<string, Obligation>();
  for (const task of plan.tasks) {
    if (task.placeholder) continue;
    for (const role of ['lead', 'support'] as const) {
      for (const named of expandMembers(plan, task[role], date)) {
        for (const holder of resolveHolders(agencies, named, task.function, date)) {
          const key = `${task.id}\u0000${holder}`;
          const existing = byKey.get(key);
          // An agency both leading and supporting a task owes it as lead.
          if (existing && (existing.role === 'lead' || role === 'support')) continue;
          byKey.set(key, {
            agency: holder,
            task: task.id,
            role,
            ...(holder !== named ? { inheritedFrom: named } : {}),
          });
        }
      }
    }
  }
  return [...byKey.values()].sort(
    (a, b) => compareTaskIds(a.task, b.task) || compareIds(a.agency, b.agency),
  );
}

export function computeIndicatorObligations(plan: Plan, year: number): IndicatorObligation[] {
  const agencies = agencyIndex(plan);
  const date = referenceDate(plan, year);
  const out = new Map<string, IndicatorObligation>();
  for (const indicator of plan.indicators) {
    for (const part of indicator.parts) {
      for (const named of expandMembers(plan, part.reportedBy, date)) {
        for (const holder of resolveHolders(agencies, named, 'atvsld', date)) {
          out.set(`${part.id}\u0000${holder}`, { agency: holder, indicator: indicator.id, part: part.id });
        }
      }
    }
  }
  return [...out.values()].sort((a, b) => compareIds(a.part, b.part) || compareIds(a.agency, b.agency));
}

/** Agencies that owe at least one task or indicator part in year Y, sorted by id. */
export function computeExpectedAgencies(plan: Plan, year: number): string[] {
  const ids = new Set<string>();
  for (const o of computeObligations(plan, year)) ids.add(o.agency);
  for (const o of computeIndicatorObligations(plan, year)) ids.add(o.agency);
  return [...ids].sort();
}

export function agencyIndex(plan: Plan): Map<string, Agency> {
  return new Map(plan.agencies.map((a) => [a.id, a]));
}
