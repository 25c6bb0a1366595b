/**
 * The report is written like writeFileAtomic writes: into a temporary file
 * in the target's folder (named like writeFileAtomic's, so a killed run
 * leaves no partial file under the real name), flushed to disk, then renamed
 * over the target. The temporary file is created before the workbook is
 * built, so a run killed while building leaves only the temporary name.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `build` gives the file's bytes, in order. */
export async function writeViaTempFile(path: string, build: () => readonly Uint8Array[] | Promise<readonly Uint8Array[]>): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.atvsld-tmp-${basename(path)}-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writev([...(await build())]);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
