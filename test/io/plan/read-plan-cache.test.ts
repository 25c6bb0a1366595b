/**
 * readPlanFile with a cache: a hit gives exactly what checking the file
 * gives (plan, warnings, notes, errors with their locations) without running
 * the YAML and schema checks; any change to the bytes, the path or the
 * entry itself sends it back to checking.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openJsonCache } from '../../../src/io/cache/json-cache.js';
import { readPlanFile } from '../../../src/io/plan/read-plan.js';

const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/io/plan/parse-plan-text.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/io/plan/parse-plan-text.js')>();
  return {
    ...original,
    parsePlanText: (...args: Parameters<typeof original.parsePlanText>) => {
      parses.count += 1;
      return original.parsePlanText(...args);
    },
  };
});

const fixture = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const DEFAULT_PLAN = fixture('templates/plans/ke-hoach-ct31-bac-giang.yaml');
const BROKEN_DIR = fixture('fixtures/plans/broken');
const dir = mkdtempSync(join(tmpdir(), 'atvsld-plan-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;
const freshCache = () => {
  const cacheDir = join(dir, `cache-${(count += 1)}`);
  return { cacheDir, cache: openJsonCache(cacheDir, 'test-build') };
};
beforeEach(() => {
  parses.count = 0;
});

/** The default plan with base years before its first year: warnings besides the notes. */
const WITH_WARNINGS = join(dir, 'warnings.yaml');
// A base year before the plan's first year (warnings), and Yên Thế's successors removed so that its duties lapse (notes).
const YEN_THE_SUCCESSORS = /    # >>> communes-to-yaml: successors ubnd-h-yen-the\n[\s\S]*?    # <<< communes-to-yaml: successors ubnd-h-yen-the\n/;
writeFileSync(
  WITH_WARNINGS,
  readFileSync(DEFAULT_PLAN, 'utf8').replaceAll('baseYear: 2024', 'baseYear: 2023').replace(YEN_THE_SUCCESSORS, ''),
);

const PLANS: [string, string][] = [
  ['the default plan (notes)', DEFAULT_PLAN],
  ['a minimal plan', fixture('fixtures/plans/minimal.yaml')],
  ['a plan with warnings', WITH_WARNINGS],
  ...readdirSync(BROKEN_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f): [string, string] => [`broken ${f}`, join(BROKEN_DIR, f)]),
];

describe('readPlanFile with a cache', () => {
  it('the plan with warnings really has warnings and notes', async () => {
    const severities = new Set((await readPlanFile(WITH_WARNINGS)).diagnostics.map((d) => d.severity));
    expect([...severities].sort()).toEqual(['info', 'warning']);
  });

  it.each(PLANS)('%s: a miss and a hit give exactly what reading without a cache gives', async (_name, path) => {
    const fresh = await readPlanFile(path);
    const { cache } = freshCache();
    parses.count = 0;
    const miss = await readPlanFile(path, { cache });
    const hit = await readPlanFile(path, { cache });
    expect(miss).toStrictEqual(fresh);
    expect(hit).toStrictEqual(fresh);
    expect(parses.count).toBe(1);
  });

  it('misses when one byte of the plan changes, and then serves the new verdict', async () => {
    const path = join(dir, 'edited.yaml');
    const text = readFileSync(DEFAULT_PLAN, 'utf8');
    writeFileSync(path, text);
    const { cache } = freshCache();
    const before = await readPlanFile(path, { cache });
    writeFileSync(path, text.replace('firstYear: 2024', 'firstYear: 2025'));
    const after = await readPlanFile(path, { cache });
    expect(parses.count).toBe(2);
    expect(after.plan?.calendar.firstYear).toBe(2025);
    expect(after.hash).not.toBe(before.hash);
    expect(await readPlanFile(path, { cache })).toStrictEqual(after);
    expect(parses.count).toBe(2);
  });

  it('misses for the same bytes at another path (diagnostics name the file)', async () => {
    const other = join(dir, 'copy.yaml');
    writeFileSync(other, readFileSync(WITH_WARNINGS));
    const { cache } = freshCache();
    await readPlanFile(WITH_WARNINGS, { cache });
    const copy = await readPlanFile(other, { cache });
    expect(parses.count).toBe(2);
    expect(copy).toStrictEqual(await readPlanFile(other));
    expect(copy.diagnostics.every((d) => d.location?.file === other)).toBe(true);
  });

  it('ignores a damaged entry and checks the plan again', async () => {
    const { cache, cacheDir } = freshCache();
    const fresh = await readPlanFile(WITH_WARNINGS, { cache });
    const [entry] = readdirSync(cacheDir);
    const file = join(cacheDir, entry!);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"warning"', '"info"'));
    expect(await readPlanFile(WITH_WARNINGS, { cache })).toStrictEqual(fresh);
    expect(parses.count).toBe(2);
    writeFileSync(file, readFileSync(file).subarray(0, 100));
    expect(await readPlanFile(WITH_WARNINGS, { cache })).toStrictEqual(fresh);
    expect(parses.count).toBe(3);
  });

  it('does not cache what is found before the text is read (a missing file, bad encoding)', async () => {
    const { cache, cacheDir } = freshCache();
    const missing = join(dir, 'nope.yaml');
    expect(await readPlanFile(missing, { cache })).toStrictEqual(await readPlanFile(missing));
    const utf16 = join(dir, 'utf16.yaml');
    writeFileSync(utf16, Buffer.from('\ufeffid: x\n', 'utf16le'));
    expect(await readPlanFile(utf16, { cache })).toStrictEqual(await readPlanFile(utf16));
    expect(readdirSync(dir).includes(cacheDir.split('/').pop()!)).toBe(false);
  });
});
