import type { PlanRule, RuleContext } from './rule-context.js';
import { formatPlanPath, type PlanPath } from './plan-path.js';
import { suggestionArgs } from './suggest.js';

type Kind = readonly [what: string, whatEn: string];
const AGENCY: Kind = ['cơ quan', 'agency'];
const AGENCY_OR_GROUP: Kind = ['cơ quan hoặc nhóm', 'agency or group'];
const GROUP: Kind = ['nhóm', 'group'];
const PART: Kind = ['chỉ tiêu thành phần của chỉ tiêu này', 'part of this indicator'];

/**
 * Unknown references that get a "did you mean" suggestion. A plan with more
 * is not a few typos (one with 140,000 unknown members spent minutes
 * suggesting); the rest are reported without one.
 */
const SUGGESTIONS = 1_000;

/** Every id the plan uses must name something it declares, of the right kind. */
export const checkReferences: PlanRule = (ctx) => {
  const { plan } = ctx;
  const agencies = new Set(plan.agencies.map((a) => a.id));
  const named = new Set([...agencies, ...plan.groups.map((g) => g.id)]);
  let suggestionsLeft = SUGGESTIONS;
  const check = (id: string, known: ReadonlySet<string>, kind: Kind, path: PlanPath, task?: string): void => {
    if (known.has(id)) return;
    suggestionsLeft -= 1;
    report(ctx, id, suggestionsLeft >= 0 ? known : [], kind, path, task);
  };

  check(plan.calendar.coordinator, agencies, AGENCY, ['calendar', 'coordinator']);
  check(plan.calendar.recipient, agencies, AGENCY, ['calendar', 'recipient']);
  plan.agencies.forEach((a, i) =>
    a.successors.forEach((s, j) => check(s.agency, agencies, AGENCY, ['agencies', i, 'successors', j, 'agency'])),
  );
  const groups = new Set(plan.groups.map((g) => g.id));
  plan.groups.forEach((g, i) => {
    g.members.forEach((m, j) => check(m, named, AGENCY_OR_GROUP, ['groups', i, 'members', j]));
    if (g.successor !== undefined) check(g.successor.group, groups, GROUP, ['groups', i, 'successor', 'group']);
  });
  plan.tasks.forEach((t, i) => {
    for (const role of ['lead', 'support'] as const) {
      t[role].forEach((id, j) => check(id, named, AGENCY_OR_GROUP, ['tasks', i, role, j], t.id));
    }
  });
  plan.indicators.forEach((ind, i) => {
    const parts = new Set(ind.parts.map((p) => p.id));
    ind.parts.forEach((p, j) => {
      p.reportedBy.forEach((id, k) => check(id, named, AGENCY_OR_GROUP, ['indicators', i, 'parts', j, 'reportedBy', k]));
      p.atMost.forEach((id, k) => check(id, parts, PART, ['indicators', i, 'parts', j, 'atMost', k]));
    });
    const compute = ind.compute;
    if (compute.kind === 'count') check(compute.part, parts, PART, ['indicators', i, 'compute', 'part']);
    else {
      check(compute.numerator, parts, PART, ['indicators', i, 'compute', 'numerator']);
      check(compute.denominator, parts, PART, ['indicators', i, 'compute', 'denominator']);
    }
  });
};

function report(ctx: RuleContext, id: string, known: Iterable<string>, [what, whatEn]: Kind, path: PlanPath, task?: string): void {
  ctx.report(
    'PLAN_UNKNOWN_REFERENCE',
    { id, path: formatPlanPath(path), what, whatEn, ...suggestionArgs(id, known) },
    path,
    task !== undefined ? { task } : {},
  );
}
