/**
 * Store a received file under the first free canonical name
 * `<stem>-<seq><ext>` (`so-y-te-2025-1.xlsx`, `-2`, …). The bytes go to a
 * temporary file first and are then hard-linked to the final name: `link`
 * fails if the name exists, so nothing is ever overwritten, and the final
 * name only ever holds a complete file.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function storeWithoutOverwrite(dir: string, stem: string, ext: string, bytes: Uint8Array): Promise<string> {
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.atvsld-tmp-${process.pid}-${randomBytes(4).toString('hex')}${ext}`);
  await writeFile(temp, bytes, { flag: 'wx' });
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
  } finally {
    await rm(temp, { force: true });
  }
}

/** Shared folders without hard links (FAT, some SMB mounts) get an exclusive copy instead. */
async function placeExclusive(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    await copyFile(temp, target, constants.COPYFILE_EXCL);
  }
}

async function nextSequence(dir: string, stem: string, ext: string): Promise<number> {
  const pattern = new RegExp(`^${escape(stem)}-(\\d+)${escape(ext)}$`, 'i');
  const used = (await readdir(dir)).map((n) => pattern.exec(n)?.[1]).filter((s): s is string => s !== undefined).map(Number);
  return used.length === 0 ? 1 : Math.max(...used) + 1;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
