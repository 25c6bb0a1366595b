/**
 * One run at a time per workspace: `out/.atvsld.lock`, created with `wx`
 * (fails if it exists), holding who took it. The December batch job may be
 * started twice, or killed half-way; a lock whose process is gone (same
 * host) or that is older than `staleMinutes` is taken over with a message,
 * so a killed run never blocks the next one.
 */
import { link, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../core/diagnostics/user-error.js';

export const LOCK_FILE = '.atvsld.lock';
const UNREADABLE_GRACE_MS = 5_000;

export interface LockOptions {
  /** A lock older than this is stale whatever its process (default 30). */
  readonly staleMinutes?: number;
  /** How long to wait for a live lock before giving up (default 0: give up at once). */
  readonly waitMs?: number;
  /** Where messages about taking over a stale lock go (the CLI passes stderr). */
  readonly onMessage?: (message: string) => void;
  readonly now?: () => number;
}

interface LockOwner {
  readonly pid: number;
  readonly hostname: string;
  readonly startedAt: string;
}

/** Run `fn` holding the lock of the workspace whose output folder is `outDir`; always released. */
export async function withWorkspaceLock<T>(outDir: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const path = join(outDir, LOCK_FILE);
  await mkdir(outDir, { recursive: true });
  const mine = await acquire(path, options);
  try {
    return await fn();
  } finally {
    // Only remove our own lock: if ours was wrongly taken over, the other run's lock stays.
    if ((await readText(path)) === mine) await rm(path, { force: true });
  }
}

async function acquire(path: string, options: LockOptions): Promise<string> {
  const now = options.now ?? Date.now;
  const deadline = now() + (options.waitMs ?? 0);
  const content = JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: new Date(now()).toISOString() } satisfies LockOwner);
  for (;;) {
    try {
      await writeFile(path, content, { flag: 'wx' });
      return content;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const existing = await readText(path);
    if (existing === undefined) continue;
    const mtimeMs = (await stat(path).catch(() => undefined))?.mtimeMs ?? 0;
    const reason = staleReason(existing, options.staleMinutes ?? 30, now(), mtimeMs);
    if (reason !== undefined) {
      if (await takeOver(path, existing)) options.onMessage?.(`atvsld: đã tiếp quản khóa cũ ${path} (${reason}).`);
      continue;
    }
    if (now() >= deadline) {
      throw new UserError('WORKSPACE_BUSY', { holder: describe(existing), lock: path });
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Why the lock is stale, or undefined when its owner may still be running. */
export function staleReason(text: string, staleMinutes: number, nowMs: number, mtimeMs: number): string | undefined {
  const owner = parseOwner(text);
  // An empty lock may be one being written this very moment: only old garbage is stale.
  if (!owner) return nowMs - mtimeMs > UNREADABLE_GRACE_MS ? 'nội dung khóa không đọc được' : undefined;
  const age = nowMs - Date.parse(owner.startedAt);
  if (Number.isFinite(age) && age > staleMinutes * 60_000) return `khóa đã quá ${staleMinutes} phút`;
  if (owner.hostname === hostname() && !isAlive(owner.pid)) return `tiến trình ${owner.pid} không còn chạy`;
  return undefined;
}

/**
 * Move the stale lock aside and check that what moved is the lock judged
 * stale: between reading and moving, another run may have taken it over and
 * written its own, which is then put back.
 */
async function takeOver(path: string, judged: string): Promise<boolean> {
  const aside = `${path}.${process.pid}.stale`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const moved = await readText(aside);
  if (moved !== judged) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
  return moved === judged;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.hostname === 'string' && typeof value.startedAt === 'string') {
      return value as LockOwner;
    }
  } catch {
    // falls through: unreadable content
  }
  return undefined;
}

function describe(text: string): string {
  const owner = parseOwner(text);
  return owner ? `tiến trình ${owner.pid} trên máy ${owner.hostname}, từ ${owner.startedAt}` : 'không rõ';
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
