import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAll, writeChunksAtomic, writeFileAtomic, WriteFailure, type WritableHandle } from '../../src/io/atomic-write.js';
import { removeStaleTempFiles, STALE_TEMP_MS } from '../../src/io/stale-temp-files.js';

/** A file in memory whose writes take at most `step` bytes, and fail once `capacity` is reached. */
function fakeFile(step: number, capacity = Infinity): WritableHandle & { bytes: number[] } {
  const bytes: number[] = [];
  return {
    bytes,
    async write(buffer, offset, length, position) {
      const n = Math.min(step, length, capacity - bytes.length);
      if (n <= 0 && capacity !== Infinity) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      expect(position).toBe(bytes.length);
      for (let i = 0; i < n; i += 1) bytes.push(buffer[offset + i]!);
      return { bytesWritten: n };
    },
  };
}

const withDir = async (fn: (dir: string) => Promise<void>): Promise<void> => {
  const dir = await mkdtemp(join(tmpdir(), 'atvsld-atomic-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

describe('writeAll', () => {
  it('continues short writes until every byte of every chunk is written, in order', async () => {
    const file = fakeFile(3);
    const written = await writeAll(file, [Buffer.from('abcdefg'), Buffer.alloc(0), Buffer.from('hij')]);
    expect(written).toBe(10);
    expect(Buffer.from(file.bytes).toString()).toBe('abcdefghij');
  });

  it('passes ENOSPC on, and refuses a write that makes no progress instead of looping', async () => {
    await expect(writeAll(fakeFile(4, 6), [Buffer.from('abcdefgh')])).rejects.toMatchObject({ code: 'ENOSPC' });
    await expect(writeAll(fakeFile(0), [Buffer.from('a')])).rejects.toMatchObject({ code: 'ESHORTWRITE' });
  });
});

describe('writeFileAtomic / writeChunksAtomic', () => {
  it('on failure keeps the old file byte for byte, removes its temporary file, and names the target', async () => {
    await withDir(async (dir) => {
      const target = join(dir, 'report.xlsx');
      await writeFile(target, 'old report');
      const failing = writeChunksAtomic(target, () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      });
      await expect(failing).rejects.toBeInstanceOf(WriteFailure);
      await expect(failing).rejects.toMatchObject({ code: 'ENOSPC', path: target });
      expect(await readFile(target, 'utf8')).toBe('old report');
      expect(await readdir(dir)).toEqual(['report.xlsx']);
    });
  });

  it('a bug while building the bytes is not dressed up as a file-system failure', async () => {
    await withDir(async (dir) => {
      await expect(writeChunksAtomic(join(dir, 'r.xlsx'), () => { throw new TypeError('bug'); })).rejects.toBeInstanceOf(TypeError);
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it('writes the new content in place of the old', async () => {
    await withDir(async (dir) => {
      const target = join(dir, 'a.txt');
      await writeFileAtomic(target, 'one');
      await writeFileAtomic(target, 'hai — hai');
      expect(await readFile(target, 'utf8')).toBe('hai — hai');
      expect(await readdir(dir)).toEqual(['a.txt']);
    });
  });
});

describe('removeStaleTempFiles', () => {
  it("removes only old regular files named like atvsld's temporary files", async () => {
    await withDir(async (dir) => {
      const now = Date.now();
      const old = new Date(now - STALE_TEMP_MS - 60_000);
      const names = ['.atvsld-tmp-r.xlsx-1-aa', '.atvsld-spill-2-bb', '.atvsld-tmp-fresh', 'report.xlsx', '.atvsld.lock'];
      for (const name of names) await writeFile(join(dir, name), '');
      for (const name of names.filter((n) => n !== '.atvsld-tmp-fresh')) await utimes(join(dir, name), old, old);
      await mkdir(join(dir, '.atvsld-tmp-folder'));
      await utimes(join(dir, '.atvsld-tmp-folder'), old, old);
      await symlink(join(dir, 'report.xlsx'), join(dir, '.atvsld-tmp-link'));
      expect((await removeStaleTempFiles(dir, now)).sort()).toEqual(['.atvsld-spill-2-bb', '.atvsld-tmp-r.xlsx-1-aa']);
      expect((await readdir(dir)).sort()).toEqual(['.atvsld-tmp-folder', '.atvsld-tmp-fresh', '.atvsld-tmp-link', '.atvsld.lock', 'report.xlsx']);
    });
  });

  it('says nothing about a folder that does not exist', async () => {
    expect(await removeStaleTempFiles(join(tmpdir(), 'atvsld-no-such-folder-xyz'), Date.now())).toEqual([]);
  });
});
