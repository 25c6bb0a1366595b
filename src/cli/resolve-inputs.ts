/**
 * Finding the workspace and loading the plan (src/app/find-workspace.ts,
 * load-plan.ts) as the global options say, and parsing the flags every
 * command shares. Failures here are usage/configuration errors (exit 2),
 * reported as UserError.
 */
import { resolve } from 'node:path';
import type { Plan } from '../core/plan/plan-schema.js';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { findWorkspace as findWorkspaceFrom, type Workspace } from '../app/find-workspace.js';
import { loadUsablePlan, readPlan, type LoadedPlan, type PlanLoadResult } from '../app/load-plan.js';
import { cliCache } from './cli-cache.js';
import { UserError } from '../core/diagnostics/user-error.js';
import { nearest } from '../core/text/nearest.js';
import { todayIso, type CommandContext, type GlobalOptions } from './command-context.js';
import { checkReportYear } from '../core/plan/report-years.js';
import { startRunLog } from './run-log.js';

export type { LoadedPlan };

/** The workspace named by --workspace, or the nearest atvsld.yaml upwards; undefined when there is none. */
export async function findWorkspace(ctx: CommandContext, opts: GlobalOptions): Promise<Workspace | undefined> {
  return findWorkspaceFrom({ cwd: ctx.io.cwd, workspace: opts.workspace, cache: cliCache(ctx.io) });
}

export async function requireWorkspace(ctx: CommandContext, opts: GlobalOptions): Promise<Workspace> {
  const workspace = await findWorkspace(ctx, opts);
  if (!workspace) {
    throw new UserError('WORKSPACE_NOT_FOUND', {});
  }
  return workspace;
}

/** Load the plan from --plan, else from the workspace (`workspace` when already found); any error in it stops the command with exit 2. */
export async function loadPlan(ctx: CommandContext, opts: GlobalOptions, workspace?: Workspace): Promise<LoadedPlan> {
  return loadUsablePlan(await planFile(ctx, opts, workspace), cliCache(ctx.io));
}

/** The plan given by --plan or the workspace, read and checked, usable or not (`plan check` reports either way). */
export async function readPlanInput(ctx: CommandContext, opts: GlobalOptions): Promise<{ file: string; result: PlanLoadResult }> {
  const file = await planFile(ctx, opts);
  return { file, result: await readPlan(file, cliCache(ctx.io)) };
}

/** --plan, else the workspace's plan. */
async function planFile(ctx: CommandContext, opts: GlobalOptions, workspace?: Workspace): Promise<string> {
  if (opts.plan) return resolve(ctx.io.cwd, opts.plan);
  return (workspace ?? (await requireWorkspace(ctx, opts))).planFile;
}

export interface YearFlags {
  readonly year?: string | undefined;
  readonly asOf?: string | undefined;
}

/** What a command about one report year works on, in the shape the app's functions take. */
export interface YearInputs {
  readonly workspace: Workspace;
  readonly plan: Plan;
  readonly planHash: string;
  readonly year: number;
  /** --as-of, else today: `YYYY-MM-DD`. */
  readonly asOf: string;
}

/**
 * --as-of (default today) and --year (default the year of --as-of), the
 * workspace and its plan, for the commands about one report year. The run
 * is named (`command`) for its log line before anything can fail, so that a
 * bad flag still ends with the line; a year the plan does not cover stops
 * the command (checkPlanYear). `warnings` are the plan's and the year's own,
 * which the command shows before the forms'.
 */
export async function resolveYear(
  ctx: CommandContext,
  opts: GlobalOptions,
  flags: YearFlags,
  command: string,
): Promise<{ inputs: YearInputs; warnings: Diagnostic[] }> {
  startRunLog(ctx, { command });
  const asOf = flags.asOf !== undefined ? parseIsoDate('--as-of', flags.asOf) : todayIso(ctx);
  const year = parseYear(flags.year, Number(asOf.slice(0, 4)));
  startRunLog(ctx, { command, year });
  const workspace = await requireWorkspace(ctx, opts);
  const loaded = await loadPlan(ctx, opts, workspace);
  const yearWarnings = checkPlanYear(loaded.plan, year, asOf);
  return { inputs: { workspace, plan: loaded.plan, planHash: loaded.hash, year, asOf }, warnings: [...loaded.diagnostics, ...yearWarnings] };
}

/** A path flag (--out) relative to the folder the command runs in; undefined when not given. */
export function givenPath(ctx: CommandContext, value: string | undefined): string | undefined {
  return value !== undefined ? resolve(ctx.io.cwd, value) : undefined;
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

/** Every id must be an agency of the plan: a misspelt one stops the command (exit 2) with the nearest id. */
export function requireAgencies(plan: Plan, ids: readonly string[]): void {
  const known = plan.agencies.map((a) => a.id);
  for (const agency of ids) {
    if (known.includes(agency)) continue;
    const suggestion = nearest(agency, known);
    throw suggestion !== undefined ? new UserError('AGENCY_NOT_IN_PLAN_NEAR', { agency, suggestion }) : new UserError('AGENCY_NOT_IN_PLAN', { agency });
  }
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

