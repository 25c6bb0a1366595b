/** `atvsld report --year Y [--as-of DATE] [--out FILE]`: the written report (Báo cáo, .docx) of the year's consolidation. */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { globalOptions, todayIso, type CommandContext } from '../command-context.js';
import { exitCodeHelp } from '../exit-codes.js';
import { checkPlanYear, loadPlan, parseIsoDate, parseYear, requireWorkspace } from '../resolve-inputs.js';
import { formatText } from '../../core/diagnostics/format.js';
import { startRunLog } from '../run-log.js';
import { showConsolidation } from './consolidate.js';
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
      const { consolidateWorkspace } = await import('../../app/consolidate-workspace.js');
      // The agencies' texts wait in the spill until the document is written.
      await consolidateWorkspace(
        {
          workspace,
          plan: loaded.plan,
          planHash: loaded.hash,
          year,
          asOf,
          reportDocx: { file: o.out !== undefined ? resolve(ctx.io.cwd, o.out) : undefined },
          lock: lockMessages(ctx),
        },
        (result) => showConsolidation(ctx, opts, { command: 'report', format: 'text', year, workspace, warnings: [...loaded.diagnostics, ...yearWarnings], result }),
      );
    });
}
