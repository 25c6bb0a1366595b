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
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { makeDiagnostic } from '../core/diagnostics/make-diagnostic.js';

export const LOCK_FILE = '.atvsld.lock';
const UNREADABLE_GRACE_MS = 5_000;

export interface LockOptions {
  /** A lock older than this is stale whatever its process (default 30). */
  readonly staleMinutes?: number;
  /** How long to wait for a live lock before giving up (default 0: give up at once). */
  readonly waitMs?: number;
  /** Where notices go (waiting, taking over a stale lock): typed, for the CLI to word in the user's language. */
  readonly onMessage?: (message: Diagnostic) => void;
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
  let waitingSaid = false;
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
    const stale = staleReason(existing, options.staleMinutes ?? 30, now(), mtimeMs);
    if (stale !== undefined) {
      if (await takeOver(path, existing)) options.onMessage?.(makeDiagnostic('LOCK_TAKEN_OVER', { lock: path, ...stale }));
      continue;
    }
    if (now() >= deadline) {
      throw new UserError('WORKSPACE_BUSY', { ...holderOf(existing), lock: path });
    }
    if (!waitingSaid) {
      waitingSaid = true;
      options.onMessage?.(makeDiagnostic('LOCK_WAITING', { ...holderOf(existing), seconds: Math.ceil((deadline - now()) / 1000) }));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Why the lock is stale (a reason id of REASON_MESSAGES and its arguments), or undefined when its owner may still be running. */
export function staleReason(text: string, staleMinutes: number, nowMs: number, mtimeMs: number): { reason: string; minutes?: number; pid?: number } | undefined {
  const owner = parseOwner(text);
  // An empty lock may be one being written this very moment: only old garbage is stale.
  if (!owner) return nowMs - mtimeMs > UNREADABLE_GRACE_MS ? { reason: 'lock-unreadable' } : undefined;
  const age = nowMs - Date.parse(owner.startedAt);
  if (Number.isFinite(age) && age > staleMinutes * 60_000) return { reason: 'lock-too-old', minutes: staleMinutes };
  if (owner.hostname === hostname() && !isAlive(owner.pid)) return { reason: 'lock-owner-gone', pid: owner.pid };
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

/** Who holds the lock, its start in the machine's local time ("2025-12-28 07:00"), '?' where unknown. */
function holderOf(text: string): { pid: number | string; host: string; since: string } {
  const owner = parseOwner(text);
  if (!owner) return { pid: '?', host: '?', since: '?' };
  const started = new Date(owner.startedAt);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const since = Number.isNaN(started.getTime())
    ? owner.startedAt
    : `${started.getFullYear()}-${pad(started.getMonth() + 1)}-${pad(started.getDate())} ${pad(started.getHours())}:${pad(started.getMinutes())}`;
  return { pid: owner.pid, host: owner.hostname, since };
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
