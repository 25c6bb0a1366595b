/** `atvsld validate PATH... [--year Y] [--format text|json|junit|github] [--strict]`. */
import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { globalOptions, stderrChalk, stdoutChalk, type CommandContext, type GlobalOptions } from '../command-context.js';
import { EXIT_CODE_HELP, ExitCode, exitCodeForFindings } from '../exit-codes.js';
import { loadPlan, parseYear } from '../resolve-inputs.js';
import { renderDiagnosticList } from '../../render/diagnostic-list-text.js';

interface ValidateFlags {
  year?: string;
  format: 'text' | 'json' | 'junit' | 'github';
  strict?: boolean;
}

export function registerValidate(program: Command, ctx: CommandContext): void {
  program
    .command('validate')
    .description('kiểm tra các biểu mẫu báo cáo nộp về (.xlsx) theo kế hoạch')
    .argument('<paths...>', 'tệp hoặc thư mục (tìm .xlsx, .xlsm, .xls trong mọi thư mục con)')
    .option('--year <year>', 'năm báo cáo phải là năm này (mặc định: không kiểm tra năm)')
    .addOption(new Option('--format <format>', 'định dạng kết quả in ra').choices(['text', 'json', 'junit', 'github']).default('text'))
    .option('--strict', 'coi cảnh báo như lỗi (mã thoát 1)')
    .addHelpText('after', `
Ví dụ:
  $ atvsld validate thu-den/bao-cao-atvsld-2025-so-y-te.xlsx
  $ atvsld validate submissions/2025 --year 2025
  $ atvsld validate nop/ --format github --strict      trong GitHub Actions (chú thích ngay trên tệp)
  $ atvsld validate nop/ --format junit > ket-qua.xml  báo cáo kiểm thử cho CI
  $ atvsld validate nop/ --format json --lang en > ket-qua.json

Mỗi dòng: Trang!Ô  MÃ  mức độ: lời giải thích. Ý nghĩa từng mã và cách sửa: docs/diagnostics.md.
Mọi tệp đều được kiểm tra, kể cả khi có tệp hỏng; tệp không tồn tại là lỗi WORKBOOK_NOT_FOUND của tệp đó.
Kết quả ra stdout; tiến độ ("Đang kiểm tra 12/150…") ra stderr, chỉ khi là terminal.

${EXIT_CODE_HELP}
`)
    .action(async (paths: string[], o: ValidateFlags, command: Command) => {
      const opts = globalOptions(command);
      const year = o.year !== undefined ? parseYear(o.year, 0) : undefined;
      const loaded = await loadPlan(ctx, opts);
      // The plan's notes belong to `plan check`; here they would bury the forms' results.
      const planWarnings = loaded.diagnostics;
      if (!opts.quiet && planWarnings.length > 0) {
        ctx.io.stderr.write(renderDiagnosticList(planWarnings, { lang: opts.lang, chalk: stderrChalk(ctx, opts) }));
      }
      const [{ validateFiles }, { VALIDATION_FORMATS }] = await Promise.all([
        import('../../app/validate-files.js'),
        import('../../render/validation-formats.js'),
      ]);
      const progress = ctx.io.stderr.isTTY === true && !opts.quiet ? { onProgress: progressLine(ctx, opts.lang) } : {};
      const files = await validateFiles(
        paths.map((p) => resolveKeepingRelative(ctx.io.cwd, p)),
        { plan: loaded.plan, planHash: loaded.hash, ...(year !== undefined && { year }), ...progress },
      );
      progress.onProgress?.(0, 0);
      const color = stdoutChalk(ctx, opts).level > 0;
      ctx.io.stdout.write(VALIDATION_FORMATS[o.format](files, { lang: opts.lang, color, strict: o.strict === true }));
      const all = files.flatMap((f) => f.diagnostics);
      ctx.exitCode = all.some((d) => d.code === 'INTERNAL_ERROR') ? ExitCode.internal : exitCodeForFindings(all, o.strict === true);
    });
}

/** "Đang kiểm tra 12/150…" rewritten in place on a terminal; (0, 0) wipes it before the results. */
function progressLine(ctx: CommandContext, lang: GlobalOptions['lang']): (done: number, total: number) => void {
  return (done, total) => {
    const text = total === 0 ? '' : lang === 'en' ? `Checking ${done}/${total}…` : `Đang kiểm tra ${done}/${total}…`;
    ctx.io.stderr.write(`\r\x1b[K${text}`);
  };
}

/** Paths are reported as the user typed them; only a relative path needs the command's own folder. */
function resolveKeepingRelative(cwd: string, path: string): string {
  return resolve(cwd, path) === resolve(path) ? path : resolve(cwd, path);
}
