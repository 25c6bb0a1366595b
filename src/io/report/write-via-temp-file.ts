/**
 * A streamed workbook cannot go through writeFileAtomic (it never exists as
 * one buffer), so the same pattern by hand: write a temporary file in the
 * target's folder (named like writeFileAtomic's, so a killed run leaves no
 * partial file under the real name), stamp its zip dates for byte-identical
 * output, flush it, then rename it over the target.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { stampZipEntries } from '../template/stamp-zip-entries.js';

export async function writeZipViaTempFile(path: string, zipDate: string, write: (tempPath: string) => Promise<void>): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.atvsld-tmp-${basename(path)}-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await write(temp);
    await stampInPlace(temp, zipDate);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** The zip is a few MB even nationally: stamping it in memory costs little next to building it. */
async function stampInPlace(path: string, zipDate: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    const bytes = stampZipEntries(new Uint8Array(await handle.readFile()), zipDate);
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
