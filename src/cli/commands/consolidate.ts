/** `atvsld consolidate --year Y [--as-of DATE] [--out FILE] [--format text|json]`. */
import { Option, type Command } from 'commander';
import { globalOptions, stderrChalk, stdoutChalk, type CommandContext, type GlobalOptions } from '../command-context.js';
import type { ConsolidatedReport } from '../../core/consolidation/consolidated-report.js';
import { exitCodeForFindings, exitCodeHelp } from '../exit-codes.js';
import { formatText } from '../../core/diagnostics/format.js';
import { givenPath, resolveYear, type YearInputs } from '../resolve-inputs.js';
import { renderDiagnosticList } from '../../render/diagnostic-list-text.js';
import { lockMessages } from '../lock-messages.js';
import { pathShower } from '../show-path.js';
import { writeRunLog } from '../run-log.js';
import type { ConsolidateResult } from '../../app/consolidate.js';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';

interface ConsolidateFlags {
  year?: string;
  asOf?: string;
  out?: string;
  reportDocx?: boolean;
  format: 'text' | 'json';
}

export function registerConsolidate(program: Command, ctx: CommandContext): void {
  program
    .command('consolidate')
    .description(formatText(ctx.lang, 'help.consolidate'))
    .option('--year <year>', formatText(ctx.lang, 'help.yearOfAsOf'))
    .option('--as-of <date>', formatText(ctx.lang, 'help.consolidate.asOf'))
    .option('--out <file>', formatText(ctx.lang, 'help.consolidate.out'))
    .option('--report-docx', formatText(ctx.lang, 'help.consolidate.reportDocx'))
    .addOption(new Option('--format <format>', formatText(ctx.lang, 'help.format')).choices(['text', 'json']).default('text'))
    .addHelpText('after', `
${formatText(ctx.lang, 'help.consolidate.after')}
${exitCodeHelp(ctx.lang)}
`)
    .action(async (o: ConsolidateFlags, command: Command) => {
      const opts = globalOptions(command);
      const { inputs, warnings } = await resolveYear(ctx, opts, o, 'consolidate');
      const { consolidateWorkspace } = await import('../../app/consolidate-workspace.js');
      await consolidateWorkspace(
        { ...inputs, workbook: { file: givenPath(ctx, o.out) }, ...(o.reportDocx ? { reportDocx: {} } : {}), lock: lockMessages(ctx) },
        (result) => showConsolidation(ctx, opts, { command: 'consolidate', format: o.format, inputs, warnings, result }),
      );
    });
}

/**
 * What `consolidate` and `report` show once the year is consolidated: the
 * summary or the JSON, the exit code, and the run's log line, which names
 * the workbook written, else the written report.
 */
export async function showConsolidation(
  ctx: CommandContext,
  opts: GlobalOptions,
  s: {
    command: string;
    format: ConsolidateFlags['format'];
    inputs: YearInputs;
    /** The plan's and the year's own warnings, shown before the forms'. */
    warnings: readonly Diagnostic[];
    result: ConsolidateResult;
  },
): Promise<void> {
  const { report, outFile, reportDocxFile } = s.result;
  const all = [...s.warnings, ...report.diagnostics];
  const showPath = pathShower(s.inputs.workspace.root);
  const shownOut = outFile !== undefined ? showPath(outFile) : undefined;
  const shownDocx = reportDocxFile !== undefined ? showPath(reportDocxFile) : undefined;
  await printConsolidation(ctx, opts, s.format, { ...report, diagnostics: all }, shownOut, showPath, shownDocx);
  ctx.exitCode = exitCodeForFindings(all);
  const logged = shownOut ?? shownDocx;
  writeRunLog(ctx, { command: s.command, year: s.inputs.year, files: report.submissions.length, diagnostics: all, ...(logged !== undefined ? { report: logged } : {}) }, ctx.exitCode);
}

/** The summary (diagnostics on stderr) or the JSON, on stdout; the texts it prints are read from the spill, still open. */
async function printConsolidation(
  ctx: CommandContext,
  opts: GlobalOptions,
  format: ConsolidateFlags['format'],
  report: ConsolidatedReport,
  shownOutFile: string | undefined,
  showPath: (file: string) => string,
  shownDocxFile?: string,
): Promise<void> {
  if (format === 'json') {
    const { consolidationJsonChunks } = await import('../../render/consolidation-json.js');
    for (const chunk of consolidationJsonChunks(report, opts.lang)) ctx.io.stdout.write(chunk);
    return;
  }
  // --quiet silences progress only: the December job's log must say which file is wrong.
  if (report.diagnostics.length > 0) {
    ctx.io.stderr.write(renderDiagnosticList(report.diagnostics, { lang: opts.lang, chalk: stderrChalk(ctx, opts), showPath }));
  }
  const { renderConsolidationText } = await import('../../render/consolidation-text.js');
  ctx.io.stdout.write(
    renderConsolidationText(report, {
      ...(shownOutFile ? { outFile: shownOutFile } : {}),
      ...(shownDocxFile ? { reportDocxFile: shownDocxFile } : {}),
      chalk: stdoutChalk(ctx, opts),
      lang: opts.lang,
    }),
  );
}
