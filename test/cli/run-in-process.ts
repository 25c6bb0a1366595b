/** Run createProgram() in-process with captured output, for flag → option tests. */
import { runCli } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/cli-io.js';

export async function runInProcess(
  args: string[],
  o: { cwd?: string; now?: Date } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t), isTTY: false },
    env: { NO_COLOR: '1' },
    cwd: o.cwd ?? process.cwd(),
    now: () => o.now ?? new Date(Date.UTC(2026, 10, 29)),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
