import type { Plan } from './plan-schema.js';

/**
 * Expand agency and group ids into agency ids, depth first, in order, without
 * duplicates. Cycles and unknown ids are reported by plan validation; here
 * they are simply not followed, so expansion always terminates.
 */
export function expandMembers(plan: Plan, ids: readonly string[]): string[] {
  const groups = new Map(plan.groups.map((g) => [g.id, g]));
  const out = new Set<string>();
  const visiting = new Set<string>();
  const visit = (id: string): void => {
    const group = groups.get(id);
    if (!group) {
      out.add(id);
      return;
    }
    if (visiting.has(id)) return;
    visiting.add(id);
    group.members.forEach(visit);
    visiting.delete(id);
  };
  ids.forEach(visit);
  return [...out];
}
