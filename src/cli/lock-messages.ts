import { formatMessage } from '../core/diagnostics/format.js';
import type { LockOptions } from '../app/receive.js';
import type { CommandContext } from './command-context.js';

/** For the commands that write into the workspace: wait up to a minute for another run, and say on stderr when a stale lock is taken over. */
export function lockMessages(ctx: CommandContext): LockOptions {
  return { waitMs: 60_000, onMessage: (m) => ctx.io.stderr.write(`atvsld: ${formatMessage(m, ctx.lang)}\n`) };
}
