/**
 * Many files are checked on worker threads, one per core: reading and
 * checking a form is CPU work, and a national year is thousands of forms.
 * Only paths go in (with the bytes of a name that is not UTF-8) and CheckedFile results come out, holding only what the
 * caller keeps of each form (kept-submission.ts); each workbook stays and
 * dies inside its worker, so memory grows with the number of files by no
 * more than what is kept. Given a spill file, the workers put the results
 * there and send back only their places, so that not even that is held
 * while the files are read. Few files, one core, or running from the TypeScript sources (no
 * compiled worker script): no pool, the caller checks in process.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Plan } from '../core/plan/plan-schema.js';
import type { Keep } from '../core/submission/kept-submission.js';
import type { CheckedFile, SubmissionSummary } from '../core/submission/submission.js';
import type { Spilled, SpillFile, SpillHandle } from '../io/spill/spill-file.js';

export interface PoolOptions {
  readonly plan: Plan;
  readonly planHash: string;
  readonly year?: number;
  /** Worker threads; default one per core. 0 or 1: no pool. */
  readonly workers?: number;
  /** What each worker sends back of a form (kept-submission.ts): only that crosses between threads. */
  readonly keep?: Keep;
  /** Where the workers put their results instead of sending them. */
  readonly spill?: SpillFile;
}

/**
 * What the pool gives for a file: the CheckedFile, or, with a spill file,
 * where a worker put it (`v8.serialize` bytes). A file checked on the calling
 * thread because its worker died comes back as a CheckedFile either way.
 */
export type PooledResult<S extends SubmissionSummary> = CheckedFile<S> | Spilled;

/** What each worker starts with (validate-worker.ts). */
export interface WorkerData {
  readonly plan: Plan;
  readonly planHash: string;
  readonly year?: number;
  readonly keep?: Keep;
  readonly spill?: SpillHandle;
}

export interface ValidatePool<S extends SubmissionSummary> {
  /** Files worth keeping in flight at once (two per worker, so none waits for its next path). */
  readonly capacity: number;
  /** `raw`: the bytes of the path, when the name is not valid UTF-8 (expand-workbook-paths.ts). */
  check(path: string, raw?: Uint8Array): Promise<PooledResult<S>>;
  close(): Promise<void>;
}

/** Below this many files, starting workers (≈0.1 s each) costs more than it saves. */
export const MIN_FILES_FOR_POOL = 100;
const WORKER_SCRIPT = new URL('./validate-worker.js', import.meta.url);

/**
 * A cap on each worker's heap. Without one, V8 sizes a worker's old space
 * for the machine (gigabytes) and hardly ever collects it in a run of a few
 * seconds, so each worker's heap grew with the number of files it had
 * checked; with it, V8 collects as it goes. Checking a form needs a fraction
 * of this (the 100,000-row sheet of the bench reads in ≈ 130 MB in all); a
 * worker that still runs out dies, and its files are checked on the calling
 * thread (rescue, below).
 */
const WORKER_OLD_SPACE_MB = 256;

interface Pending<S extends SubmissionSummary> {
  readonly path: string;
  readonly raw?: Uint8Array;
  readonly resolve: (result: PooledResult<S>) => void;
}

interface Slot<S extends SubmissionSummary> {
  readonly worker: Worker;
  readonly pending: Map<number, Pending<S>>;
  alive: boolean;
}

/** `S` is what `fallback` gives and what the workers send back, both checking with the same `o.keep`. */
export function openValidatePool<S extends SubmissionSummary>(
  files: number,
  o: PoolOptions,
  fallback: (path: string, raw?: Uint8Array) => Promise<CheckedFile<S>>,
): ValidatePool<S> | undefined {
  const count = Math.min(o.workers ?? availableParallelism(), Math.ceil(files / 50));
  if (files < MIN_FILES_FOR_POOL || count < 2 || !existsSync(fileURLToPath(WORKER_SCRIPT))) return undefined;
  const workerData: WorkerData = {
    plan: o.plan,
    planHash: o.planHash,
    ...(o.year !== undefined && { year: o.year }),
    ...(o.keep !== undefined && { keep: o.keep }),
    ...(o.spill !== undefined && { spill: o.spill.handle }),
  };
  const slots: Slot<S>[] = Array.from({ length: count }, () => startSlot(workerData, fallback));
  let nextId = 0;
  return {
    capacity: count * 2,
    check(path, raw) {
      const live = slots.filter((s) => s.alive);
      if (live.length === 0) return fallback(path, raw);
      const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise((resolve) => {
        slot.pending.set(id, { path, ...(raw !== undefined && { raw }), resolve });
        slot.worker.postMessage({ id, path, ...(raw !== undefined && { raw }) });
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

function startSlot<S extends SubmissionSummary>(workerData: WorkerData, fallback: (path: string, raw?: Uint8Array) => Promise<CheckedFile<S>>): Slot<S> {
  const worker = new Worker(WORKER_SCRIPT, { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB } });
  const slot: Slot<S> = { worker, pending: new Map(), alive: true };
  worker.on('message', ({ id, result }: { id: number; result: PooledResult<S> }) => {
    slot.pending.get(id)?.resolve(result);
    slot.pending.delete(id);
  });
  // A worker that dies (a bug, memory) must not lose files: what it held is checked here instead.
  const rescue = (): void => {
    slot.alive = false;
    for (const p of slot.pending.values()) void fallback(p.path, p.raw).then(p.resolve);
    slot.pending.clear();
  };
  worker.on('error', rescue);
  worker.on('exit', rescue);
  return slot;
}
