/**
 * The one line a batch run ends with, on stderr, for the December job's log:
 *
 *   atvsld 2025-12-28T07:00:03+07:00 consolidate year=2025 files=23 errors=1 warnings=3 report=out/bao-cao-tong-hop-2025.xlsx exit=1
 *
 * Local time with its offset, fixed ASCII keys (`grep '^atvsld '`), written
 * whatever --quiet says, and also when the run stops on an error (exit 2).
 */
import { countBySeverity, type Diagnostic } from '../core/diagnostics/diagnostic.js';
import { formatText } from '../core/diagnostics/format.js';
import type { CommandContext } from './command-context.js';
import { localTimestamp } from './local-time.js';

export interface RunLogEntry {
  readonly command: string;
  readonly year?: number;
  readonly files?: number;
  readonly diagnostics?: readonly Diagnostic[];
  /** The report written, as shown to the user (relative to the workspace). */
  readonly report?: string;
}

/** Remember what run this is, so that the top-level handler can log it if it fails. */
export function startRunLog(ctx: CommandContext, entry: RunLogEntry): void {
  ctx.run = entry;
}

export function writeRunLog(ctx: CommandContext, entry: RunLogEntry, exit: number): void {
  const counts = countBySeverity(entry.diagnostics ?? []);
  const line = formatText(ctx.lang, 'log.line', {
    time: localTimestamp(ctx.io.now()),
    command: entry.command,
    year: entry.year ?? '-',
    files: entry.files ?? '-',
    errors: entry.diagnostics ? counts.error : '-',
    warnings: entry.diagnostics ? counts.warning : '-',
    report: entry.report !== undefined ? quoteIfSpaced(entry.report) : '-',
    exit,
  });
  ctx.io.stderr.write(`${line}\n`);
  ctx.run = undefined;
}

function quoteIfSpaced(text: string): string {
  return /\s/.test(text) ? JSON.stringify(text) : text;
}
