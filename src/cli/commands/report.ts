/** `atvsld report --year Y [--as-of DATE] [--out FILE]`: the written report (Báo cáo, .docx) of the year's consolidation. */
import type { Command } from 'commander';
import { globalOptions, type CommandContext } from '../command-context.js';
import { exitCodeHelp } from '../exit-codes.js';
import { givenPath, resolveYear } from '../resolve-inputs.js';
import { formatText } from '../../core/diagnostics/format.js';
import { showConsolidation } from './consolidate.js';
import { lockMessages } from '../lock-messages.js';

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
      const { inputs, warnings } = await resolveYear(ctx, opts, o, 'report');
      const { consolidateWorkspace } = await import('../../app/consolidate-workspace.js');
      // The agencies' texts wait in the spill until the document is written.
      await consolidateWorkspace(
        { ...inputs, reportDocx: { file: givenPath(ctx, o.out) }, lock: lockMessages(ctx) },
        (result) => showConsolidation(ctx, opts, { command: 'report', format: 'text', inputs, warnings, result }),
      );
    });
}
