/**
 * The commander program, built from injected io so that tests can run it
 * in-process. Commands are registered from their own files; heavy modules
 * (exceljs, the reader) are imported inside actions so that start-up stays fast.
 */
import { Command, Option } from 'commander';
import type { CliIo } from './cli-io.js';
import { globalOptions, type CommandContext } from './command-context.js';
import { EXIT_CODE_HELP } from './exit-codes.js';
import { VERSION } from './version.js';
import { registerInit } from './commands/init.js';
import { registerPlan } from './commands/plan.js';
import { COMMANDS } from './commands/index.js';

export function createProgram(ctx: CommandContext): Command {
  const { io } = ctx;
  const program = new Command('atvsld')
    .description(
      'Theo dõi, kiểm tra và tổng hợp báo cáo thực hiện Kế hoạch triển khai Chỉ thị 31-CT/TW về an toàn, vệ sinh lao động.\n' +
        '(Checks and consolidates the yearly reports of a Vietnamese province\'s occupational safety and health plan.)',
    )
    .version(VERSION, '-V, --version', 'in số phiên bản (print the version)')
    .helpOption('-h, --help', 'hiển thị trợ giúp (show help)')
    .option('--workspace <dir>', 'thư mục làm việc (mặc định: nơi có atvsld.yaml gần nhất)')
    .option('--plan <file>', 'tệp kế hoạch YAML, thay cho tệp trong thư mục làm việc')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo (message language)').choices(['vi', 'en']).default('vi'))
    .option('-q, --quiet', 'chỉ in kết quả, không in tiến độ')
    .option('--no-color', 'không tô màu')
    .showHelpAfterError('(dùng --help để xem hướng dẫn)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .addHelpText(
      'after',
      `
Ví dụ (examples):
  $ atvsld init bao-cao-atvsld                 tạo thư mục làm việc mới
  $ atvsld plan check                          kiểm tra tệp kế hoạch
  $ atvsld plan show --agency so-y-te --year 2025
  $ atvsld template --year 2025                tạo biểu mẫu cho các cơ quan
  $ atvsld validate submissions/2025           kiểm tra các tệp nhận được
  $ atvsld consolidate --year 2025             lập báo cáo tổng hợp

Kế hoạch đã kiểm tra được lưu tạm ở ~/.cache/atvsld (hoặc $ATVSLD_CACHE_DIR); ATVSLD_CACHE_DIR=off để tắt.

${EXIT_CODE_HELP}
`,
    );
  program.hook('preAction', (_program, action) => {
    const opts = globalOptions(action);
    ctx.lang = opts.lang;
    ctx.color = opts.color;
  });
  registerInit(program, ctx);
  registerPlan(program, ctx);
  for (const register of COMMANDS) register(program, ctx);
  // Sub-commands inherit the output routing and never call process.exit themselves.
  for (const command of program.commands) inheritSettings(command, program);
  return program;
}

function inheritSettings(command: Command, program: Command): void {
  command.exitOverride().configureOutput(program.configureOutput());
  command.showHelpAfterError('(dùng --help để xem hướng dẫn)');
  for (const sub of command.commands) inheritSettings(sub, program);
}

export type { CliIo };
