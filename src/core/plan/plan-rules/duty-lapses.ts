import { expandMembers } from '../group-expansion.js';
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
  const duties = dutiesByAgency(ctx.plan);
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

/** agency id → function → task ids and indicator part ids it is named for. */
function dutiesByAgency(plan: Plan): Map<string, Map<string, Set<string>>> {
  const out = new Map<string, Map<string, Set<string>>>();
  const add = (agency: string, fn: string, duty: string): void => {
    const byFunction = out.get(agency) ?? new Map<string, Set<string>>();
    out.set(agency, byFunction);
    const set = byFunction.get(fn) ?? new Set<string>();
    byFunction.set(fn, set);
    set.add(duty);
  };
  for (const task of plan.tasks) {
    if (task.placeholder) continue;
    for (const agency of expandMembers(plan, [...task.lead, ...task.support])) add(agency, task.function, task.id);
  }
  for (const part of plan.indicators.flatMap((ind) => ind.parts)) {
    for (const agency of expandMembers(plan, part.reportedBy)) add(agency, INDICATOR_FUNCTION, part.id);
  }
  return out;
}

/** Task ids in plan order first, then indicator parts alphabetically. */
function compareDuties(a: string, b: string): number {
  const taskA = /^\d/.test(a);
  const taskB = /^\d/.test(b);
  if (taskA && taskB) return compareTaskIds(a, b);
  if (taskA !== taskB) return taskA ? -1 : 1;
  return compareIds(a, b);
}
