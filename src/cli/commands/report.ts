/** `atvsld report --year Y [--as-of DATE] [--out FILE]`: the written report (Báo cáo, .docx) of the year's consolidation. */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { globalOptions, todayIso, type CommandContext } from '../command-context.js';
import { exitCodeForFindings, exitCodeHelp } from '../exit-codes.js';
import { checkPlanYear, loadPlan, parseIsoDate, parseYear, requireWorkspace } from '../resolve-inputs.js';
import { formatText } from '../../core/diagnostics/format.js';
import { pathShower } from '../show-path.js';
import { startRunLog, writeRunLog } from '../run-log.js';
import { printConsolidation, reportDocxWriter } from './consolidate.js';
import { lockMessages } from './receive.js';

interface ReportFlags {
  year?: string;
  asOf?: string;
  out?: string;
}

export function registerReport(program: Command, ctx: CommandContext): void {
  program
    .command('report')
    .description(formatText(ctx.lang, 'help.report'))
    .option('--year <year>', formatText(ctx.lang, 'help.yearOfAsOf'))
    .option('--as-of <date>', formatText(ctx.lang, 'help.report.asOf'))
    .option('--out <file>', formatText(ctx.lang, 'help.report.out'))
    .addHelpText('after', `
${formatText(ctx.lang, 'help.report.after')}
${exitCodeHelp(ctx.lang)}
`)
    .action(async (o: ReportFlags, command: Command) => {
      const opts = globalOptions(command);
      const asOf = o.asOf !== undefined ? parseIsoDate('--as-of', o.asOf) : todayIso(ctx);
      const year = parseYear(o.year, Number(asOf.slice(0, 4)));
      startRunLog(ctx, { command: 'report', year });
      const workspace = await requireWorkspace(ctx, opts);
      const loaded = await loadPlan(ctx, opts);
      const yearWarnings = checkPlanYear(loaded.plan, year, asOf);
      const [{ runConsolidate }, { loadValidateFiles }, { SpillFile }, writeReportDocx] = await Promise.all([
        import('../../app/consolidate.js'),
        import('../../app/consolidation-inputs.js'),
        import('../../io/spill/spill-file.js'),
        reportDocxWriter(workspace),
      ]);
      // The agencies' texts wait in the spill until the document is written.
      const spill = SpillFile.openForWorkspace(workspace.outDir);
      try {
        const { report, reportDocxFile } = await runConsolidate({
          workspace,
          plan: loaded.plan,
          planHash: loaded.hash,
          year,
          asOf,
          validate: await loadValidateFiles(spill),
          writeReportDocx,
          ...(o.out !== undefined ? { reportDocxFile: resolve(ctx.io.cwd, o.out) } : {}),
          lock: lockMessages(ctx),
        });
        const all = [...loaded.diagnostics, ...yearWarnings, ...report.diagnostics];
        const showPath = pathShower(workspace.root);
        const shownDocx = reportDocxFile !== undefined ? showPath(reportDocxFile) : undefined;
        await printConsolidation(ctx, opts, 'text', { ...report, diagnostics: all }, undefined, showPath, shownDocx);
        ctx.exitCode = exitCodeForFindings(all);
        writeRunLog(ctx, { command: 'report', year, files: report.submissions.length, diagnostics: all, ...(shownDocx !== undefined ? { report: shownDocx } : {}) }, ctx.exitCode);
      } finally {
        spill.close();
      }
    });
}
