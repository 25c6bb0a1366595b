/**
 * The reader's time budget counts the reading thread's CPU time, with a
 * wall-clock ceiling above it (deadline.ts, docs/reading.md "Time budget"):
 * a file that needs too much work is stopped; a slow wall clock alone (a
 * loaded machine) is not, until the ceiling.
 */
import { describe, expect, it } from 'vitest';
import { ReadFailure } from '../../../src/io/xlsx/read-failure.js';
import { DEFAULT_CEILING_MS, THREAD_CLOCK, type ReadClock } from '../../../src/io/xlsx/deadline.js';
import { Deadline, readWorkbookBytes } from '../../../src/io/xlsx/read-workbook.js';
import { buildWorkbook } from './xlsx-builder.js';

/** A clock set by hand; counts how often the CPU time is asked. */
function handClock(): ReadClock & { wall: number; cpu: number; cpuReads: number } {
  const c = {
    wall: 1_000_000,
    cpu: 500,
    cpuReads: 0,
    wallMs: () => c.wall,
    cpuMs: () => {
      c.cpuReads += 1;
      return c.cpu;
    },
  };
  return c;
}

/** The diagnostic `check` stops with, or undefined. */
function stopped(deadline: Deadline) {
  try {
    deadline.check();
    return undefined;
  } catch (error) {
    if (error instanceof ReadFailure) return { code: error.diagnostic.code, args: error.diagnostic.args };
    throw error;
  }
}

describe('Deadline: 10 s of CPU time, 60 s of wall time', () => {
  it('a quiet machine (CPU time keeps pace with the wall): stopped past 10 s, with the CPU-time words', () => {
    const clock = handClock();
    const deadline = new Deadline(10_000, 'f.xlsx', { clock });
    clock.wall += 9_999;
    clock.cpu += 9_999;
    expect(stopped(deadline)).toBeUndefined();
    clock.wall += 2;
    clock.cpu += 2;
    expect(stopped(deadline)).toEqual({ code: 'WORKBOOK_TIMEOUT', args: { limit: 10_000, clock: 'thời gian CPU', clockEn: 'CPU time' } });
  });

  it('a loaded machine (the thread gets a sixth of the wall time): 59 s on the wall with 9.8 s of work is not stopped', () => {
    const clock = handClock();
    const deadline = new Deadline(10_000, 'f.xlsx', { clock });
    for (let s = 1; s <= 59; s += 1) {
      clock.wall += 1_000;
      clock.cpu += 166;
      expect(stopped(deadline), `at ${s} s`).toBeUndefined();
    }
    // The CPU time is asked only once the wall clock could show the budget spent, then when it could be by then
    // (16 times here, at 10 s, 19 s, 26 s…; each costs ~40 µs).
    expect(clock.cpuReads).toBeLessThanOrEqual(20);
  });

  it('the wall-clock ceiling ends a starved or hung read: 60 s with 1 s of work is stopped, with the wall-clock words', () => {
    const clock = handClock();
    const deadline = new Deadline(10_000, 'f.xlsx', { clock });
    clock.wall += DEFAULT_CEILING_MS;
    clock.cpu += 1_000;
    expect(stopped(deadline)).toBeUndefined();
    clock.wall += 1;
    expect(stopped(deadline)).toEqual({ code: 'WORKBOOK_TIMEOUT', args: { limit: 60_000, clock: 'thời gian thực', clockEn: 'wall-clock time' } });
  });

  it('before the budget has passed on the wall clock, only the wall clock is read', () => {
    const clock = handClock();
    const deadline = new Deadline(10_000, 'f.xlsx', { clock });
    for (let i = 0; i < 1_000; i += 1) {
      clock.wall += 5;
      clock.cpu += 5;
      deadline.check();
    }
    expect(clock.cpuReads).toBe(1); // at the start
  });

  it("the thread clock counts this thread's work and never runs ahead of the wall", () => {
    const wall0 = THREAD_CLOCK.wallMs();
    const cpu0 = THREAD_CLOCK.cpuMs();
    let x = 0;
    while (THREAD_CLOCK.wallMs() - wall0 < 50) x += Math.sqrt(x + 1);
    const cpu = THREAD_CLOCK.cpuMs() - cpu0;
    const wall = THREAD_CLOCK.wallMs() - wall0;
    expect(x).toBeGreaterThan(0);
    expect(cpu).toBeGreaterThan(0);
    // Clock ticks of the two clocks differ by a few milliseconds at most.
    expect(cpu).toBeLessThanOrEqual(wall + 15);
  });
});

describe('the reader under its time budget', () => {
  /** 400 rows × 250 numbers: 100,000 cells, tens of milliseconds of work. */
  const bytes = buildWorkbook({
    sheets: [{
      name: 'S',
      xml: Array.from({ length: 400 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 250 }, (_, c) => `<c><v>${r * c}</v></c>`).join('')}</row>`).join(''),
    }],
  });

  it('a file that needs more work than its budget (1 ms of CPU here): WORKBOOK_TIMEOUT, measured in CPU time', () => {
    const result = readWorkbookBytes(bytes, 'nang.xlsx', { limits: { timeBudgetMs: 1 } });
    expect(result.grid).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.args.clockEn])).toEqual([['WORKBOOK_TIMEOUT', 'CPU time']]);
  });

  it('a wall clock that runs 11 s per look (up to 55 s) while the work is done: read whole, no timeout', () => {
    let looks = 0;
    const start = Date.now();
    const slowWall: ReadClock = { wallMs: () => start + Math.min(looks++, 5) * 11_000, cpuMs: THREAD_CLOCK.cpuMs };
    const result = readWorkbookBytes(bytes, 'cham.xlsx', { deadline: new Deadline(10_000, 'cham.xlsx', { clock: slowWall }) });
    expect(looks).toBeGreaterThan(5);
    expect(result.diagnostics).toEqual([]);
    expect(result.grid?.sheets[0]?.cells.size).toBe(100_000);
  });

  it('the same wall clock past the 60 s ceiling: WORKBOOK_TIMEOUT, measured in wall-clock time', () => {
    let looks = 0;
    const start = Date.now();
    const slowWall: ReadClock = { wallMs: () => start + looks++ * 11_000, cpuMs: THREAD_CLOCK.cpuMs };
    const result = readWorkbookBytes(bytes, 'treo.xlsx', { deadline: new Deadline(10_000, 'treo.xlsx', { clock: slowWall }) });
    expect(result.diagnostics.map((d) => [d.code, d.args.limit, d.args.clockEn])).toEqual([['WORKBOOK_TIMEOUT', 60_000, 'wall-clock time']]);
  });
});
