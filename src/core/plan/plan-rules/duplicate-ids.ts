import type { PlanRule, RuleContext } from './rule-context.js';
import { formatPlanPath, type PlanPath } from './plan-path.js';

interface IdEntry {
  readonly id: string;
  readonly path: PlanPath;
}

/**
 * Ids are written into forms and file names, so each must name one thing.
 * Agencies and groups share a namespace because tasks name either; indicator
 * parts are unique across indicators because obligations are keyed by part id.
 */
export const checkDuplicateIds: PlanRule = (ctx) => {
  const { plan } = ctx;
  checkNamespace(
    ctx,
    [
      ...plan.agencies.map((a, i) => ({ id: a.id, path: ['agencies', i, 'id'] })),
      ...plan.groups.map((g, i) => ({ id: g.id, path: ['groups', i, 'id'] })),
    ],
    ['cơ quan hoặc nhóm', 'agency or group'],
  );
  checkNamespace(ctx, plan.tasks.map((t, i) => ({ id: t.id, path: ['tasks', i, 'id'] })), ['nhiệm vụ', 'task']);
  checkNamespace(
    ctx,
    plan.indicators.map((ind, i) => ({ id: ind.id, path: ['indicators', i, 'id'] })),
    ['chỉ tiêu', 'indicator'],
  );
  checkNamespace(
    ctx,
    plan.indicators.flatMap((ind, i) => ind.parts.map((p, j) => ({ id: p.id, path: ['indicators', i, 'parts', j, 'id'] }))),
    ['chỉ tiêu thành phần', 'indicator part'],
  );
};

export function checkNamespace(ctx: RuleContext, entries: readonly IdEntry[], [what, whatEn]: [string, string]): void {
  const first = new Map<string, IdEntry>();
  for (const entry of entries) {
    const earlier = first.get(entry.id);
    if (earlier === undefined) {
      first.set(entry.id, entry);
      continue;
    }
    ctx.report('PLAN_DUPLICATE_ID', { id: entry.id, firstPath: formatPlanPath(earlier.path.slice(0, -1)), what, whatEn }, entry.path);
  }
}
