/** `atvsld validate PATH... [--year Y] [--format text|json|junit|github] [--strict]`. */
import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { globalOptions, stderrChalk, stdoutChalk, type CommandContext, type GlobalOptions } from '../command-context.js';
import { ExitCode, exitCodeForFindings, exitCodeHelp } from '../exit-codes.js';
import { formatText } from '../../core/diagnostics/format.js';
import { loadPlan, parseYear } from '../resolve-inputs.js';
import { renderDiagnosticList } from '../../render/diagnostic-list-text.js';
import { startRunLog, writeRunLog } from '../run-log.js';

interface ValidateFlags {
  year?: string;
  format: 'text' | 'json' | 'junit' | 'github';
  strict?: boolean;
}

export function registerValidate(program: Command, ctx: CommandContext): void {
  program
    .command('validate')
    .description(formatText(ctx.lang, 'help.validate'))
    .argument('<paths...>', formatText(ctx.lang, 'help.validate.paths'))
    .option('--year <year>', formatText(ctx.lang, 'help.validate.year'))
    .addOption(new Option('--format <format>', formatText(ctx.lang, 'help.format')).choices(['text', 'json', 'junit', 'github']).default('text'))
    .option('--strict', formatText(ctx.lang, 'help.validate.strict'))
    .addHelpText('after', `
${formatText(ctx.lang, 'help.validate.after')}
${exitCodeHelp(ctx.lang)}
`)
    .action(async (paths: string[], o: ValidateFlags, command: Command) => {
      const opts = globalOptions(command);
      startRunLog(ctx, { command: 'validate' });
      const year = o.year !== undefined ? parseYear(o.year, 0) : undefined;
      startRunLog(ctx, { command: 'validate', ...(year !== undefined && { year }) });
      const loaded = await loadPlan(ctx, opts);
      // The plan's notes belong to `plan check`; here they would bury the forms' results.
      const planWarnings = loaded.diagnostics;
      if (planWarnings.length > 0) {
        ctx.io.stderr.write(renderDiagnosticList(planWarnings, { lang: opts.lang, chalk: stderrChalk(ctx, opts) }));
      }
      const [{ validateFiles }, { VALIDATION_FORMATS }] = await Promise.all([
        import('../../app/validate-files.js'),
        import('../../render/validation-formats.js'),
      ]);
      // No escape codes for a dumb terminal (TERM=dumb: Emacs shells, some CI logs).
      const progress = ctx.io.stderr.isTTY === true && ctx.io.env.TERM !== 'dumb' && !opts.quiet ? { onProgress: progressLine(ctx, opts.lang) } : {};
      const files = await validateFiles(
        paths.map((p) => resolveKeepingRelative(ctx.io.cwd, p)),
        { plan: loaded.plan, planHash: loaded.hash, ...(year !== undefined && { year }), ...progress },
      );
      progress.onProgress?.(0, 0);
      const color = stdoutChalk(ctx, opts).level > 0;
      ctx.io.stdout.write(VALIDATION_FORMATS[o.format](files, { lang: opts.lang, color, strict: o.strict === true }));
      const all = files.flatMap((f) => f.diagnostics);
      ctx.exitCode = all.some((d) => d.code === 'INTERNAL_ERROR') ? ExitCode.internal : exitCodeForFindings(all, o.strict === true);
      writeRunLog(ctx, { command: 'validate', ...(year !== undefined && { year }), files: files.length, diagnostics: [...planWarnings, ...all] }, ctx.exitCode);
    });
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
