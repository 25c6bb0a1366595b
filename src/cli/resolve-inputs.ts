/**
 * Finding the workspace and loading the plan, shared by every command.
 * Failures here are usage/configuration errors (exit 2), reported as UserError.
 */
import { resolve } from 'node:path';
import type { Plan } from '../core/plan/plan-schema.js';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { findWorkspaceRoot } from '../io/workspace/find-workspace.js';
import type { Workspace } from '../io/workspace/read-workspace.js';
import { readPlanFile, type PlanLoadResult } from '../io/plan/read-plan.js';
import { readWorkspaceCached } from './cached-workspace.js';
import { cliCache } from './cli-cache.js';
import { UserError } from '../core/diagnostics/user-error.js';
import type { CommandContext, GlobalOptions } from './command-context.js';
import { checkReportYear } from '../core/plan/report-years.js';

export interface LoadedPlan {
  readonly file: string;
  readonly plan: Plan;
  readonly hash: string;
  /** Warnings from loading; errors abort instead. Every command repeats these. */
  readonly diagnostics: readonly Diagnostic[];
  /** Notes (info) from loading, such as duties that lapse; only `plan check` shows them. */
  readonly notes: readonly Diagnostic[];
}

/** The workspace named by --workspace, or the nearest atvsld.yaml upwards; undefined when there is none. */
export async function findWorkspace(ctx: CommandContext, opts: GlobalOptions): Promise<Workspace | undefined> {
  const root = opts.workspace
    ? resolve(ctx.io.cwd, opts.workspace)
    : await findWorkspaceRoot(ctx.io.cwd);
  if (root === undefined) return undefined;
  const result = await readWorkspaceCached(root, cliCache(ctx.io));
  if (!result.ok) {
    throw result.problem;
  }
  return result.workspace;
}

export async function requireWorkspace(ctx: CommandContext, opts: GlobalOptions): Promise<Workspace> {
  const workspace = await findWorkspace(ctx, opts);
  if (!workspace) {
    throw new UserError('WORKSPACE_NOT_FOUND', {});
  }
  return workspace;
}

/** Load the plan from --plan, else from the workspace; any error in it stops the command with exit 2. */
export async function loadPlan(ctx: CommandContext, opts: GlobalOptions): Promise<LoadedPlan> {
  const { file, result } = await readPlanInput(ctx, opts);
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

/** The plan given by --plan or the workspace, read and checked, usable or not (`plan check` reports either way). */
export async function readPlanInput(ctx: CommandContext, opts: GlobalOptions): Promise<{ file: string; result: PlanLoadResult }> {
  const file = opts.plan
    ? resolve(ctx.io.cwd, opts.plan)
    : (await requireWorkspace(ctx, opts)).planFile;
  return { file, result: await readPlanFile(file, { cache: cliCache(ctx.io) }) };
}

/** Parse --year; absent means the year of "today". */
export function parseYear(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{4}$/.test(value)) {
    throw new UserError('YEAR_INVALID', { value });
  }
  return Number(value);
}

/** Parse a `YYYY-MM-DD` flag value such as --as-of. */
export function parseIsoDate(flag: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !date || date.toISOString().slice(0, 10) !== value) {
    throw new UserError('DATE_INVALID', { flag, value });
  }
  return value;
}

/**
 * The report year against the years the plan covers (core/plan/report-years.ts):
 * a year outside them stops the command (exit 2, PLAN_YEAR_NOT_COVERED, worded in
 * the chosen language by the CLI); a year far ahead comes back as a warning to report with
 * the rest. `today` is --as-of (or --at, or now), read at the edge.
 */
export function checkPlanYear(plan: Plan, year: number, today: string): Diagnostic[] {
  const { notCovered, warnings } = checkReportYear(plan, year, today);
  if (notCovered !== undefined) throw new UserError('PLAN_YEAR_NOT_COVERED', notCovered);
  return warnings;
}

