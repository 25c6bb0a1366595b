/** `atvsld status --year Y [--as-of DATE] [--format text|json]`. */
import { Option, type Command } from 'commander';
import { globalOptions, stderrChalk, stdoutChalk, type CommandContext, type GlobalOptions } from '../command-context.js';
import type { ConsolidatedReport } from '../../core/consolidation/consolidated-report.js';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import type { ChaseRow } from '../../core/consolidation/chase-list.js';
import { exitCodeForFindings, exitCodeHelp } from '../exit-codes.js';
import { formatText } from '../../core/diagnostics/format.js';
import { resolveYear } from '../resolve-inputs.js';
import { renderDiagnosticList } from '../../render/diagnostic-list-text.js';
import { pathShower } from '../show-path.js';
import { writeRunLog } from '../run-log.js';

interface StatusFlags {
  year?: string;
  asOf?: string;
  format: 'text' | 'json' | 'csv';
}

export function registerStatus(program: Command, ctx: CommandContext): void {
  program
    .command('status')
    .description(formatText(ctx.lang, 'help.status'))
    .option('--year <year>', formatText(ctx.lang, 'help.yearOfAsOf'))
    .option('--as-of <date>', formatText(ctx.lang, 'help.asOf'))
    .addOption(new Option('--format <format>', formatText(ctx.lang, 'help.status.format')).choices(['text', 'json', 'csv']).default('text'))
    .addHelpText('after', `
${formatText(ctx.lang, 'help.status.after')}
${exitCodeHelp(ctx.lang)}
`)
    .action(async (o: StatusFlags, command: Command) => {
      const opts = globalOptions(command);
      const { inputs, warnings } = await resolveYear(ctx, opts, o, 'status');
      const [{ runChaseList }, { withSpilledForms }] = await Promise.all([import('../../app/status.js'), import('../../app/consolidation-inputs.js')]);
      // As for consolidate: what is kept of each form waits on disk, so a national year's memory stays flat.
      await withSpilledForms(inputs.workspace.outDir, async (validate) => {
        const { report, rows } = await runChaseList({ ...inputs, validate });
        const all = [...warnings, ...report.diagnostics];
        await printStatus(ctx, opts, o.format, { report, rows }, all, pathShower(inputs.workspace.root));
        ctx.exitCode = exitCodeForFindings(all);
        writeRunLog(ctx, { command: 'status', year: inputs.year, files: report.submissions.length, diagnostics: all }, ctx.exitCode);
      });
    });
}

/** The chase list on stdout (text, JSON or CSV); with text, the diagnostics (the plan's too) on stderr, grouped by file. */
async function printStatus(
  ctx: CommandContext,
  opts: GlobalOptions,
  format: StatusFlags['format'],
  { report, rows }: { report: ConsolidatedReport; rows: readonly ChaseRow[] },
  all: readonly Diagnostic[],
  showPath: (file: string) => string,
): Promise<void> {
  if (format === 'json') {
    const { renderStatusJson } = await import('../../render/status-json.js');
    ctx.io.stdout.write(renderStatusJson(report, rows, opts.lang));
    return;
  }
  if (format === 'csv') {
    const { renderStatusCsv } = await import('../../render/status-csv.js');
    ctx.io.stdout.write(renderStatusCsv(rows, opts.lang));
    return;
  }
  if (all.length > 0) ctx.io.stderr.write(renderDiagnosticList(all, { lang: opts.lang, chalk: stderrChalk(ctx, opts), showPath }));
  const { renderStatusText } = await import('../../render/status-text.js');
  ctx.io.stdout.write(renderStatusText(report, rows, { lang: opts.lang, chalk: stdoutChalk(ctx, opts) }));
}
