/**
 * The checked-plan cache as users meet it (built CLI): a run that finds the
 * plan in the cache prints exactly what a run that checks it prints, and
 * what ATVSLD_CACHE_DIR=off prints; an edited plan, a damaged entry or an
 * unusable cache folder changes nothing but the time taken.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runBuiltCli, runBuiltCliListingLoads, type CliRun } from './run-cli.js';

const DEFAULT_PLAN = join(REPO_ROOT, 'templates', 'plans', 'ke-hoach-ct31-bac-giang.yaml');
const DEMO = join(REPO_ROOT, 'fixtures', 'demo');
const ONE_FORM = join(DEMO, 'submissions', '2025', 'bao-cao-atvsld-2025-so-y-te.xlsx');

let dir = '';
let cacheCount = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atvsld-plan-cache-e2e-'));
  // Base years before the first year: PLAN_TARGET_BASE_YEAR warnings; and a note: huyện Yên Dũng's
  // successor given another function, so its duties lapse (PLAN_DUTY_LAPSES).
  const text = await readFile(DEFAULT_PLAN, 'utf8');
  const lapse = "functions: [atvsld]\n        note: Nghị quyết 1191/NQ-UBTVQH15";
  if (!text.includes(lapse)) throw new Error("the default plan no longer has Yên Dũng's successor");
  await writeFile(join(dir, 'warnings.yaml'), text.replaceAll('baseYear: 2024', 'baseYear: 2023').replace(lapse, lapse.replace('atvsld', 'khac')));
  await writeFile(join(dir, 'broken.yaml'), text.replace('firstYear: 2024', 'firstYear: hai-nghin'));
  await cp(DEMO, join(dir, 'demo'), { recursive: true });
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const freshCacheDir = (): string => join(dir, `cache-${(cacheCount += 1)}`);
const run = (args: string[], cacheDir: string, cwd = REPO_ROOT): Promise<CliRun> =>
  runBuiltCli(args, { cwd, env: { ATVSLD_CACHE_DIR: cacheDir } });

const CASES: [string, () => string[], () => string][] = [
  ['plan check, default plan (no notes)', () => ['plan', 'check', '--plan', DEFAULT_PLAN], () => REPO_ROOT],
  ['plan check, plan with warnings', () => ['plan', 'check', '--plan', join(dir, 'warnings.yaml')], () => REPO_ROOT],
  ['plan check, broken plan (exit 2)', () => ['plan', 'check', '--plan', join(dir, 'broken.yaml')], () => REPO_ROOT],
  ['plan check in a workspace (its atvsld.yaml too)', () => ['plan', 'check'], () => join(dir, 'demo', 'submissions')],
  ['validate one form, plan with warnings', () => ['validate', ONE_FORM, '--year', '2025', '--plan', join(dir, 'warnings.yaml')], () => REPO_ROOT],
  ['validate one form, JSON', () => ['validate', ONE_FORM, '--year', '2025', '--format', 'json', '--plan', DEFAULT_PLAN], () => REPO_ROOT],
  ['validate, broken plan (exit 2)', () => ['validate', ONE_FORM, '--plan', join(dir, 'broken.yaml')], () => REPO_ROOT],
  ['status in a workspace', () => ['status', '--year', '2025', '--as-of', '2025-12-21', '--format', 'json'], () => join(dir, 'demo')],
];

/** The libraries whose code the run loaded: files imported from node_modules, and bundled code marked by its region comments. */
async function loadedPackages(args: string[], cacheDir: string): Promise<string[]> {
  const { run, files } = await runBuiltCliListingLoads(args, { env: { ATVSLD_CACHE_DIR: cacheDir } });
  expect(run.stderr).toBe('');
  const packages = new Set<string>();
  for (const file of files) {
    const installed = /[/\\]node_modules[/\\]([^/\\]+)[/\\]/.exec(file);
    if (installed) packages.add(installed[1]!);
    for (const m of (await readFile(file, 'utf8')).matchAll(/^\/\/ node_modules\/([^/]+)\//gm)) packages.add(m[1]!);
  }
  return [...packages].sort();
}

describe('the plan cache (built CLI)', () => {
  it.each(CASES)('%s: miss, hit and no cache print the same and exit the same', async (_name, args, cwd) => {
    const cacheDir = freshCacheDir();
    const off = await run(args(), 'off', cwd());
    const miss = await run(args(), cacheDir, cwd());
    expect((await readdir(cacheDir)).length).toBeGreaterThan(0);
    const hit = await run(args(), cacheDir, cwd());
    expect(miss).toEqual(off);
    expect(hit).toEqual(off);
    expect(off.stderr).not.toMatch(/\n\s+at /);
  });

  it('the cases cover warnings, notes and errors', async () => {
    const warnings = await run(['plan', 'check', '--plan', join(dir, 'warnings.yaml')], 'off');
    expect(warnings.stderr).toContain('PLAN_TARGET_BASE_YEAR');
    expect(warnings.stderr).toContain('PLAN_DUTY_LAPSES');
    const broken = await run(['plan', 'check', '--plan', join(dir, 'broken.yaml')], 'off');
    expect(broken.code).toBe(2);
  });

  it('a hit loads neither yaml nor zod (one-form validate)', async () => {
    const cacheDir = freshCacheDir();
    const args = ['validate', ONE_FORM, '--year', '2025', '--format', 'json', '--plan', DEFAULT_PLAN];
    const miss = await loadedPackages(args, cacheDir);
    const hit = await loadedPackages(args, cacheDir);
    expect(miss).toEqual(expect.arrayContaining(['yaml', 'zod']));
    expect(hit).not.toContain('yaml');
    expect(hit).not.toContain('zod');
  });

  it('an edited plan is checked again', async () => {
    const cacheDir = freshCacheDir();
    const plan = join(dir, 'edited.yaml');
    const text = await readFile(DEFAULT_PLAN, 'utf8');
    await writeFile(plan, text);
    const first = await run(['plan', 'show', '--plan', plan, '--year', '2025', '--format', 'json'], cacheDir);
    expect(first.code).toBe(0);
    // One byte of the title (shown by plan show --format json): "Kế hoạch triển khai" → "Kế hoạcH triển khai".
    expect(text).toContain('\n  Kế hoạch triển khai');
    await writeFile(plan, text.replace('\n  Kế hoạch triển khai', '\n  Kế hoạcH triển khai'));
    const second = await run(['plan', 'show', '--plan', plan, '--year', '2025', '--format', 'json'], cacheDir);
    expect(second).toEqual(await run(['plan', 'show', '--plan', plan, '--year', '2025', '--format', 'json'], 'off'));
    expect(second.stdout).not.toBe(first.stdout);
    expect(second.stdout).toContain('Kế hoạcH');
  });

  it('a damaged entry is ignored and rewritten', async () => {
    const cacheDir = freshCacheDir();
    const args = ['plan', 'check', '--plan', join(dir, 'warnings.yaml')];
    const first = await run(args, cacheDir);
    const [entry] = await readdir(cacheDir);
    const file = join(cacheDir, entry!);
    const good = await readFile(file, 'utf8');
    for (const damaged of [good.slice(0, good.length - 40), good.replace('PLAN_TARGET_BASE_YEAR', 'PLAN_TARGET_BASE_YEAX'), 'garbage']) {
      await writeFile(file, damaged);
      expect(await run(args, cacheDir)).toEqual(first);
      expect(await readFile(file, 'utf8')).toBe(good);
    }
  });

  it('an unusable cache folder changes nothing', async () => {
    const notAFolder = join(dir, 'a-file');
    await writeFile(notAFolder, 'x');
    const args = ['validate', ONE_FORM, '--year', '2025', '--format', 'json', '--plan', DEFAULT_PLAN];
    expect(await run(args, join(notAFolder, 'cache'))).toEqual(await run(args, 'off'));
  });
});
