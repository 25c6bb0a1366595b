/**
 * `atvsld validate FILE` on each large hostile workbook of
 * fixtures/hostile/generator/attacks.mjs (issue 12): text split into millions
 * of pieces, thousands of attributes per element, a UTF-16 part, one huge
 * sheet listed twice, a cover of a million cells. Each must give its
 * diagnostics and exit 1 (never 3), within 300 MB of peak RSS and 5 s of CPU.
 * CPU rather than wall time: the machines running the tests are shared, and
 * the reader's own budget (10 s of CPU time, 60 s on the wall) already ends a read that runs long.
 *
 * The files (1–25 MB each) are generated once into the system's temporary
 * folder, under a name that changes with the generator, and reused.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runBuiltCli } from './run-cli.js';

interface Attack {
  file: string;
  what: string;
  codes: { code: string; sheet: string | null; cell: string | null }[];
  make: () => Buffer;
}

const GENERATOR = join(REPO_ROOT, 'fixtures/hostile/generator');
const PLAN = 'templates/plans/ke-hoach-ct31-bac-giang.yaml';
const MB = 1024 * 1024;

const { ATTACKS } = (await import(pathToFileURL(join(GENERATOR, 'attacks.mjs')).href)) as { ATTACKS: Attack[] };

const version = createHash('sha256')
  .update(readFileSync(join(GENERATOR, 'attacks.mjs')))
  .update(readFileSync(join(GENERATOR, 'package.mjs')))
  .digest('hex')
  .slice(0, 12);
const DIR = join(tmpdir(), `atvsld-hostile-attacks-${version}`);

/** Writes the preload that reports the CLI's resource usage (peak RSS, CPU) to RUSAGE_OUT when it exits. */
function usagePreload(): string {
  const path = join(DIR, 'usage.mjs');
  writeFileSync(path, `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.RUSAGE_OUT, JSON.stringify(process.resourceUsage())));
`);
  return path;
}

function ensureAttack(attack: Attack): string {
  const path = join(DIR, attack.file);
  if (existsSync(path)) return path;
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, attack.make());
  renameSync(temporary, path);
  return path;
}

interface Run {
  code: number | null;
  codes: string[];
  stderr: string;
  rssMb: number;
  cpuSeconds: number;
  wallSeconds: number;
}

describe('atvsld validate on large hostile workbooks (built CLI)', () => {
  let preload: string;
  beforeAll(() => {
    mkdirSync(DIR, { recursive: true });
    preload = usagePreload();
  });

  it.each(ATTACKS.map((a) => [a.file, a] as const))('%s: its diagnostics, exit 1, ≤ 300 MB and ≤ 5 s of CPU', async (_, attack) => {
    const path = ensureAttack(attack);
    const usage = join(DIR, `${attack.file}.usage.json`);
    rmSync(usage, { force: true });
    const start = performance.now();
    const run = await runBuiltCli(['validate', path, '--plan', PLAN, '--year', '2025', '--format', 'json'], {
      env: { NODE_OPTIONS: `--import ${pathToFileURL(preload).href}`, RUSAGE_OUT: usage },
      timeoutMs: 60_000,
    });
    const wallSeconds = (performance.now() - start) / 1000;
    const used = JSON.parse(readFileSync(usage, 'utf8')) as { maxRSS: number; userCPUTime: number; systemCPUTime: number };
    const report = JSON.parse(run.stdout) as { files: { diagnostics: { code: string; sheet?: string | null; cell?: string | null }[] }[] };
    const found = report.files[0]!.diagnostics;
    const result: Run = {
      code: run.code,
      codes: found.map((d) => `${d.code} ${d.sheet ?? '-'}!${d.cell ?? '-'}`),
      stderr: run.stderr,
      rssMb: Math.round(used.maxRSS / 1024),
      cpuSeconds: (used.userCPUTime + used.systemCPUTime) / 1e6,
      wallSeconds,
    };
    // Shown by `vitest --reporter verbose`; the figures docs/reading.md quotes.
    console.log(`${attack.file}: exit ${run.code}, ${result.rssMb} MB, ${result.cpuSeconds.toFixed(2)} s CPU, ${wallSeconds.toFixed(2)} s wall`);
    expect(result.code).toBe(1);
    expect(run.stderr).not.toMatch(/INTERNAL_ERROR|RangeError|TypeError/);
    for (const c of attack.codes) {
      const match = found.some((d) => d.code === c.code && (c.sheet === null || d.sheet === c.sheet) && (c.cell === null || d.cell === c.cell));
      expect(match, `${c.code} ${c.sheet ?? '-'}!${c.cell ?? '-'} in ${result.codes.join(', ')}`).toBe(true);
    }
    expect(found.map((d) => d.code).filter((code) => !attack.codes.some((c) => c.code === code))).toEqual([]);
    expect(used.maxRSS * 1024).toBeLessThan(300 * MB);
    expect(result.cpuSeconds).toBeLessThan(5);
  }, 180_000);
});
