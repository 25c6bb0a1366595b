/**
 * `atvsld validate PATH... [--year Y] [--format F] [--report F=FILE]... [--annotations N|all] [--strict]`:
 * the forms are read once; stdout gets `--format`, each `--report` file its
 * own format, and in GitHub Actions the Markdown summary goes to the job summary.
 */
import { Option, type Command } from 'commander';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { globalOptions, stderrChalk, stdoutChalk, type CommandContext, type GlobalOptions } from '../command-context.js';
import { writeChunks } from '../cli-io.js';
import { exitCodeForValidation, exitCodeHelp } from '../exit-codes.js';
import { collectReport, parseAnnotationCap, parseReports, type ReportRequest } from '../report-option.js';
import { formatText } from '../../core/diagnostics/format.js';
import { loadPlan, parseYear } from '../resolve-inputs.js';
import { renderDiagnosticList } from '../../render/diagnostic-list-text.js';
import type { CheckedFile } from '../../core/submission/submission.js';
import { VALIDATION_FORMAT_NAMES, type ValidationFormat } from '../../render/validation-format-names.js';
import type { RenderOptions } from '../../render/validation-formats.js';
import { startRunLog, writeRunLog } from '../run-log.js';

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
    .description(formatText(ctx.lang, 'help.validate'))
    .argument('<paths...>', formatText(ctx.lang, 'help.validate.paths'))
    .option('--year <year>', formatText(ctx.lang, 'help.validate.year'))
    .addOption(new Option('--format <format>', formatText(ctx.lang, 'help.format')).choices(VALIDATION_FORMAT_NAMES).default('text'))
    .option('--report <format=file>', formatText(ctx.lang, 'help.validate.report', { formats: VALIDATION_FORMAT_NAMES.join(', ') }), collectReport, [])
    .option('--annotations <n>', formatText(ctx.lang, 'help.validate.annotations'))
    .option('--strict', formatText(ctx.lang, 'help.validate.strict'))
    .addHelpText('after', `
${formatText(ctx.lang, 'help.validate.after')}
${exitCodeHelp(ctx.lang)}
`)
    .action(async (paths: string[], o: ValidateFlags, command: Command) => {
      const opts = globalOptions(command);
      startRunLog(ctx, { command: 'validate' });
      const year = o.year !== undefined ? parseYear(o.year, 0) : undefined;
      const reports = parseReports(o.report, ctx.io.cwd);
      const annotationsPerFile = parseAnnotationCap(o.annotations);
      startRunLog(ctx, { command: 'validate', ...(year !== undefined && { year }) });
      const loaded = await loadPlan(ctx, opts);
      // The plan's notes belong to `plan check`; here they would bury the forms' results.
      const planWarnings = loaded.diagnostics;
      if (planWarnings.length > 0) {
        ctx.io.stderr.write(renderDiagnosticList(planWarnings, { lang: opts.lang, chalk: stderrChalk(ctx, opts) }));
      }
      const { validateFiles } = await import('../../app/validate-files.js');
      // No escape codes for a dumb terminal (TERM=dumb: Emacs shells, some CI logs).
      const progress = ctx.io.stderr.isTTY === true && ctx.io.env.TERM !== 'dumb' && !opts.quiet ? { onProgress: progressLine(ctx, opts.lang) } : {};
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
      const all = files.flatMap((f) => f.diagnostics);
      ctx.exitCode = exitCodeForValidation(all, o.strict === true);
      writeRunLog(ctx, { command: 'validate', ...(year !== undefined && { year }), files: files.length, diagnostics: [...planWarnings, ...all] }, ctx.exitCode);
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
  const [{ VALIDATION_FORMATS, validationChunks }, { writeReports, appendJobSummary }] = await Promise.all([
    import('../../render/validation-formats.js'),
    import('../../app/write-reports.js'),
  ]);
  const plain = { ...render, color: false };
  await writeChunks(ctx.io.stdout, validationChunks(format, files, render));
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
    const text = total === 0 ? '' : formatText(lang, 'validate.progress', { done, total });
    ctx.io.stderr.write(`\r\x1b[K${text}`);
  };
}

/** Paths are reported as the user typed them; only a relative path needs the command's own folder. */
function resolveKeepingRelative(cwd: string, path: string): string {
  return resolve(cwd, path) === resolve(path) ? path : resolve(cwd, path);
}
