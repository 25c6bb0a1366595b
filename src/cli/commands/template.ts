/** `atvsld template --year Y [--agency ID ...] [--out DIR] [--as-of DATE]`. */
import type { Command } from 'commander';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { globalOptions, stderrChalk, todayIso, type CommandContext } from '../command-context.js';
import { exitCodeForFindings, exitCodeHelp } from '../exit-codes.js';
import { formatText } from '../../core/diagnostics/format.js';
import { checkPlanYear, findWorkspace, loadPlan, parseIsoDate, parseYear, requireAgencies } from '../resolve-inputs.js';
import { renderCounts, renderDiagnosticList } from '../../render/diagnostic-list-text.js';
import { UserError } from '../../core/diagnostics/user-error.js';
import { startRunLog, writeRunLog } from '../run-log.js';

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
    .description(formatText(ctx.lang, 'help.template'))
    .option('--year <year>', formatText(ctx.lang, 'help.year'))
    .option('--agency <id>', formatText(ctx.lang, 'help.template.agency'), collect, [])
    .option('--out <dir>', formatText(ctx.lang, 'help.template.out'))
    .option('--as-of <date>', formatText(ctx.lang, 'help.template.asOf'))
    .addHelpText('after', `
${formatText(ctx.lang, 'help.template.after')}
${exitCodeHelp(ctx.lang)}
`)
    .action(async (o: TemplateFlags, command: Command) => {
      const opts = globalOptions(command);
      startRunLog(ctx, { command: 'template' });
      const today = o.asOf !== undefined ? parseIsoDate('--as-of', o.asOf) : todayIso(ctx);
      const year = parseYear(o.year, Number(today.slice(0, 4)));
      startRunLog(ctx, { command: 'template', year });
      const loaded = await loadPlan(ctx, opts);
      requireAgencies(loaded.plan, o.agency);
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
      if (all.length > 0) ctx.io.stderr.write(renderDiagnosticList(all, { lang: opts.lang, chalk: stderrChalk(ctx, opts) }));
      if (!opts.quiet) {
        for (const t of written) {
          ctx.io.stdout.write(`${displayPath(ctx.io.cwd, t.path)}  ${formatText(opts.lang, 'template.file', { tasks: t.tasks, parts: t.indicatorParts })}\n`);
        }
      }
      ctx.io.stdout.write(`${formatText(opts.lang, 'template.done', { count: written.length, year, dir: displayPath(ctx.io.cwd, outDir), counts: renderCounts(all, opts.lang) })}\n`);
      ctx.exitCode = exitCodeForFindings(all);
      writeRunLog(ctx, { command: 'template', year, files: written.length, diagnostics: all, report: displayPath(ctx.io.cwd, outDir) }, ctx.exitCode);
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
