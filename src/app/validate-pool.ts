/**
 * Many files are checked on worker threads, one per core: reading and
 * checking a form is CPU work, and a national year is thousands of forms.
 * Only paths go in and CheckedFile results come out; each workbook stays
 * and dies inside its worker, so memory does not grow with the number of
 * files. Few files, one core, or running from the TypeScript sources (no
 * compiled worker script): no pool, the caller checks in process.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Plan } from '../core/plan/plan-schema.js';
import type { CheckedFile } from '../core/submission/submission.js';

export interface PoolOptions {
  readonly plan: Plan;
  readonly planHash: string;
  readonly year?: number;
  /** Worker threads; default one per core. 0 or 1: no pool. */
  readonly workers?: number;
}

export interface ValidatePool {
  /** Files worth keeping in flight at once (two per worker, so none waits for its next path). */
  readonly capacity: number;
  check(path: string): Promise<CheckedFile>;
  close(): Promise<void>;
}

/** Below this many files, starting workers (≈0.1 s each) costs more than it saves. */
export const MIN_FILES_FOR_POOL = 100;
const WORKER_SCRIPT = new URL('./validate-worker.js', import.meta.url);

interface Pending {
  readonly path: string;
  readonly resolve: (result: CheckedFile) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  alive: boolean;
}

export function openValidatePool(
  files: number,
  o: PoolOptions,
  fallback: (path: string) => Promise<CheckedFile>,
): ValidatePool | undefined {
  const count = Math.min(o.workers ?? availableParallelism(), Math.ceil(files / 50));
  if (files < MIN_FILES_FOR_POOL || count < 2 || !existsSync(fileURLToPath(WORKER_SCRIPT))) return undefined;
  const workerData = { plan: o.plan, planHash: o.planHash, ...(o.year !== undefined && { year: o.year }) };
  const slots: Slot[] = Array.from({ length: count }, () => startSlot(workerData, fallback));
  let nextId = 0;
  return {
    capacity: count * 2,
    check(path) {
      const live = slots.filter((s) => s.alive);
      if (live.length === 0) return fallback(path);
      const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise((resolve) => {
        slot.pending.set(id, { path, resolve });
        slot.worker.postMessage({ id, path });
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

function startSlot(workerData: object, fallback: (path: string) => Promise<CheckedFile>): Slot {
  const worker = new Worker(WORKER_SCRIPT, { workerData });
  const slot: Slot = { worker, pending: new Map(), alive: true };
  worker.on('message', ({ id, result }: { id: number; result: CheckedFile }) => {
    slot.pending.get(id)?.resolve(result);
    slot.pending.delete(id);
  });
  // A worker that dies (a bug, memory) must not lose files: what it held is checked here instead.
  const rescue = (): void => {
    slot.alive = false;
    for (const p of slot.pending.values()) void fallback(p.path).then(p.resolve);
    slot.pending.clear();
  };
  worker.on('error', rescue);
  worker.on('exit', rescue);
  return slot;
}
