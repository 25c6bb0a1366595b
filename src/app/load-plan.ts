/**
 * Reading the plan a command works with, through the cache of checked
 * plans when there is one (src/io/plan/read-plan.ts: a hit loads neither
 * yaml nor zod).
 */
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { UserError } from '../core/diagnostics/user-error.js';
import type { Plan } from '../core/plan/plan-schema.js';
import type { JsonCache } from '../io/cache/json-cache.js';
import { readPlanFile, type PlanLoadResult } from '../io/plan/read-plan.js';

export type { PlanLoadResult };

export interface LoadedPlan {
  readonly file: string;
  readonly plan: Plan;
  readonly hash: string;
  /** Warnings from loading; errors abort instead. Every command repeats these. */
  readonly diagnostics: readonly Diagnostic[];
  /** Notes (info) from loading, such as duties that lapse; only `plan check` shows them. */
  readonly notes: readonly Diagnostic[];
}

/** The plan read and checked, usable or not (`plan check` reports either way). */
export async function readPlan(file: string, cache: JsonCache | undefined): Promise<PlanLoadResult> {
  return readPlanFile(file, cache ? { cache } : {});
}

/** The plan read and checked; any error in it stops the command (PLAN_UNUSABLE, exit 2). */
export async function loadUsablePlan(file: string, cache: JsonCache | undefined): Promise<LoadedPlan> {
  const result = await readPlan(file, cache);
  if (!result.plan || result.hash === undefined) {
    throw new UserError('PLAN_UNUSABLE', { file }, result.diagnostics);
  }
  return {
    file,
    plan: result.plan,
    hash: result.hash,
    diagnostics: result.diagnostics.filter((d) => d.severity !== 'info'),
    notes: result.diagnostics.filter((d) => d.severity === 'info'),
  };
}
