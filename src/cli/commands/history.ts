/** `atvsld history record --year Y [--amend]` and `atvsld history show [--format text|json]`. */
import { Option, type Command } from 'commander';
import { relative } from 'node:path';
import { globalOptions, stderrChalk, type CommandContext } from '../command-context.js';
import { ExitCode, exitCodeForFindings, exitCodeHelp } from '../exit-codes.js';
import { givenPath, loadPlan, requireWorkspace, resolveYear } from '../resolve-inputs.js';
import { renderDiagnosticList } from '../../render/diagnostic-list-text.js';
import { formatText } from '../../core/diagnostics/format.js';
import { lockMessages } from '../lock-messages.js';
import { writeRunLog } from '../run-log.js';
import { pathShower } from '../show-path.js';

interface RecordFlags {
  year?: string;
  asOf?: string;
  out?: string;
  amend?: boolean;
}

export function registerHistory(program: Command, ctx: CommandContext): void {
  const history = program
    .command('history')
    .description(formatText(ctx.lang, 'help.history'))
    .addHelpText('after', `\n${formatText(ctx.lang, 'help.history.after')}\n${exitCodeHelp(ctx.lang)}\n`);

  history
    .command('record')
    .description(formatText(ctx.lang, 'help.history.record'))
    .option('--year <year>', formatText(ctx.lang, 'help.yearOfAsOf'))
    .option('--as-of <date>', formatText(ctx.lang, 'help.history.record.asOf'))
    .option('--out <file>', formatText(ctx.lang, 'help.consolidate.out'))
    .option('--amend', formatText(ctx.lang, 'help.history.record.amend'))
    .addHelpText('after', `
${formatText(ctx.lang, 'help.history.record.after')}
${exitCodeHelp(ctx.lang)}
`)
    .action(async (o: RecordFlags, command: Command) => {
      const opts = globalOptions(command);
      // A batch command like consolidate: the plan-year check, problems on stderr whatever --quiet says, one log line.
      const { inputs, warnings } = await resolveYear(ctx, opts, o, 'history-record');
      const { year } = inputs;
      const { consolidateWorkspace } = await import('../../app/consolidate-workspace.js');
      await consolidateWorkspace(
        { ...inputs, workbook: { file: givenPath(ctx, o.out) }, record: { amend: o.amend === true, today: inputs.asOf }, lock: lockMessages(ctx) },
        async (result) => {
          const all = [...warnings, ...result.report.diagnostics];
          const showPath = pathShower(inputs.workspace.root);
          if (all.length > 0) ctx.io.stderr.write(renderDiagnosticList(all, { lang: opts.lang, chalk: stderrChalk(ctx, opts), showPath }));
          const shown = (f: string): string => relative(ctx.io.cwd, f) || f;
          const args = {
            year,
            territoryName: result.record.figures.name ?? result.record.territory,
            parts: Object.keys(result.record.figures.parts).length,
            file: shown(result.historyFile),
            report: shown(result.outFile),
            sha256: result.record.figures.report?.sha256 ?? '',
          };
          ctx.io.stdout.write(`${formatText(opts.lang, result.amended ? 'history.amended' : 'history.recorded', args)}\n`);
          // Recorded: the figures are kept whatever the forms' problems (they were shown above); errors still give 1.
          ctx.exitCode = exitCodeForFindings(all);
          writeRunLog(ctx, { command: 'history-record', year, files: result.report.submissions.length, diagnostics: all, report: showPath(result.historyFile) }, ctx.exitCode);
        },
      );
    });

  history
    .command('show')
    .description(formatText(ctx.lang, 'help.history.show'))
    .addOption(new Option('--format <format>', formatText(ctx.lang, 'help.format')).choices(['text', 'json']).default('text'))
    .addHelpText('after', `
${formatText(ctx.lang, 'help.history.show.after')}
${exitCodeHelp(ctx.lang)}
`)
    .action(async (o: { format: 'text' | 'json' }, command: Command) => {
      const opts = globalOptions(command);
      const workspace = await requireWorkspace(ctx, opts);
      const loaded = await loadPlan(ctx, opts);
      const [{ showHistory }, { buildHistoryListing }, render] = await Promise.all([
        import('../../app/history.js'),
        import('../../core/consolidation/history-listing.js'),
        import('../../render/history-show.js'),
      ]);
      const { history, diagnostics } = await showHistory({ workspace, plan: loaded.plan });
      if (diagnostics.length > 0) ctx.io.stderr.write(renderDiagnosticList(diagnostics, { lang: opts.lang, chalk: stderrChalk(ctx, opts) }));
      const listing = buildHistoryListing(loaded.plan, history);
      const file = relative(ctx.io.cwd, workspace.historyFile) || workspace.historyFile;
      ctx.io.stdout.write(o.format === 'json' ? render.renderHistoryJson(listing, file) : render.renderHistoryText(listing, file, opts.lang));
      ctx.exitCode = diagnostics.some((d) => d.severity === 'error') ? ExitCode.findings : ExitCode.ok;
    });
}
