/** `atvsld report --year Y [--as-of DATE] [--out FILE]`: the written report (Báo cáo, .docx) of the year's consolidation. */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { globalOptions, todayIso, type CommandContext } from '../command-context.js';
import { EXIT_CODE_HELP, exitCodeForFindings } from '../exit-codes.js';
import { loadPlan, parseIsoDate, parseYear, requireWorkspace } from '../resolve-inputs.js';
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
    .description('soạn dự thảo văn bản báo cáo (Word, thể thức Nghị định 30/2020/NĐ-CP) từ kết quả tổng hợp của năm')
    .option('--year <year>', 'năm báo cáo (mặc định: năm của --as-of)')
    .option('--as-of <date>', 'tính đến ngày, YYYY-MM-DD (mặc định: hôm nay); cũng là ngày ghi trên văn bản')
    .option('--out <file>', 'tệp .docx ghi ra (mặc định: out/bao-cao-<năm>.docx)')
    .addHelpText('after', `
Ví dụ:
  $ atvsld report --year 2025                        ghi out/bao-cao-2025.docx
  $ atvsld report --year 2025 --as-of 2025-12-28     số liệu và ngày văn bản tính đến 28/12/2025

Cùng số liệu với "atvsld consolidate" (bảng tính tổng hợp). Số, ký hiệu, người ký và nơi nhận lấy từ mục
report: trong atvsld.yaml; chỗ để trống in "…" để văn thư điền (xem README).
${EXIT_CODE_HELP}
`)
    .action(async (o: ReportFlags, command: Command) => {
      const opts = globalOptions(command);
      const asOf = o.asOf !== undefined ? parseIsoDate('--as-of', o.asOf) : todayIso(ctx);
      const year = parseYear(o.year, Number(asOf.slice(0, 4)));
      const workspace = await requireWorkspace(ctx, opts);
      const loaded = await loadPlan(ctx, opts);
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
        const all = [...loaded.diagnostics, ...report.diagnostics];
        await printConsolidation(ctx, opts, 'text', { ...report, diagnostics: all }, undefined, reportDocxFile);
        ctx.exitCode = exitCodeForFindings(all);
      } finally {
        spill.close();
      }
    });
}
