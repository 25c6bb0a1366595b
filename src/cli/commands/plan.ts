/** `atvsld plan check` and `atvsld plan show`. */
import { Command, Option } from 'commander';
import { globalOptions, stderrChalk, stdoutChalk, todayIso, type CommandContext } from '../command-context.js';
import { loadPlan, parseYear } from '../resolve-inputs.js';
import { EXIT_CODE_HELP, ExitCode } from '../exit-codes.js';
import { renderDiagnosticList } from '../../render/diagnostic-list-text.js';
import { renderPlanSummary, renderPlanMatrix, renderAgencyDuties } from '../../render/plan-text.js';
import { renderPlanJson } from '../../render/plan-json.js';
import { UserError } from '../../core/diagnostics/user-error.js';

export function registerPlan(program: Command, ctx: CommandContext): void {
  const plan = program
    .command('plan')
    .description('kiểm tra và xem kế hoạch (check and show the plan)')
    .addHelpText('after', `\n${EXIT_CODE_HELP}\n`);

  plan
    .command('check')
    .description('kiểm tra tệp kế hoạch YAML: cú pháp, trường dữ liệu, tham chiếu giữa các mục')
    .addHelpText('after', `
Ví dụ:
  $ atvsld plan check
  $ atvsld plan check --plan templates/plans/ke-hoach-ct31-bac-giang.yaml

Mỗi lỗi được chỉ rõ tệp:dòng:cột. Thoát với mã 0 khi hợp lệ, 2 khi có lỗi.
${EXIT_CODE_HELP}
`)
    .action(async (_o: unknown, command: Command) => {
      const opts = globalOptions(command);
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
        throw new UserError(`Không có cơ quan mã "${o.agency}" trong kế hoạch. Xem danh sách bằng "atvsld plan show".`);
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
