/**
 * `atvsld validate PATH... [--year Y] [--format F] [--report F=FILE]... [--annotations N|all] [--strict]`:
 * the forms are read once; stdout gets `--format`, each `--report` file its
 * own format, and in GitHub Actions the Markdown summary goes to the job summary.
 */
import { Option, type Command } from 'commander';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { globalOptions, stderrChalk, stdoutChalk, type CommandContext, type GlobalOptions } from '../command-context.js';
import { EXIT_CODE_HELP, exitCodeForValidation } from '../exit-codes.js';
import { collectReport, parseAnnotationCap, parseReports, type ReportRequest } from '../report-option.js';
import { loadPlan, parseYear } from '../resolve-inputs.js';
import { renderDiagnosticList } from '../../render/diagnostic-list-text.js';
import type { CheckedFile } from '../../core/submission/submission.js';
import { VALIDATION_FORMAT_NAMES, type ValidationFormat } from '../../render/validation-format-names.js';
import type { RenderOptions } from '../../render/validation-formats.js';

interface ValidateFlags {
  year?: string;
  format: ValidationFormat;
  report: string[];
  annotations?: string;
  strict?: boolean;
}

export function registerValidate(program: Command, ctx: CommandContext): void {
  program
    .command('validate')
    .description('kiểm tra các biểu mẫu báo cáo nộp về (.xlsx) theo kế hoạch')
    .argument('<paths...>', 'tệp hoặc thư mục (tìm .xlsx, .xlsm, .xls trong mọi thư mục con)')
    .option('--year <year>', 'năm báo cáo phải là năm này (mặc định: không kiểm tra năm)')
    .addOption(new Option('--format <format>', 'định dạng kết quả in ra stdout').choices(VALIDATION_FORMAT_NAMES).default('text'))
    .option('--report <format=file>', `ghi thêm một tệp kết quả, lặp lại được (định dạng: ${VALIDATION_FORMAT_NAMES.join(', ')})`, collectReport, [])
    .option('--annotations <n>', 'số chú thích GitHub tối đa cho mỗi tệp và mỗi mức (mặc định 1; all: tất cả)')
    .option('--strict', 'coi cảnh báo như lỗi (mã thoát 1)')
    .addHelpText('after', `
Ví dụ:
  $ atvsld validate thu-den/bao-cao-atvsld-2025-so-y-te.xlsx
  $ atvsld validate submissions/2025 --year 2025
  $ atvsld validate nop/ --format github --strict      trong GitHub Actions (chú thích ngay trên tệp)
  $ atvsld validate nop/ --format junit > ket-qua.xml  báo cáo kiểm thử cho CI
  $ atvsld validate nop/ --format json --lang en > ket-qua.json
  $ atvsld validate nop/ --format github --report junit=atvsld.xml --report json=atvsld.json --report markdown=tom-tat.md
                                                       một lần đọc, nhiều kết quả (CI: docs/ci.md)

Mỗi dòng: Trang!Ô  MÃ  mức độ: lời giải thích. Ý nghĩa từng mã và cách sửa: docs/diagnostics.md.
Mọi tệp đều được kiểm tra, kể cả khi có tệp hỏng; tệp không tồn tại là lỗi WORKBOOK_NOT_FOUND của tệp đó (mã thoát 2).
Kết quả ra stdout; tiến độ ("Đang kiểm tra 12/150…") ra stderr, chỉ khi là terminal.
Tệp của --report được ghi trọn vẹn (tệp tạm rồi đổi tên) sau khi kiểm tra xong; markdown (= summary) là bảng tóm tắt.
--format github: mỗi tệp tối đa một chú thích cho mỗi mức (lỗi, cảnh báo, ghi chú), kèm số vấn đề còn lại của tệp,
và một ghi chú cuối cho biết đã gộp bao nhiêu; đường dẫn tính từ thư mục hiện tại để GitHub gắn vào tệp.
Trong GitHub Actions (GITHUB_ACTIONS=true), bảng tóm tắt được ghi thêm vào $GITHUB_STEP_SUMMARY.
Thư mục không có biểu mẫu nào là lỗi VALIDATE_NO_FILES (mã 1); đường dẫn không tồn tại: mã 2, các tệp khác vẫn được kiểm tra.

${EXIT_CODE_HELP}
`)
    .action(async (paths: string[], o: ValidateFlags, command: Command) => {
      const opts = globalOptions(command);
      const year = o.year !== undefined ? parseYear(o.year, 0) : undefined;
      const reports = parseReports(o.report, ctx.io.cwd);
      const annotationsPerFile = parseAnnotationCap(o.annotations);
      const loaded = await loadPlan(ctx, opts);
      // The plan's notes belong to `plan check`; here they would bury the forms' results.
      const planWarnings = loaded.diagnostics;
      if (!opts.quiet && planWarnings.length > 0) {
        ctx.io.stderr.write(renderDiagnosticList(planWarnings, { lang: opts.lang, chalk: stderrChalk(ctx, opts) }));
      }
      const { validateFiles } = await import('../../app/validate-files.js');
      const progress = ctx.io.stderr.isTTY === true && !opts.quiet ? { onProgress: progressLine(ctx, opts.lang) } : {};
      const files = await validateFiles(
        paths.map((p) => resolveKeepingRelative(ctx.io.cwd, p)),
        { plan: loaded.plan, planHash: loaded.hash, ...(year !== undefined && { year }), ...progress },
      );
      progress.onProgress?.(0, 0);
      const render = {
        lang: opts.lang,
        color: stdoutChalk(ctx, opts).level > 0,
        strict: o.strict === true,
        displayPath: (file: string) => repositoryPath(ctx.io.cwd, file),
        ...(annotationsPerFile !== undefined && { annotationsPerFile }),
      };
      await writeOutputs(ctx, files, o.format, reports, render);
      ctx.exitCode = exitCodeForValidation(files.flatMap((f) => f.diagnostics), o.strict === true);
    });
}

/**
 * Every output of the one run: stdout first, then each --report file
 * (atomically), then, in GitHub Actions, the Markdown summary appended to
 * the job summary. A file that cannot be written stops with exit 2.
 */
async function writeOutputs(
  ctx: CommandContext,
  files: readonly CheckedFile[],
  format: ValidationFormat,
  reports: readonly ReportRequest[],
  render: RenderOptions,
): Promise<void> {
  const [{ VALIDATION_FORMATS }, { writeReports, appendJobSummary }] = await Promise.all([
    import('../../render/validation-formats.js'),
    import('../../app/write-reports.js'),
  ]);
  const plain = { ...render, color: false };
  ctx.io.stdout.write(VALIDATION_FORMATS[format](files, render));
  await writeReports(reports.map((r) => ({ path: r.path, text: VALIDATION_FORMATS[r.format](files, plain) })));
  const summaryFile = ctx.io.env.GITHUB_STEP_SUMMARY;
  if (ctx.io.env.GITHUB_ACTIONS === 'true' && summaryFile) await appendJobSummary(summaryFile, VALIDATION_FORMATS.markdown(files, plain));
}

/** A path inside the working directory as GitHub links it (relative, `/`); any other path as given. */
function repositoryPath(cwd: string, file: string): string {
  const rel = relative(cwd, resolve(cwd, file));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return file;
  return rel.split(sep).join('/');
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
