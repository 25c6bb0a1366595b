/** `atvsld consolidate --year Y [--as-of DATE] [--out FILE] [--format text|json]`. */
import { Option, type Command } from 'commander';
import { relative, resolve } from 'node:path';
import { globalOptions, stderrChalk, stdoutChalk, todayIso, type CommandContext, type GlobalOptions } from '../command-context.js';
import type { ConsolidatedReport } from '../../core/consolidation/consolidated-report.js';
import { EXIT_CODE_HELP, exitCodeForFindings } from '../exit-codes.js';
import { checkPlanYear, loadPlan, parseIsoDate, parseYear, requireWorkspace } from '../resolve-inputs.js';
import { renderDiagnosticList } from '../../render/diagnostic-list-text.js';
import { lockMessages } from './receive.js';
import type { WriteReportDocx } from '../../app/consolidate.js';
import type { Workspace } from '../../io/workspace/read-workspace.js';

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
    .description('tổng hợp báo cáo các cơ quan trong năm: ghi bảng tính tổng hợp và in tóm tắt')
    .option('--year <year>', 'năm báo cáo (mặc định: năm của --as-of)')
    .option('--as-of <date>', 'tính đến ngày, YYYY-MM-DD (mặc định: hôm nay); cố định để kết quả lặp lại được')
    .option('--out <file>', 'tệp .xlsx ghi ra (mặc định: out/bao-cao-tong-hop-<năm>.xlsx)')
    .option('--report-docx', 'ghi thêm dự thảo văn bản báo cáo out/bao-cao-<năm>.docx (như "atvsld report")')
    .addOption(new Option('--format <format>', 'định dạng kết quả in ra').choices(['text', 'json']).default('text'))
    .addHelpText('after', `
Ví dụ:
  $ atvsld consolidate --year 2025                       ghi out/bao-cao-tong-hop-2025.xlsx, in tóm tắt
  $ atvsld consolidate --year 2025 --as-of 2025-12-31    tính trễ hạn đến ngày 31/12/2025
  $ atvsld consolidate --year 2025 --format json > tong-hop.json
  $ atvsld consolidate --year 2025 --report-docx         ghi cả bảng tính và out/bao-cao-2025.docx

Đọc submissions/<năm>/ (và năm trước, để so sánh chỉ tiêu), biên nhận và history/indicators.yaml.
Cùng dữ liệu và --as-of cho ra cùng kết quả. Hai lần chạy cùng lúc không ghi chồng nhau (khóa out/.atvsld.lock).
${EXIT_CODE_HELP}
`)
    .action(async (o: ConsolidateFlags, command: Command) => {
      const opts = globalOptions(command);
      const asOf = o.asOf !== undefined ? parseIsoDate('--as-of', o.asOf) : todayIso(ctx);
      const year = parseYear(o.year, Number(asOf.slice(0, 4)));
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
        await printConsolidation(ctx, opts, o.format, { ...report, diagnostics: all }, outFile, reportDocxFile);
        ctx.exitCode = exitCodeForFindings(all);
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
  outFile: string | undefined,
  reportDocxFile?: string,
): Promise<void> {
  if (format === 'json') {
    const { consolidationJsonChunks } = await import('../../render/consolidation-json.js');
    for (const chunk of consolidationJsonChunks(report, opts.lang)) ctx.io.stdout.write(chunk);
    return;
  }
  if (!opts.quiet && report.diagnostics.length > 0) {
    ctx.io.stderr.write(renderDiagnosticList(report.diagnostics, { lang: opts.lang, chalk: stderrChalk(ctx, opts) }));
  }
  const { renderConsolidationText } = await import('../../render/consolidation-text.js');
  const shown = (file: string | undefined): string | undefined => (file !== undefined ? relative(ctx.io.cwd, file) || file : undefined);
  const workbook = shown(outFile);
  const docx = shown(reportDocxFile);
  ctx.io.stdout.write(
    renderConsolidationText(report, { ...(workbook ? { outFile: workbook } : {}), ...(docx ? { reportDocxFile: docx } : {}), chalk: stdoutChalk(ctx, opts) }),
  );
}
