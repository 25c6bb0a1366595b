/** `atvsld template --year Y [--agency ID ...] [--out DIR] [--as-of DATE]`. */
import type { Command } from 'commander';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { globalOptions, stderrChalk, todayIso, type CommandContext } from '../command-context.js';
import { EXIT_CODE_HELP, exitCodeForFindings } from '../exit-codes.js';
import { checkPlanYear, findWorkspace, loadPlan, parseIsoDate, parseYear } from '../resolve-inputs.js';
import { renderCounts, renderDiagnosticList } from '../../render/diagnostic-list-text.js';
import { UserError } from '../../core/diagnostics/user-error.js';

interface TemplateFlags {
  year?: string;
  agency: string[];
  out?: string;
  asOf?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerTemplate(program: Command, ctx: CommandContext): void {
  program
    .command('template')
    .description('tạo biểu mẫu báo cáo (.xlsx) cho từng cơ quan phải báo cáo trong năm')
    .option('--year <year>', 'năm báo cáo (mặc định: năm hiện tại)')
    .option('--agency <id>', 'chỉ tạo cho cơ quan này; lặp lại để chọn nhiều cơ quan', collect, [])
    .option('--out <dir>', 'thư mục ghi biểu mẫu (mặc định: <out của thư mục làm việc>/templates/<năm>)')
    .option('--as-of <date>', 'ngày lập biểu mẫu, YYYY-MM-DD (mặc định: hôm nay)')
    .addHelpText('after', `
Ví dụ:
  $ atvsld template --year 2025                     mọi cơ quan phải báo cáo năm 2025
  $ atvsld template --year 2025 --agency so-y-te --agency so-noi-vu
  $ atvsld template --year 2024 --out bieu-mau --as-of 2024-11-15

Tên tệp: bao-cao-atvsld-<năm>-<mã cơ quan>.xlsx. Cùng kế hoạch và --as-of cho ra tệp giống hệt nhau.
${EXIT_CODE_HELP}
`)
    .action(async (o: TemplateFlags, command: Command) => {
      const opts = globalOptions(command);
      const today = o.asOf !== undefined ? parseIsoDate('--as-of', o.asOf) : todayIso(ctx);
      const year = parseYear(o.year, Number(today.slice(0, 4)));
      const loaded = await loadPlan(ctx, opts);
      const yearWarnings = checkPlanYear(loaded.plan, year, today);
      const outDir = await resolveOutDir(ctx, opts, o.out, year);
      const { generateTemplates } = await import('../../app/generate-templates.js');
      const { written, diagnostics } = await generateTemplates({
        plan: loaded.plan,
        planHash: loaded.hash,
        year,
        ...(o.agency.length > 0 ? { agencies: o.agency } : {}),
        outDir,
        today,
      });
      const all = [...loaded.diagnostics, ...yearWarnings, ...diagnostics];
      const shown = opts.quiet ? [...yearWarnings, ...diagnostics] : all;
      if (shown.length > 0) {
        ctx.io.stderr.write(renderDiagnosticList(shown, { lang: opts.lang, chalk: stderrChalk(ctx, opts) }));
      }
      if (!opts.quiet) {
        for (const t of written) {
          ctx.io.stdout.write(`${displayPath(ctx.io.cwd, t.path)}  ${t.tasks} nhiệm vụ, ${t.indicatorParts} số liệu\n`);
        }
      }
      ctx.io.stdout.write(`Đã tạo ${written.length} biểu mẫu năm ${year} trong ${outDir}; ${renderCounts(all, opts.lang)}\n`);
      ctx.exitCode = exitCodeForFindings(all);
    });
}

async function resolveOutDir(
  ctx: CommandContext,
  opts: ReturnType<typeof globalOptions>,
  out: string | undefined,
  year: number,
): Promise<string> {
  if (out !== undefined) return resolve(ctx.io.cwd, out);
  const workspace = await findWorkspace(ctx, opts);
  if (!workspace) {
    throw new UserError('OUT_DIR_REQUIRED', {});
  }
  return join(workspace.outDir, 'templates', String(year));
}

/** Relative to the current folder when inside it, absolute otherwise. */
function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
