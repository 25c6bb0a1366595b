/** `atvsld init [DIR]`: a new workspace from templates/workspace. */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { globalOptions, type CommandContext } from '../command-context.js';
import { ExitCode, exitCodeHelp } from '../exit-codes.js';
import { formatText } from '../../core/diagnostics/format.js';

export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command('init')
    .argument('[dir]', formatText(ctx.lang, 'help.init.dir'), '.')
    .description(formatText(ctx.lang, 'help.init'))
    // Bắc Giang and Bắc Ninh merged into tỉnh Bắc Ninh on 01/7/2025 (Nghị quyết 202/2025/QH15).
    .option('--province <name>', formatText(ctx.lang, 'help.init.province'), 'Bắc Ninh')
    .addHelpText('after', `
${formatText(ctx.lang, 'help.init.after')}
${exitCodeHelp(ctx.lang)}
`)
    .action(async (dir: string, o: { province: string }, command: Command) => {
      const opts = globalOptions(command);
      const { initWorkspace } = await import('../../app/init-workspace.js');
      const target = resolve(ctx.io.cwd, dir);
      const created = await initWorkspace(target, { province: o.province });
      if (!opts.quiet) {
        const lines = [formatText(opts.lang, 'init.created', { dir: target }), ...created.map((f) => `  ${f}`), formatText(opts.lang, 'init.next')];
        ctx.io.stdout.write(`${lines.join('\n')}\n`);
      }
      ctx.exitCode = ExitCode.ok;
    });
}
