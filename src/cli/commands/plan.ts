/** `atvsld plan check` and `atvsld plan show`. */
import { Command, Option } from 'commander';
import { isAbsolute, relative } from 'node:path';
import { globalOptions, stderrChalk, stdoutChalk, todayIso, type CommandContext } from '../command-context.js';
import { loadPlan, parseYear, readPlanInput, requireAgencies } from '../resolve-inputs.js';
import { ExitCode, exitCodeHelp } from '../exit-codes.js';
import { writeChunks } from '../cli-io.js';
import { formatText } from '../../core/diagnostics/format.js';
import { renderDiagnosticList, renderDiagnosticListChunks } from '../../render/diagnostic-list-text.js';
import { renderPlanSummary, renderPlanMatrix, renderAgencyDuties } from '../../render/plan-text.js';
import { renderPlanJson } from '../../render/plan-json.js';
import type { PlanLoadResult } from '../../io/plan/read-plan.js';
import type { PlanCheck } from '../../render/plan-check-formats.js';

export function registerPlan(program: Command, ctx: CommandContext): void {
  const plan = program
    .command('plan')
    .description(formatText(ctx.lang, 'help.planCommand'))
    .addHelpText('after', `\n${exitCodeHelp(ctx.lang)}\n`);

  plan
    .command('check')
    .description(formatText(ctx.lang, 'help.plan.check'))
    .addOption(new Option('--format <format>', formatText(ctx.lang, 'help.plan.check.format')).choices(['text', 'json', 'github']).default('text'))
    .addHelpText('after', `\n${formatText(ctx.lang, 'help.plan.check.after')}\n${exitCodeHelp(ctx.lang)}\n`)
    .action(async (o: { format: 'text' | 'json' | 'github' }, command: Command) => {
      const opts = globalOptions(command);
      if (o.format !== 'text') {
        const { file, result } = await readPlanInput(ctx, opts);
        const check = planCheckSeenFrom(ctx.io.cwd, file, result);
        const { renderPlanCheckGithubChunks, renderPlanCheckJsonChunks } = await import('../../render/plan-check-formats.js');
        const chunks = o.format === 'json' ? renderPlanCheckJsonChunks(check, opts.lang) : renderPlanCheckGithubChunks(check, opts.lang);
        await writeChunks(ctx.io.stdout, chunks);
        ctx.exitCode = result.plan ? ExitCode.ok : ExitCode.usage;
        return;
      }
      const loaded = await loadPlan(ctx, opts);
      const shown = [...loaded.diagnostics, ...loaded.notes];
      await writeChunks(ctx.io.stderr, renderDiagnosticListChunks(shown, { lang: opts.lang, chalk: stderrChalk(ctx, opts) }));
      ctx.io.stdout.write(renderPlanSummary(loaded.plan, loaded.file, opts.lang));
      ctx.exitCode = ExitCode.ok;
    });

  plan
    .command('show')
    .description(formatText(ctx.lang, 'help.plan.show'))
    .option('--agency <id>', formatText(ctx.lang, 'help.plan.show.agency'))
    .option('--year <year>', formatText(ctx.lang, 'help.year'))
    .addOption(new Option('--format <format>', formatText(ctx.lang, 'help.format')).choices(['text', 'json']).default('text'))
    .addHelpText('after', `\n${formatText(ctx.lang, 'help.plan.show.after')}\n${exitCodeHelp(ctx.lang)}\n`)
    .action(async (o: { agency?: string; year?: string; format: 'text' | 'json' }, command: Command) => {
      const opts = globalOptions(command);
      const year = parseYear(o.year, Number(todayIso(ctx).slice(0, 4)));
      const { plan: p, diagnostics } = await loadPlan(ctx, opts);
      if (o.agency !== undefined) requireAgencies(p, [o.agency]);
      if (diagnostics.length > 0) {
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
