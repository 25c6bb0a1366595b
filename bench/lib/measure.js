// Runs one command as its own process under GNU time and reads back wall
// time, CPU time (user + system) and peak resident memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';

/** One run. Exit codes in `ok` count as success (validate exits 1 when it finds problems). */
export function measureOnce(argv, { cwd, ok = [0], env = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'atvsld-bench-time-'));
  const out = join(dir, 'time.txt');
  try {
    const run = spawnSync(TIME, ['-f', '%e %U %S %M', '-o', out, ...argv], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    const [wall, user, sys, rssKb] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    if (!ok.includes(run.status)) {
      throw new Error(`${argv.join(' ')} exited ${run.status}: ${String(run.stderr).slice(-2000)}`);
    }
    return { wallS: wall, cpuS: round(user + sys), peakRssMb: Math.round(rssKb / 1024) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median of each figure over `runs` runs. */
export function measure(argv, o = {}) {
  const runs = Array.from({ length: o.runs ?? 1 }, () => measureOnce(argv, o));
  const median = (key) => {
    const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  return { wallS: median('wallS'), cpuS: median('cpuS'), peakRssMb: median('peakRssMb'), runs: runs.length };
}

export const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
