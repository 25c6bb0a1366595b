/**
 * The commander program, built from injected io so that tests can run it
 * in-process. Commands are registered from their own files; heavy modules
 * (exceljs, the reader) are imported inside actions so that start-up stays fast.
 * Every text is worded in `ctx.lang`, known before the program is built
 * (detect-lang.ts), so that `--help` speaks the same language as the rest.
 */
import { Command, Option } from 'commander';
import type { CliIo } from './cli-io.js';
import { globalOptions, type CommandContext } from './command-context.js';
import { exitCodeHelp } from './exit-codes.js';
import { VERSION } from './version.js';
import { registerInit } from './commands/init.js';
import { registerPlan } from './commands/plan.js';
import { COMMANDS } from './commands/index.js';
import { formatText } from '../core/diagnostics/format.js';
import { UserError } from '../core/diagnostics/user-error.js';
import { nearest } from '../core/text/nearest.js';
import { translateCommanderError } from './commander-errors.js';

export function createProgram(ctx: CommandContext): Command {
  const { io } = ctx;
  const lang = ctx.lang;
  const program = new Command('atvsld')
    .description(formatText(lang, 'help.program'))
    .version(VERSION, '-V, --version', formatText(lang, 'help.version'))
    .helpOption('-h, --help', formatText(lang, 'help.help'))
    .helpCommand(false)
    .option('--workspace <dir>', formatText(lang, 'help.workspace'))
    .option('--plan <file>', formatText(lang, 'help.plan'))
    .addOption(new Option('--lang <lang>', formatText(lang, 'help.lang')).choices(['vi', 'en']).default(lang))
    .option('-q, --quiet', formatText(lang, 'help.quiet'))
    .option('--no-color', formatText(lang, 'help.noColor'))
    .showHelpAfterError(formatText(lang, 'help.afterError'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(translateCommanderError(text, lang)),
    })
    .addHelpText('after', `\n${formatText(lang, 'help.examples')}\n\n${exitCodeHelp(lang)}\n`);
  program.hook('preAction', (_program, action) => {
    const opts = globalOptions(action);
    ctx.lang = opts.lang;
    ctx.color = opts.color;
  });
  registerInit(program, ctx);
  registerPlan(program, ctx);
  for (const register of COMMANDS) register(program, ctx);
  registerHelp(program, ctx);
  // Sub-commands inherit the output routing and never call process.exit themselves.
  for (const command of program.commands) inheritSettings(command, program, ctx);
  return program;
}

/**
 * `atvsld help [command]`: commander's own exits 2 in silence on a misspelt
 * name (`help consolidat`); this one says the command is unknown and
 * suggests the nearest.
 */
function registerHelp(program: Command, ctx: CommandContext): void {
  program
    .command('help')
    .argument('[command...]')
    .description(formatText(ctx.lang, 'help.helpCommand'))
    .action((names: string[]) => {
      let command = program;
      for (const name of names) {
        const found = command.commands.find((c) => c.name() === name || c.aliases().includes(name));
        if (!found) {
          const suggestion = nearest(name, command.commands.map((c) => c.name()));
          throw suggestion !== undefined ? new UserError('COMMAND_UNKNOWN_NEAR', { name, suggestion }) : new UserError('COMMAND_UNKNOWN', { name });
        }
        command = found;
      }
      command.outputHelp();
    });
}

function inheritSettings(command: Command, program: Command, ctx: CommandContext): void {
  command.exitOverride().configureOutput(program.configureOutput());
  command.showHelpAfterError(formatText(ctx.lang, 'help.afterError'));
  command.helpOption('-h, --help', formatText(ctx.lang, 'help.help'));
  for (const sub of command.commands) inheritSettings(sub, program, ctx);
}

export type { CliIo };
