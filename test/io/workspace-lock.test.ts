import { formatMessage } from '../../src/core/diagnostics/format.js';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/diagnostics/user-error.js';
import { LOCK_FILE, withWorkspaceLock } from '../../src/io/workspace-lock.js';

async function outDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'atvsld-lock-'));
}

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

const lockOf = (dir: string): string => join(dir, LOCK_FILE);

describe('withWorkspaceLock', () => {
  it('holds the lock while running and releases it after', async () => {
    const dir = await outDir();
    const seen = await withWorkspaceLock(dir, async () => JSON.parse(await readFile(lockOf(dir), 'utf8')));
    expect(seen).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(existsSync(lockOf(dir))).toBe(false);
  });

  it('releases the lock when the work throws', async () => {
    const dir = await outDir();
    await expect(withWorkspaceLock(dir, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(lockOf(dir))).toBe(false);
  });

  it('refuses a second run while the first holds the lock', async () => {
    const dir = await outDir();
    await withWorkspaceLock(dir, async () => {
      await expect(withWorkspaceLock(dir, async () => 'second')).rejects.toBeInstanceOf(UserError);
    });
  });

  it('lets a second run wait for the first to finish', async () => {
    const dir = await outDir();
    const order: string[] = [];
    let release!: () => void;
    const first = withWorkspaceLock(dir, () => new Promise<void>((r) => (release = () => (order.push('first'), r()))));
    await new Promise((r) => setTimeout(r, 20));
    const second = withWorkspaceLock(dir, async () => order.push('second'), { waitMs: 5_000 });
    setTimeout(() => release(), 100);
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
  });

  it.each([
    ['a killed run on this host', () => ({ pid: deadPid(), hostname: hostname(), startedAt: new Date().toISOString() })],
    ['a lock older than the limit', () => ({ pid: 1, hostname: 'other-host', startedAt: '2020-01-01T00:00:00.000Z' })],
  ])('takes over the stale lock of %s, with a message', async (_name, owner) => {
    const dir = await outDir();
    await writeFile(lockOf(dir), JSON.stringify(owner()));
    const messages: string[] = [];
    const result = await withWorkspaceLock(dir, async () => 'ran', { onMessage: (m) => messages.push(formatMessage(m)) });
    expect(result).toBe('ran');
    expect(messages).toHaveLength(1);
    expect(existsSync(lockOf(dir))).toBe(false);
  });

  it('takes over an unreadable lock only once it is old', async () => {
    const dir = await outDir();
    await writeFile(lockOf(dir), '');
    await expect(withWorkspaceLock(dir, async () => 'ran')).rejects.toBeInstanceOf(UserError);
    const old = new Date(Date.now() - 60_000);
    await utimes(lockOf(dir), old, old);
    expect(await withWorkspaceLock(dir, async () => 'ran')).toBe('ran');
  });

  it('respects a fresh lock held on another host', async () => {
    const dir = await outDir();
    await writeFile(lockOf(dir), JSON.stringify({ pid: 1, hostname: 'other-host', startedAt: new Date().toISOString() }));
    await expect(withWorkspaceLock(dir, async () => 'ran')).rejects.toThrow(/other-host/);
  });

  it('says it is waiting, once, with the holder and its start in local time', async () => {
    const dir = await outDir();
    const startedAt = new Date(Date.now() - 5 * 60_000);
    await writeFile(lockOf(dir), JSON.stringify({ pid: 1, hostname: 'other-host', startedAt: startedAt.toISOString() }));
    const messages: string[] = [];
    await expect(withWorkspaceLock(dir, async () => 'ran', { waitMs: 500, onMessage: (m) => messages.push(formatMessage(m)) })).rejects.toThrow(/other-host/);
    const pad = (n: number): string => String(n).padStart(2, '0');
    const local = `${startedAt.getFullYear()}-${pad(startedAt.getMonth() + 1)}-${pad(startedAt.getDate())} ${pad(startedAt.getHours())}:${pad(startedAt.getMinutes())}`;
    expect(messages).toEqual([`Thư mục làm việc đang được một lần chạy khác sử dụng (tiến trình 1 trên máy other-host, từ ${local}); đang chờ tối đa 1 giây…`]);
  });

  it('takes over after a run holding the lock is killed with SIGKILL', async () => {
    const dir = await outDir();
    const script = `
      const fs = require('node:fs'); const os = require('node:os');
      fs.writeFileSync(${JSON.stringify(lockOf(dir))}, JSON.stringify({ pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() }), { flag: 'wx' });
      process.stdout.write('locked'); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['-e', script]);
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await expect(withWorkspaceLock(dir, async () => 'too early')).rejects.toBeInstanceOf(UserError);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const messages: string[] = [];
    expect(await withWorkspaceLock(dir, async () => 'next run', { onMessage: (m) => messages.push(formatMessage(m)) })).toBe('next run');
    expect(messages[0]).toContain(String(child.pid));
  });
});
