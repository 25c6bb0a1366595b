import type { PlanRule } from './rule-context.js';

/**
 * Groups may contain groups, but never themselves, also through a group's
 * `successor`. Each cycle is reported once, at the member entry (or the
 * successor) that closes it.
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
    const group = groups[i];
    const edges: { member: string; path: (string | number)[] }[] = (group?.members ?? []).map((member, j) => ({
      member,
      path: ['groups', i, 'members', j],
    }));
    if (group?.successor !== undefined) edges.push({ member: group.successor.group, path: ['groups', i, 'successor', 'group'] });
    edges.forEach(({ member, path }) => {
      const at = stack.indexOf(member);
      if (at >= 0) {
        const cycle = [...stack.slice(at), member];
        const key = [...new Set(cycle)].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          ctx.report('PLAN_GROUP_CYCLE', { group: id, cycle: cycle.join(' → ') }, path);
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
