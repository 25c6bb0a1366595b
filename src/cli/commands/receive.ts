/** `atvsld receive FILE... [--year Y] [--at DATETIME]`. */
import { Option, type Command } from 'commander';
import { relative, resolve } from 'node:path';
import { globalOptions, stderrChalk, type CommandContext, type GlobalOptions } from '../command-context.js';
import { exitCodeForFindings, exitCodeHelp } from '../exit-codes.js';
import { formatText } from '../../core/diagnostics/format.js';
import { checkPlanYear, loadPlan, parseIsoDate, parseYear, requireWorkspace } from '../resolve-inputs.js';
import { renderCounts, renderDiagnosticList } from '../../render/diagnostic-list-text.js';
import { UserError } from '../../core/diagnostics/user-error.js';
import { pathShower } from '../show-path.js';
import { startRunLog, writeRunLog } from '../run-log.js';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import type { ReceivedFile } from '../../app/receive.js';
import { localTimestamp, utcOffset } from '../local-time.js';
import { lockMessages } from '../lock-messages.js';
import { terminalSafe } from '../../core/text/terminal-safe.js';

interface ReceiveFlags {
  year?: string;
  at?: string;
  format: 'text' | 'json';
}

export function registerReceive(program: Command, ctx: CommandContext): void {
  program
    .command('receive')
    .description(formatText(ctx.lang, 'help.receive'))
    .argument('<files...>', formatText(ctx.lang, 'help.receive.files'))
    .option('--year <year>', formatText(ctx.lang, 'help.receive.year'))
    .option('--at <datetime>', formatText(ctx.lang, 'help.receive.at'))
    .addOption(new Option('--format <format>', formatText(ctx.lang, 'help.receive.format')).choices(['text', 'json']).default('text'))
    .addHelpText('after', `
${formatText(ctx.lang, 'help.receive.after')}
${exitCodeHelp(ctx.lang)}
`)
    .action(async (files: string[], o: ReceiveFlags, command: Command) => {
      const opts = globalOptions(command);
      startRunLog(ctx, { command: 'receive' });
      const at = o.at !== undefined ? parseDateTime(o.at) : localTimestamp(ctx.io.now());
      const year = o.year !== undefined ? parseYear(o.year, 0) : undefined;
      startRunLog(ctx, { command: 'receive', ...(year !== undefined && { year }) });
      const workspace = await requireWorkspace(ctx, opts);
      const loaded = await loadPlan(ctx, opts);
      // Without --year the year received is the year of arrival (`--at`); a form of another year is refused per file.
      const yearWarnings = year !== undefined ? checkPlanYear(loaded.plan, year, at.slice(0, 10)) : [];
      const { runReceive, arrivalTimeProblem, yearBeingReceived } = await import('../../app/receive.js');
      const wrongTime = arrivalTimeProblem(at, ctx.io.now(), loaded.plan.calendar.firstYear);
      if (wrongTime) throw wrongTime;
      const { loadValidateFiles } = await import('../../app/consolidation-inputs.js');
      const result = await runReceive({
        workspace,
        plan: loaded.plan,
        planHash: loaded.hash,
        files: files.map((f) => resolve(ctx.io.cwd, f)),
        ...(year !== undefined ? { year } : {}),
        at,
        validate: await loadValidateFiles(),
        lock: lockMessages(ctx),
      });
      const all = [...loaded.diagnostics, ...yearWarnings, ...result.diagnostics];
      if (o.format === 'json') {
        const { renderReceiveJson } = await import('../../render/receive-json.js');
        ctx.io.stdout.write(renderReceiveJson(result.received, all, opts.lang));
      } else {
        printReceived(ctx, opts, result.received, { all, ofFiles: result.diagnostics }, pathShower(workspace.root));
      }
      ctx.exitCode = exitCodeForFindings(all);
      writeRunLog(ctx, { command: 'receive', year: yearBeingReceived({ year, at }), files: result.received.length, diagnostics: all }, ctx.exitCode);
    });
}

/** Diagnostics on stderr, then one line per file and the count on stdout. */
function printReceived(
  ctx: CommandContext,
  opts: GlobalOptions,
  received: readonly ReceivedFile[],
  { all, ofFiles }: { all: readonly Diagnostic[]; ofFiles: readonly Diagnostic[] },
  showPath: (file: string) => string,
): void {
  if (all.length > 0) ctx.io.stderr.write(renderDiagnosticList(all, { lang: opts.lang, chalk: stderrChalk(ctx, opts), showPath }));
  for (const r of received) {
    const where = r.storedPath !== undefined ? relative(ctx.io.cwd, r.storedPath) || r.storedPath : formatText(opts.lang, 'receive.notStored');
    const note = r.alreadyReceived ? formatText(opts.lang, 'receive.already') : '';
    ctx.io.stdout.write(`${terminalSafe(r.originalName)} → ${terminalSafe(where)}${note}: ${formatText(opts.lang, 'counts.problems', { errors: r.errors, warnings: r.warnings })}\n`);
  }
  const stored = received.filter((r) => r.storedPath !== undefined && !r.alreadyReceived).length;
  // Counted over the files found, not the paths given: a folder of two forms is two files.
  const given = received.length;
  // The total is the files' lines added up; the plan's own warnings are listed above, not counted here.
  ctx.io.stdout.write(`${formatText(opts.lang, 'receive.done', { stored, given, counts: renderCounts(ofFiles, opts.lang) })}\n`);
}

/** `YYYY-MM-DDTHH:MM[:SS][offset]`; without an offset the machine's own is used. */
export function parseDateTime(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/.exec(value);
  if (!match) {
    throw new UserError('TIME_INVALID', { flag: '--at', value });
  }
  const [, date = '', time = '00:00', seconds = ':00', offset] = match;
  parseIsoDate('--at', date);
  const local = new Date(`${date}T${time}${seconds}`);
  return `${date}T${time}${seconds}${offset ?? utcOffset(local)}`;
}
