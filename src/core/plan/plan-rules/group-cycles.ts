import type { PlanRule } from './rule-context.js';

/**
 * Groups may contain groups, but never themselves. Each cycle is reported
 * once, at the member entry that closes it.
 */
export const checkGroupCycles: PlanRule = (ctx) => {
  const groups = ctx.plan.groups;
  const index = new Map(groups.map((g, i) => [g.id, i]));
  const done = new Set<string>();
  const reported = new Set<string>();
  const stack: string[] = [];

  const visit = (id: string): void => {
    const i = index.get(id);
    if (i === undefined || done.has(id)) return;
    stack.push(id);
    groups[i]?.members.forEach((member, j) => {
      const at = stack.indexOf(member);
      if (at >= 0) {
        const cycle = [...stack.slice(at), member];
        const key = [...new Set(cycle)].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          ctx.report('PLAN_GROUP_CYCLE', { group: id, cycle: cycle.join(' → ') }, ['groups', i, 'members', j]);
        }
      } else {
        visit(member);
      }
    });
    stack.pop();
    done.add(id);
  };
  groups.forEach((g) => visit(g.id));
};
