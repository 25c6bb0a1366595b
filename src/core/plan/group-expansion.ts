import type { Plan } from './plan-schema.js';

/**
 * Expand agency and group ids into agency ids, depth first, in order, without
 * duplicates. Cycles and unknown ids are reported by plan validation; here
 * they are simply not followed, so expansion always terminates.
 *
 * With a `date`, a group whose `successor` stands in on that date expands to
 * the successor group instead ("UBND các huyện, thị xã, thành phố" means the
 * communes from 01/7/2025). Without one, to both: every agency the ids may
 * name on some day (what the plan checks need).
 */
export function expandMembers(plan: Plan, ids: readonly string[], date?: string): string[] {
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
    const successor = group.successor;
    const replaced = successor !== undefined && date !== undefined && successor.from <= date;
    if (!replaced) group.members.forEach(visit);
    if (successor !== undefined && (date === undefined || replaced)) visit(successor.group);
    visiting.delete(id);
  };
  ids.forEach(visit);
  return [...out];
}
