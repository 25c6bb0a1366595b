/**
 * Cross-checks of a schema-valid plan: what zod cannot see because it needs
 * the whole plan (references, duplicate ids, group cycles, agency lifetimes).
 * Pure: the plan in, diagnostics out; `locate` turns a plan path into a
 * line and column when the plan came from a file.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Plan } from './plan-schema.js';
import { checkDuplicateIds } from './plan-rules/duplicate-ids.js';
import { checkDutyLapses } from './plan-rules/duty-lapses.js';
import { checkGroupCycles } from './plan-rules/group-cycles.js';
import { checkIndicators } from './plan-rules/indicator-checks.js';
import { checkReferences } from './plan-rules/references.js';
import { createRuleContext, type PlanLocator, type PlanRule } from './plan-rules/rule-context.js';
import { checkSuccessorDates } from './plan-rules/successor-dates.js';
import { checkTaskLeads } from './plan-rules/task-leads.js';
import { checkTerritories } from './plan-rules/territory-checks.js';

export type { PlanLocator } from './plan-rules/rule-context.js';

const RULES: readonly PlanRule[] = [
  checkDuplicateIds,
  checkReferences,
  checkGroupCycles,
  checkTaskLeads,
  checkSuccessorDates,
  checkIndicators,
  checkDutyLapses,
  checkTerritories,
];

export function validatePlan(plan: Plan, locate?: PlanLocator): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ctx = createRuleContext(plan, locate, out);
  for (const rule of RULES) rule(ctx);
  return out;
}
