/**
 * Write a file so that a crash leaves either the old file or the new one,
 * never half of one: write a temporary file in the same folder (same file
 * system, so rename is atomic), flush it, then rename it over the target.
 * The temporary file is named `.atvsld-tmp-<name>-<pid>-<random>`, so a killed
 * run leaves nothing under the real name and its leftover is recognisable.
 */
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await replaceViaTempFile(path, (handle) => handle.writeFile(data));
}

/**
 * The same for a file built in pieces (the consolidated workbook): the
 * temporary file exists before `build` starts, so a run killed while
 * building also leaves only the temporary name. `build` gives the bytes in order.
 */
export async function writeChunksAtomic(path: string, build: () => readonly Uint8Array[] | Promise<readonly Uint8Array[]>): Promise<void> {
  await replaceViaTempFile(path, async (handle) => {
    await handle.writev([...(await build())]);
  });
}

async function replaceViaTempFile(path: string, write: (handle: FileHandle) => Promise<unknown>): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.atvsld-tmp-${basename(path)}-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await write(handle);
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
