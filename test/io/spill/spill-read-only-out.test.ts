/**
 * `status` on a workspace whose out/ cannot be written (a read-only share):
 * its spill goes to the system's temporary folder instead of stopping the
 * command. The tests run as any user, root included, so the refusal is
 * injected at the file-system boundary rather than made with chmod.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const readOnly = vi.hoisted(() => ({ dir: '' }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const openSync = ((path: string, ...rest: unknown[]) => {
    if (readOnly.dir !== '' && String(path).startsWith(readOnly.dir)) {
      throw Object.assign(new Error(`EROFS: read-only file system, open '${String(path)}'`), { code: 'EROFS', path });
    }
    return (fs.openSync as (...a: unknown[]) => number)(path, ...rest);
  }) as typeof fs.openSync;
  return { ...fs, default: { ...fs, openSync }, openSync };
});

const { SpillFile } = await import('../../../src/io/spill/spill-file.js');

afterAll(async () => {
  if (readOnly.dir) await rm(readOnly.dir, { recursive: true, force: true });
});

describe('SpillFile.openForWorkspace with an out/ that cannot be written', () => {
  it('falls back to the system temporary folder and works', async () => {
    readOnly.dir = await mkdtemp(join(tmpdir(), 'atvsld-read-only-out-'));
    expect(() => SpillFile.open(readOnly.dir)).toThrow(/EROFS/);
    const spill = SpillFile.openForWorkspace(readOnly.dir);
    try {
      const piece = spill.put(Buffer.from('Sở Y tế'));
      expect(spill.readText(piece)).toBe('Sở Y tế');
    } finally {
      spill.close();
    }
  });
});
