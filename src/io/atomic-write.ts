/**
 * Write a file so that a crash or a full disk leaves either the old file or
 * the new one, never half of one: write a temporary file in the same folder
 * (same file system, so rename is atomic), check that every byte was written
 * (a write may write fewer bytes than asked, on a nearly full disk), flush
 * it, then rename it over the target. On any failure the temporary file is
 * removed, the target is untouched, and the error names the target's path
 * (WriteFailure), so the CLI can say which file was not written and why.
 *
 * The temporary file is named `.atvsld-tmp-<name>-<pid>-<random>`, so a
 * killed run leaves nothing under the real name and its leftover is
 * recognisable: the next write into the same folder removes it once it is
 * old enough (stale-temp-files.ts).
 */
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { removeStaleTempFiles } from './stale-temp-files.js';
import { WriteFailure } from '../core/diagnostics/write-failure.js';

export { WriteFailure } from '../core/diagnostics/write-failure.js';

export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await replaceViaTempFile(path, (handle) => writeAll(handle, [typeof data === 'string' ? Buffer.from(data, 'utf8') : data]));
}

/**
 * The same for a file built in pieces (the consolidated workbook): the
 * temporary file exists before `build` starts, so a run killed while
 * building also leaves only the temporary name. `build` gives the bytes in order.
 */
export async function writeChunksAtomic(path: string, build: () => readonly Uint8Array[] | Promise<readonly Uint8Array[]>): Promise<void> {
  await replaceViaTempFile(path, async (handle) => writeAll(handle, await build()));
}

/** What writeAll needs of an open file: FileHandle.write's shape. */
export interface WritableHandle {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
}

/**
 * Writes every byte of `chunks` in order from the start of the file. A short
 * write is continued where it stopped; a write that makes no progress at all
 * is a failure (`ESHORTWRITE`), never an endless loop or a silent truncation.
 */
export async function writeAll(handle: WritableHandle, chunks: readonly Uint8Array[]): Promise<number> {
  let position = 0;
  for (const chunk of chunks) {
    let done = 0;
    while (done < chunk.byteLength) {
      const { bytesWritten } = await handle.write(chunk, done, chunk.byteLength - done, position);
      if (!(bytesWritten > 0)) throw Object.assign(new Error(`write made no progress at byte ${position}`), { code: 'ESHORTWRITE' });
      done += bytesWritten;
      position += bytesWritten;
    }
  }
  return position;
}

async function replaceViaTempFile(path: string, write: (handle: FileHandle) => Promise<unknown>): Promise<void> {
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw WriteFailure.of(error, path);
  }
  const temp = join(dir, `.atvsld-tmp-${basename(path)}-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await write(handle);
      // Data on disk before the name points at it: after a power cut the name holds the old file or the new one.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw WriteFailure.of(error, path);
  }
  await syncFolder(dir);
  await removeStaleTempFiles(dir, Date.now());
}

/** Makes the rename itself durable where the system allows a folder to be opened and flushed (not Windows). */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported here: the rename is still atomic, only perhaps not yet durable.
  }
}
