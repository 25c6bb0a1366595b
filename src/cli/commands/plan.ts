/** `atvsld plan check` and `atvsld plan show`. */
import { Command, Option } from 'commander';
import { isAbsolute, relative } from 'node:path';
import { globalOptions, stderrChalk, stdoutChalk, todayIso, type CommandContext } from '../command-context.js';
import { loadPlan, parseYear, readPlanInput } from '../resolve-inputs.js';
import { EXIT_CODE_HELP, ExitCode } from '../exit-codes.js';
import { renderDiagnosticList } from '../../render/diagnostic-list-text.js';
import { renderPlanSummary, renderPlanMatrix, renderAgencyDuties } from '../../render/plan-text.js';
import { renderPlanJson } from '../../render/plan-json.js';
import { UserError } from '../../core/diagnostics/user-error.js';
import type { PlanLoadResult } from '../../io/plan/read-plan.js';
import type { PlanCheck } from '../../render/plan-check-formats.js';

export function registerPlan(program: Command, ctx: CommandContext): void {
  const plan = program
    .command('plan')
    .description('kiểm tra và xem kế hoạch (check and show the plan)')
    .addHelpText('after', `\n${EXIT_CODE_HELP}\n`);

  plan
    .command('check')
    .description('kiểm tra tệp kế hoạch YAML: cú pháp, trường dữ liệu, tham chiếu giữa các mục')
    .addOption(new Option('--format <format>', 'định dạng kết quả: text cho người đọc, json hoặc github cho CI').choices(['text', 'json', 'github']).default('text'))
    .addHelpText('after', `
Ví dụ:
  $ atvsld plan check
  $ atvsld plan check --plan templates/plans/ke-hoach-ct31-bac-giang.yaml
  $ atvsld plan check --format github      chú thích lỗi ngay trên dòng YAML trong GitHub Actions
  $ atvsld plan check --format json > kiem-tra-ke-hoach.json

Mỗi lỗi được chỉ rõ tệp:dòng:cột. Thoát với mã 0 khi hợp lệ, 2 khi có lỗi.
Với --format json hoặc github, kết quả (kể cả lỗi) in ra stdout, không in gì ra stderr.
${EXIT_CODE_HELP}
`)
    .action(async (o: { format: 'text' | 'json' | 'github' }, command: Command) => {
      const opts = globalOptions(command);
      if (o.format !== 'text') {
        const { file, result } = await readPlanInput(ctx, opts);
        const check = planCheckSeenFrom(ctx.io.cwd, file, result);
        const { renderPlanCheckGithub, renderPlanCheckJson } = await import('../../render/plan-check-formats.js');
        ctx.io.stdout.write(o.format === 'json' ? renderPlanCheckJson(check, opts.lang) : renderPlanCheckGithub(check, opts.lang));
        ctx.exitCode = result.plan ? ExitCode.ok : ExitCode.usage;
        return;
      }
      const loaded = await loadPlan(ctx, opts);
      const shown = [...loaded.diagnostics, ...loaded.notes];
      if (shown.length > 0) {
        ctx.io.stderr.write(renderDiagnosticList(shown, { lang: opts.lang, chalk: stderrChalk(ctx, opts) }));
      }
      ctx.io.stdout.write(renderPlanSummary(loaded.plan, loaded.file, opts.lang));
      ctx.exitCode = ExitCode.ok;
    });

  plan
    .command('show')
    .description('xem ma trận nhiệm vụ × cơ quan, hoặc các nhiệm vụ một cơ quan phải báo cáo trong năm')
    .option('--agency <id>', 'mã cơ quan, ví dụ so-y-te')
    .option('--year <year>', 'năm báo cáo (mặc định: năm hiện tại)')
    .addOption(new Option('--format <format>', 'định dạng kết quả').choices(['text', 'json']).default('text'))
    .addHelpText('after', `
Ví dụ:
  $ atvsld plan show --year 2024                    ma trận: C = chủ trì, P = phối hợp
  $ atvsld plan show --agency so-y-te --year 2024   nhiệm vụ Sở Y tế phải báo cáo
  $ atvsld plan show --year 2025 --format json      dữ liệu cho chương trình khác
${EXIT_CODE_HELP}
`)
    .action(async (o: { agency?: string; year?: string; format: 'text' | 'json' }, command: Command) => {
      const opts = globalOptions(command);
      const year = parseYear(o.year, Number(todayIso(ctx).slice(0, 4)));
      const { plan: p, diagnostics } = await loadPlan(ctx, opts);
      if (o.agency !== undefined && !p.agencies.some((a) => a.id === o.agency)) {
        throw new UserError('AGENCY_NOT_IN_PLAN', { agency: o.agency });
      }
      if (!opts.quiet && diagnostics.length > 0) {
        ctx.io.stderr.write(renderDiagnosticList(diagnostics, { lang: opts.lang, chalk: stderrChalk(ctx, opts) }));
      }
      if (o.format === 'json') {
        ctx.io.stdout.write(renderPlanJson(p, year, o.agency));
      } else if (o.agency !== undefined) {
        ctx.io.stdout.write(renderAgencyDuties(p, year, o.agency, opts.lang));
      } else {
        ctx.io.stdout.write(renderPlanMatrix(p, year, { lang: opts.lang, chalk: stdoutChalk(ctx, opts) }));
      }
      ctx.exitCode = ExitCode.ok;
    });
}

/**
 * What `plan check` found, with paths below the working folder relative to it:
 * GitHub places an annotation by the file's path in the repository.
 */
function planCheckSeenFrom(cwd: string, file: string, result: PlanLoadResult): PlanCheck {
  const shown = (path: string): string => {
    const below = relative(cwd, path);
    return below === '' || below.startsWith('..') || isAbsolute(below) ? path : below;
  };
  return {
    file: shown(file),
    ...(result.plan !== undefined && { plan: result.plan }),
    diagnostics: result.diagnostics.map((d) => (d.location?.file ? { ...d, location: { ...d.location, file: shown(d.location.file) } } : d)),
  };
}
