import { compareTaskIds } from '../task-order.js';
import type { Plan } from '../plan-schema.js';
import type { PlanRule } from './rule-context.js';
import { compareIds } from '../../text/compare-ids.js';

/** Indicator figures belong to the occupational-safety function, as in computeIndicatorObligations. */
const INDICATOR_FUNCTION = 'atvsld';

/**
 * When an agency named in a task ends and no successor takes the task's
 * function, nobody owes that duty any more. That is often right (the district
 * level was abolished), but the author should know it happens: one note per
 * agency and function, listing the duties that lapse.
 */
export const checkDutyLapses: PlanRule = (ctx) => {
  const ending = new Set(ctx.plan.agencies.filter((a) => a.until !== undefined).map((a) => a.id));
  if (ending.size === 0) return;
  const duties = dutiesByAgency(ctx.plan, ending);
  ctx.plan.agencies.forEach((agency, i) => {
    if (agency.until === undefined) return;
    const byFunction = duties.get(agency.id);
    if (byFunction === undefined) return;
    for (const [fn, names] of [...byFunction].sort(([a], [b]) => compareIds(a, b))) {
      if (agency.successors.some((s) => s.functions.includes(fn))) continue;
      const list = [...names].sort(compareDuties).join(', ');
      ctx.report(
        'PLAN_DUTY_LAPSES',
        { agency: agency.id, until: agency.until, function: fn, duties: list },
        ['agencies', i, 'until'],
        { agency: agency.id },
      );
    }
  });
};

/**
 * Agency id → function → task ids and indicator part ids it is named for, for
 * the agencies that end only: a group of 140,000 members named by every task
 * was expanded once per task, with a map per member (3.5 s, ~180 MB), for
 * agencies that never end.
 */
function dutiesByAgency(plan: Plan, ending: ReadonlySet<string>): Map<string, Map<string, Set<string>>> {
  const out = new Map<string, Map<string, Set<string>>>();
  const endingNamedBy = endingAgenciesNamedBy(plan, ending);
  const add = (agency: string, fn: string, duty: string): void => {
    const byFunction = out.get(agency) ?? new Map<string, Set<string>>();
    out.set(agency, byFunction);
    const set = byFunction.get(fn) ?? new Set<string>();
    byFunction.set(fn, set);
    set.add(duty);
  };
  for (const task of plan.tasks) {
    if (task.placeholder) continue;
    for (const id of [...task.lead, ...task.support]) for (const agency of endingNamedBy(id)) add(agency, task.function, task.id);
  }
  for (const part of plan.indicators.flatMap((ind) => ind.parts)) {
    for (const id of part.reportedBy) for (const agency of endingNamedBy(id)) add(agency, INDICATOR_FUNCTION, part.id);
  }
  return out;
}

/**
 * The ending agencies an id may name on some day: itself, or through its
 * group's members and successor group, as expandMembers without a date; each
 * group is expanded once. A group met again while being expanded is a cycle
 * (reported by checkGroupCycles) and is not followed.
 */
function endingAgenciesNamedBy(plan: Plan, ending: ReadonlySet<string>): (id: string) => readonly string[] {
  const groups = new Map(plan.groups.map((g) => [g.id, g]));
  const known = new Map<string, readonly string[]>();
  const visiting = new Set<string>();
  const namedBy = (id: string): readonly string[] => {
    const group = groups.get(id);
    if (!group) return ending.has(id) ? [id] : [];
    const seen = known.get(id);
    if (seen !== undefined) return seen;
    if (visiting.has(id)) return [];
    visiting.add(id);
    const found = new Set<string>();
    for (const member of group.members) for (const agency of namedBy(member)) found.add(agency);
    if (group.successor !== undefined) for (const agency of namedBy(group.successor.group)) found.add(agency);
    visiting.delete(id);
    const list = [...found];
    known.set(id, list);
    return list;
  };
  return namedBy;
}

/** Task ids in plan order first, then indicator parts alphabetically. */
function compareDuties(a: string, b: string): number {
  const taskA = /^\d/.test(a);
  const taskB = /^\d/.test(b);
  if (taskA && taskB) return compareTaskIds(a, b);
  if (taskA !== taskB) return taskA ? -1 : 1;
  return compareIds(a, b);
}
