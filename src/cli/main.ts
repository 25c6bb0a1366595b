/**
 * The process entry point: the only place that reads argv and sets the
 * process exit code. Never process.exit(): it can cut piped stdout short.
 */
import { CommanderError } from 'commander';
import { processIo, writeChunks, type CliIo } from './cli-io.js';
import { createProgram } from './program.js';
import type { CommandContext } from './command-context.js';
import { UserError } from '../core/diagnostics/user-error.js';
import { ExitCode, exitCodeForUserError } from './exit-codes.js';
import { detectLang } from './detect-lang.js';
import { writeRunLog } from './run-log.js';
import { formatMessage, formatText } from '../core/diagnostics/format.js';
import { describeFileSystemError } from './file-system-error.js';
import { renderDiagnosticListChunks } from '../render/diagnostic-list-text.js';
import { makeChalk, useColor } from './color.js';

export async function main(): Promise<void> {
  // The reader of stdout stopped (`atvsld … | head -1`): it had what it wanted; not a failure.
  const io = processIo(() => (process.exitCode = ExitCode.ok));
  const code = await runCli(process.argv.slice(2), io);
  process.exitCode = io.readerGone() ? ExitCode.ok : code;
}

export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const ctx: CommandContext = { io, exitCode: ExitCode.ok, lang: detectLang(args, io.env) };
  const program = createProgram(ctx);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    const exit = await handleError(error, ctx);
    if (ctx.run) writeRunLog(ctx, ctx.run, exit);
    return exit;
  }
}

async function handleError(error: unknown, ctx: CommandContext): Promise<number> {
  const { io, lang } = ctx;
  if (error instanceof CommanderError) {
    // commander has already printed its message (or the help / version).
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
    return ExitCode.usage;
  }
  const chalk = makeChalk(useColor(io, io.stderr, ctx.color));
  if (error instanceof UserError) {
    await writeChunks(io.stderr, renderDiagnosticListChunks(error.diagnostics, { lang, chalk }));
    io.stderr.write(`${chalk.red(formatText(lang, 'error.prefix'))} ${formatMessage(error.problem, lang)}\n`);
    return exitCodeForUserError(error.kind);
  }
  const fileSystem = describeFileSystemError(error, lang);
  if (fileSystem !== undefined) {
    io.stderr.write(`${chalk.red(formatText(lang, 'error.prefix'))} ${fileSystem}\n`);
    return ExitCode.usage;
  }
  io.stderr.write(`${chalk.red(formatText(lang, 'error.internal', { message: (error as Error)?.message ?? String(error) }))}\n`);
  if (io.env.ATVSLD_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  return ExitCode.internal;
}
