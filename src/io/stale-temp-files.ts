/**
 * Temporary files that a killed run left behind (`.atvsld-tmp-…` of an
 * atomic write or of a stored submission, `.atvsld-spill-…` where the system
 * would not let an open file be unlinked). SIGKILL, a power cut or an
 * out-of-memory kill run no clean-up code, so the next run that writes into
 * the same folder removes them.
 *
 * Safely: only names of that shape, only regular files (never a symlink or a
 * folder, which we never create under those names), and only once they are
 * older than STALE_TEMP_MS — far longer than any write takes, and the file's
 * modification time moves while it is written, so a live run's temporary
 * file (another process, or another machine on a shared folder) is never
 * touched. Every failure is ignored: cleaning up must never stop a command.
 */
import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** One hour. */
export const STALE_TEMP_MS = 60 * 60 * 1000;

const TEMP_NAME = /^\.atvsld-(?:tmp|spill)-/;

/** Removes stale temporary files in `dir`; returns the names removed. */
export async function removeStaleTempFiles(dir: string, nowMs: number): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    const path = join(dir, name);
    try {
      const info = await lstat(path);
      if (!info.isFile() || nowMs - info.mtimeMs <= STALE_TEMP_MS) continue;
      await rm(path);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}
