/**
 * The time budget of the work on one file. It counts the CPU time of the
 * thread doing the work, not the time on the wall: on a shared machine (two
 * cores, several jobs beside a December batch) a file that needs 2 s of work
 * may take 15 s to get them, and must not be refused for that. A wall-clock
 * ceiling, well above, still ends what does not finish (a thread starved for
 * a minute, a clock that cannot tell CPU time). Rules and numbers:
 * docs/reading.md, "Time budget".
 *
 * The thread's CPU time never runs faster than the wall clock, so it is only
 * looked at once the wall clock shows that the budget could be spent (and
 * again only when it could be spent by then): `check` stays one Date.now()
 * for a file that reads in less than the budget, whatever the machine.
 */
import { readFileSync } from 'node:fs';
import { fail } from './read-failure.js';

/** Where the time comes from; tests pass their own. */
export interface ReadClock {
  /** Milliseconds on the wall clock. */
  wallMs(): number;
  /** Milliseconds of CPU time of the thread that calls it. */
  cpuMs(): number;
}

export interface DeadlineOptions {
  /** Wall-clock ceiling; default `DEFAULT_CEILING_MS`. */
  readonly ceilingMs?: number;
  readonly clock?: ReadClock;
}

/** Six times the default 10 s budget: only a hang or a starved thread gets this far. */
export const DEFAULT_CEILING_MS = 60_000;

export class Deadline {
  private readonly clock: ReadClock;
  private readonly ceilingMs: number;
  private readonly wallStart: number;
  private readonly cpuStart: number;
  /** Wall time before which the budget cannot be spent, so CPU time need not be asked. */
  private nextLook: number;

  constructor(
    private readonly budgetMs: number,
    private readonly file: string,
    o: DeadlineOptions = {},
  ) {
    this.clock = o.clock ?? THREAD_CLOCK;
    this.ceilingMs = o.ceilingMs ?? DEFAULT_CEILING_MS;
    this.wallStart = this.clock.wallMs();
    this.cpuStart = this.clock.cpuMs();
    this.nextLook = this.wallStart + budgetMs;
  }

  /** Cheap enough to call every few hundred cells. */
  check(): void {
    const wall = this.clock.wallMs();
    if (wall - this.wallStart > this.ceilingMs) {
      fail('WORKBOOK_TIMEOUT', this.file, { limit: this.ceilingMs, clock: 'thời gian thực', clockEn: 'wall-clock time' });
    }
    if (wall < this.nextLook) return;
    const spent = this.clock.cpuMs() - this.cpuStart;
    if (spent > this.budgetMs) {
      fail('WORKBOOK_TIMEOUT', this.file, { limit: this.budgetMs, clock: 'thời gian CPU', clockEn: 'CPU time' });
    }
    this.nextLook = wall + Math.max(this.budgetMs - spent, MIN_LOOK_MS);
  }
}

/** With a budget nearly spent, CPU time is asked at most this often (reading it costs ~40 µs). */
const MIN_LOOK_MS = 20;

/**
 * The calling thread's CPU time. On Linux, /proc/thread-self/schedstat gives
 * it in nanoseconds for this very thread (a worker thread is an OS thread).
 * Node 20 has no per-thread API (process.threadCpuUsage came later), so
 * elsewhere it is the process's CPU time, which also counts the other
 * threads: it can only end a read sooner, and never before the budget has
 * passed on the wall clock, which was the rule before.
 */
export const THREAD_CLOCK: ReadClock = {
  wallMs: () => Date.now(),
  cpuMs: () => threadCpuMs() ?? processCpuMs(),
};

let schedstat = true;

function threadCpuMs(): number | undefined {
  if (!schedstat) return undefined;
  try {
    const ns = Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ', 1)[0]);
    if (Number.isFinite(ns)) return ns / 1e6;
  } catch {
    // Not Linux, or no scheduler statistics in this kernel.
  }
  schedstat = false;
  return undefined;
}

function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
