/** `atvsld init [DIR]`: a new workspace from templates/workspace. */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { globalOptions, type CommandContext } from '../command-context.js';
import { EXIT_CODE_HELP, ExitCode } from '../exit-codes.js';

export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command('init')
    .argument('[dir]', 'thư mục cần tạo (mặc định: thư mục hiện tại)', '.')
    .description('tạo thư mục làm việc mới: atvsld.yaml, plan/ke-hoach.yaml, submissions/, out/')
    // Bắc Giang and Bắc Ninh merged into tỉnh Bắc Ninh on 01/7/2025 (Nghị quyết 202/2025/QH15).
    .option('--province <name>', 'tên tỉnh hiển thị trên báo cáo', 'Bắc Ninh')
    .addHelpText('after', `
Ví dụ:
  $ atvsld init bao-cao-atvsld
  $ cd bao-cao-atvsld && atvsld plan check

Mặc định: tỉnh Bắc Ninh (từ 01/7/2025); kế hoạch mặc định giao việc tổng hợp cho Sở Nội vụ
(Sở Lao động - Thương binh và Xã hội đến 28/02/2025). Tỉnh khác: --province "Tên tỉnh".
Không ghi đè: nếu thư mục đã có atvsld.yaml, lệnh dừng với mã 2.
${EXIT_CODE_HELP}
`)
    .action(async (dir: string, o: { province: string }, command: Command) => {
      const opts = globalOptions(command);
      const { initWorkspace } = await import('../../app/init-workspace.js');
      const target = resolve(ctx.io.cwd, dir);
      const created = await initWorkspace(target, { province: o.province });
      if (!opts.quiet) {
        ctx.io.stdout.write(
          `Đã tạo thư mục làm việc ${target}\n${created.map((f) => `  ${f}\n`).join('')}` +
            'Bước tiếp theo: atvsld plan check, rồi atvsld template --year <năm>.\n',
        );
      }
      ctx.exitCode = ExitCode.ok;
    });
}
