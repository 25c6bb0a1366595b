/** `atvsld status --year Y [--as-of DATE] [--format text|json]`. */
import { Option, type Command } from 'commander';
import { globalOptions, stderrChalk, stdoutChalk, todayIso, type CommandContext, type GlobalOptions } from '../command-context.js';
import type { ConsolidatedReport } from '../../core/consolidation/consolidated-report.js';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { EXIT_CODE_HELP, exitCodeForFindings } from '../exit-codes.js';
import { checkPlanYear, loadPlan, parseIsoDate, parseYear, requireWorkspace } from '../resolve-inputs.js';
import { renderDiagnosticList } from '../../render/diagnostic-list-text.js';

interface StatusFlags {
  year?: string;
  asOf?: string;
  format: 'text' | 'json';
}

export function registerStatus(program: Command, ctx: CommandContext): void {
  program
    .command('status')
    .description('cơ quan nào đã gửi, chưa gửi báo cáo; còn bao nhiêu ngày đến hạn')
    .option('--year <year>', 'năm báo cáo (mặc định: năm của --as-of)')
    .option('--as-of <date>', 'tính đến ngày, YYYY-MM-DD (mặc định: hôm nay)')
    .addOption(new Option('--format <format>', 'định dạng kết quả in ra').choices(['text', 'json']).default('text'))
    .addHelpText('after', `
Ví dụ:
  $ atvsld status --year 2025
  $ atvsld status --year 2025 --as-of 2025-12-21 --format json

Không ghi tệp nào. Người liên hệ lấy từ trang bìa báo cáo đã gửi, hoặc từ kế hoạch (contact).
${EXIT_CODE_HELP}
`)
    .action(async (o: StatusFlags, command: Command) => {
      const opts = globalOptions(command);
      const asOf = o.asOf !== undefined ? parseIsoDate('--as-of', o.asOf) : todayIso(ctx);
      const year = parseYear(o.year, Number(asOf.slice(0, 4)));
      const workspace = await requireWorkspace(ctx, opts);
      const loaded = await loadPlan(ctx, opts);
      const yearWarnings = checkPlanYear(loaded.plan, year, asOf);
      const [{ runStatus }, { loadValidateFiles }, { SpillFile }] = await Promise.all([
        import('../../app/status.js'),
        import('../../app/consolidation-inputs.js'),
        import('../../io/spill/spill-file.js'),
      ]);
      // As for consolidate: what is kept of each form waits on disk, so a national year's memory stays flat.
      const spill = SpillFile.openForWorkspace(workspace.outDir);
      try {
        const report = await runStatus({ workspace, plan: loaded.plan, planHash: loaded.hash, year, asOf, validate: await loadValidateFiles(spill) });
        const all = [...loaded.diagnostics, ...yearWarnings, ...report.diagnostics];
        await printStatus(ctx, opts, o.format, report, all);
        ctx.exitCode = exitCodeForFindings(all);
      } finally {
        spill.close();
      }
    });
}

/** The status on stdout, as JSON or as text with `all` the diagnostics (the plan's too) on stderr. */
async function printStatus(
  ctx: CommandContext,
  opts: GlobalOptions,
  format: StatusFlags['format'],
  report: ConsolidatedReport,
  all: readonly Diagnostic[],
): Promise<void> {
  if (format === 'json') {
    const { renderStatusJson } = await import('../../render/status-json.js');
    ctx.io.stdout.write(renderStatusJson(report));
    return;
  }
  if (!opts.quiet && all.length > 0) ctx.io.stderr.write(renderDiagnosticList(all, { lang: opts.lang, chalk: stderrChalk(ctx, opts) }));
  const { renderStatusText } = await import('../../render/status-text.js');
  ctx.io.stdout.write(renderStatusText(report, stdoutChalk(ctx, opts)));
}
