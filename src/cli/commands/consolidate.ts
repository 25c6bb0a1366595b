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
import type { WriteReportDocx } from '../../app/consolidate.js';
import type { Workspace } from '../../app/find-workspace.js';

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
      const [{ runConsolidate }, { loadValidateFiles }, { writeConsolidatedWorkbook }, { SpillFile }, writeDocx] = await Promise.all([
        import('../../app/consolidate.js'),
        import('../../app/consolidation-inputs.js'),
        import('../../io/report/write-consolidated-workbook.js'),
        import('../../io/spill/spill-file.js'),
        o.reportDocx ? reportDocxWriter(workspace) : undefined,
      ]);
      // The forms' task texts wait in a temporary file until the workbook and the output below are written.
      const spill = SpillFile.openForWorkspace(workspace.outDir);
      try {
        const { report, outFile, reportDocxFile } = await runConsolidate({
          workspace,
          plan: loaded.plan,
          planHash: loaded.hash,
          year,
          asOf,
          ...(o.out !== undefined ? { outFile: resolve(ctx.io.cwd, o.out) } : {}),
          validate: await loadValidateFiles(spill),
          writeWorkbook: (r, file) => writeConsolidatedWorkbook(r, file),
          ...(writeDocx ? { writeReportDocx: writeDocx } : {}),
          lock: lockMessages(ctx),
        });
        const all = [...loaded.diagnostics, ...yearWarnings, ...report.diagnostics];
        const showPath = pathShower(workspace.root);
        await printConsolidation(
          ctx,
          opts,
          o.format,
          { ...report, diagnostics: all },
          outFile !== undefined ? showPath(outFile) : undefined,
          showPath,
          reportDocxFile !== undefined ? showPath(reportDocxFile) : undefined,
        );
        ctx.exitCode = exitCodeForFindings(all);
        writeRunLog(ctx, { command: 'consolidate', year, files: report.submissions.length, diagnostics: all, ...(outFile !== undefined ? { report: showPath(outFile) } : {}) }, ctx.exitCode);
      } finally {
        spill.close();
      }
    });
}

/** The written report's writer, with the workspace's `report:` settings (atvsld.yaml). */
export async function reportDocxWriter(workspace: Workspace): Promise<WriteReportDocx> {
  const [{ writeReportDocument }, { ReportSettingsSchema }] = await Promise.all([
    import('../../app/write-report-document.js'),
    import('../../core/report-document/report-settings.js'),
  ]);
  // Parsed again: a settings cache written by an older atvsld may lack the block.
  const settings = ReportSettingsSchema.parse(workspace.config.report ?? {});
  return (report, file) => writeReportDocument(report, settings, file);
}

/** The summary (diagnostics on stderr) or the JSON, on stdout; the texts it prints are read from the spill, still open. */
export async function printConsolidation(
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
