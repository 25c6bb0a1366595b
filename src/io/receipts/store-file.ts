/**
 * Store a received file under the first free canonical name
 * `<stem>-<seq><ext>` (`so-y-te-2025-1.xlsx`, `-2`, …). The bytes go to a
 * temporary file first and are then hard-linked to the final name: `link`
 * fails if the name exists, so nothing is ever overwritten, and the final
 * name only ever holds a complete file.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAll } from '../atomic-write.js';
import { removeStaleTempFiles } from '../stale-temp-files.js';
import { WriteFailure } from '../../core/diagnostics/write-failure.js';

export async function storeWithoutOverwrite(dir: string, stem: string, ext: string, bytes: Uint8Array): Promise<string> {
  const temp = join(dir, `.atvsld-tmp-${process.pid}-${randomBytes(4).toString('hex')}${ext}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeSynced(temp, bytes);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw WriteFailure.of(error, dir);
  }
  try {
    for (let seq = await nextSequence(dir, stem, ext); ; seq += 1) {
      const target = join(dir, `${stem}-${seq}${ext}`);
      try {
        await placeExclusive(temp, target);
        return target;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  } catch (error) {
    throw WriteFailure.of(error, dir);
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
    await removeStaleTempFiles(dir, Date.now());
  }
}

/** Every byte written (short writes continued) and flushed before the file gets its real name. */
async function writeSynced(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await writeAll(handle, [bytes]);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Shared folders without hard links (FAT, some SMB mounts) get an exclusive copy instead. */
async function placeExclusive(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    try {
      await copyFile(temp, target, constants.COPYFILE_EXCL);
    } catch (copyError) {
      // The name was free, so what a failed copy (a full disk) left there is ours and incomplete.
      if ((copyError as NodeJS.ErrnoException).code !== 'EEXIST') await rm(target, { force: true }).catch(() => undefined);
      throw copyError;
    }
  }
}

async function nextSequence(dir: string, stem: string, ext: string): Promise<number> {
  const pattern = new RegExp(`^${escape(stem)}-(\\d+)${escape(ext)}$`, 'i');
  let highest = 0;
  for (const name of await readdir(dir)) {
    const seq = pattern.exec(name)?.[1];
    if (seq !== undefined) highest = Math.max(highest, Number(seq));
  }
  return highest + 1;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
