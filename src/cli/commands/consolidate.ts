/** `atvsld consolidate --year Y [--as-of DATE] [--out FILE] [--format text|json]`. */
import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { globalOptions, stderrChalk, stdoutChalk, todayIso, type CommandContext, type GlobalOptions } from '../command-context.js';
import type { ConsolidatedReport } from '../../core/consolidation/consolidated-report.js';
import { exitCodeForFindings, exitCodeHelp } from '../exit-codes.js';
import { formatText } from '../../core/diagnostics/format.js';
import { checkPlanYear, loadPlan, parseIsoDate, parseYear, requireWorkspace } from '../resolve-inputs.js';
import { renderDiagnosticList } from '../../render/diagnostic-list-text.js';
import { lockMessages } from './receive.js';
import { pathShower } from '../show-path.js';
import { startRunLog, writeRunLog } from '../run-log.js';
import type { ConsolidateResult } from '../../app/consolidate.js';
import type { Workspace } from '../../app/find-workspace.js';
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
      startRunLog(ctx, { command: 'consolidate' });
      const asOf = o.asOf !== undefined ? parseIsoDate('--as-of', o.asOf) : todayIso(ctx);
      const year = parseYear(o.year, Number(asOf.slice(0, 4)));
      startRunLog(ctx, { command: 'consolidate', year });
      const workspace = await requireWorkspace(ctx, opts);
      const loaded = await loadPlan(ctx, opts);
      const yearWarnings = checkPlanYear(loaded.plan, year, asOf);
      const { consolidateWorkspace } = await import('../../app/consolidate-workspace.js');
      await consolidateWorkspace(
        {
          workspace,
          plan: loaded.plan,
          planHash: loaded.hash,
          year,
          asOf,
          workbook: { file: o.out !== undefined ? resolve(ctx.io.cwd, o.out) : undefined },
          ...(o.reportDocx ? { reportDocx: {} } : {}),
          lock: lockMessages(ctx),
        },
        (result) => showConsolidation(ctx, opts, { command: 'consolidate', format: o.format, year, workspace, warnings: [...loaded.diagnostics, ...yearWarnings], result }),
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
    year: number;
    workspace: Workspace;
    /** The plan's and the year's own warnings, shown before the forms'. */
    warnings: readonly Diagnostic[];
    result: ConsolidateResult;
  },
): Promise<void> {
  const { report, outFile, reportDocxFile } = s.result;
  const all = [...s.warnings, ...report.diagnostics];
  const showPath = pathShower(s.workspace.root);
  const shownOut = outFile !== undefined ? showPath(outFile) : undefined;
  const shownDocx = reportDocxFile !== undefined ? showPath(reportDocxFile) : undefined;
  await printConsolidation(ctx, opts, s.format, { ...report, diagnostics: all }, shownOut, showPath, shownDocx);
  ctx.exitCode = exitCodeForFindings(all);
  const logged = shownOut ?? shownDocx;
  writeRunLog(ctx, { command: s.command, year: s.year, files: report.submissions.length, diagnostics: all, ...(logged !== undefined ? { report: logged } : {}) }, ctx.exitCode);
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
