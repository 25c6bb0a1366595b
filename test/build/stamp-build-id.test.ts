/**
 * The build id that keys the plan cache (scripts/stamp-build-id.js): the
 * same compiled code gives the same id, any changed compiled file another.
 */
import { execFile } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/run-cli.js';

const run = promisify(execFile);
const SCRIPT = join(REPO_ROOT, 'scripts', 'stamp-build-id.js');

async function stamp(dist: string): Promise<string> {
  await run(process.execPath, [SCRIPT, dist]);
  const text = await readFile(join(dist, 'cli', 'build-id.js'), 'utf8');
  const id = /BUILD_ID = '([0-9a-f]{24})'/.exec(text)?.[1];
  expect(id, text).toBeDefined();
  return id!;
}

describe('stamp-build-id', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atvsld-build-id-'));
    for (const sub of ['cli', 'io', 'core']) await cp(join(REPO_ROOT, 'dist', sub), join(dir, sub), { recursive: true });
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is the built one, and stable for the same files (its own output aside)', async () => {
    const built = /BUILD_ID = '([0-9a-f]{24})'/.exec(await readFile(join(REPO_ROOT, 'dist', 'cli', 'build-id.js'), 'utf8'))?.[1];
    expect(built).toBeDefined();
    const first = await stamp(dir);
    expect(await stamp(dir)).toBe(first);
  });

  it('changes when a compiled plan-checking or validation file changes', async () => {
    const before = await stamp(dir);
    await appendFile(join(dir, 'io', 'plan', 'parse-plan-text.js'), '\n// changed\n');
    const afterPlan = await stamp(dir);
    expect(afterPlan).not.toBe(before);
    await appendFile(join(dir, 'core', 'plan', 'validate-plan.js'), '\n// changed\n');
    expect(await stamp(dir)).not.toBe(afterPlan);
  });
});
