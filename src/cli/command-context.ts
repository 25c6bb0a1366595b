/**
 * What every command needs besides its own flags: the outside world (io),
 * the global options, and helpers to find the workspace and load the plan.
 * Commands set `exitCode`; only main.ts hands it to the process.
 */
import type { Command } from 'commander';
import type { ChalkInstance } from 'chalk';
import type { CliIo } from './cli-io.js';
import { makeChalk, useColor } from './color.js';
import type { Lang } from '../core/diagnostics/format.js';
import type { RunLogEntry } from './run-log.js';
import { localDate } from './local-time.js';

export interface GlobalOptions {
  workspace?: string;
  plan?: string;
  lang: Lang;
  quiet?: boolean;
  color?: boolean;
}

export interface CommandContext {
  readonly io: CliIo;
  exitCode: number;
  /** Set from the global options before any action runs, for the top-level error handler. */
  lang: Lang;
  color?: boolean;
  /** The batch run under way, for its log line (run-log.ts) even when it fails. */
  run?: RunLogEntry | undefined;
}

export function globalOptions(command: Command): GlobalOptions {
  const opts = command.optsWithGlobals<Partial<GlobalOptions> & { lang?: string }>();
  return { ...opts, lang: opts.lang === 'en' ? 'en' : 'vi' };
}

export function stdoutChalk(ctx: CommandContext, opts: GlobalOptions): ChalkInstance {
  return makeChalk(useColor(ctx.io, ctx.io.stdout, opts.color));
}

export function stderrChalk(ctx: CommandContext, opts: GlobalOptions): ChalkInstance {
  return makeChalk(useColor(ctx.io, ctx.io.stderr, opts.color));
}

/** Today as `YYYY-MM-DD` in the machine's calendar, read once at the edge. */
export function todayIso(ctx: CommandContext): string {
  return localDate(ctx.io.now());
}
