/**
 * The worker pool (src/app/validate-pool.ts) only runs from the build, where
 * the compiled worker script exists: checked here through dist/, against the
 * same files checked in process. `npm test` builds first.
 */
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/run-cli.js';

interface Checked {
  file: string;
  sha256?: string;
  diagnostics: { code: string; location?: { cell?: string } }[];
  submission?: { agency?: string };
}
type Validate = (paths: string[], o: Record<string, unknown>) => Promise<Checked[]>;

const dist = (path: string) => pathToFileURL(join(REPO_ROOT, 'dist', path)).href;

describe('validateFiles with a worker pool', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atvsld-pool-'));
    const demo = join(REPO_ROOT, 'fixtures', 'demo', 'submissions', '2025');
    const names = (await readdir(demo)).filter((n) => n.endsWith('.xlsx')).sort();
    // Over MIN_FILES_FOR_POOL files: the demo forms under several names.
    for (let copy = 0; copy < 6; copy += 1) {
      for (const name of names) await copyFile(join(demo, name), join(dir, `${copy}-${name}`));
    }
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('gives the same results, in the same order, as checking in process', async () => {
    const { validateFiles } = (await import(dist('app/validate-files.js'))) as { validateFiles: Validate };
    const { readPlanFile } = (await import(dist('io/plan/read-plan.js'))) as {
      readPlanFile: (p: string) => Promise<{ plan: unknown; hash: string }>;
    };
    const loaded = await readPlanFile(join(REPO_ROOT, 'fixtures', 'demo', 'plan', 'ke-hoach.yaml'));
    const o = { plan: loaded.plan, planHash: loaded.hash, year: 2025 };
    const inProcess = await validateFiles([dir], { ...o, workers: 0 });
    const pooled = await validateFiles([dir], { ...o, workers: 2 });
    expect(inProcess.length).toBeGreaterThanOrEqual(100);
    expect(pooled).toEqual(inProcess);
    expect(pooled.some((f) => f.diagnostics.length > 0)).toBe(true);
  });

  it('gives the same facts when the workers put their results in a spill file', async () => {
    const { validateFiles } = (await import(dist('app/validate-files.js'))) as { validateFiles: Validate };
    const { readPlanFile } = (await import(dist('io/plan/read-plan.js'))) as {
      readPlanFile: (p: string) => Promise<{ plan: unknown; hash: string }>;
    };
    const { SpillFile } = (await import(dist('io/spill/spill-file.js'))) as {
      SpillFile: { open: (dir: string) => { size: number; close: () => void } };
    };
    const loaded = await readPlanFile(join(REPO_ROOT, 'fixtures', 'demo', 'plan', 'ke-hoach.yaml'));
    const o = { plan: loaded.plan, planHash: loaded.hash, year: 2025, keep: 'facts' };
    const spillDir = await mkdtemp(join(tmpdir(), 'atvsld-pool-spill-'));
    const spill = SpillFile.open(spillDir);
    try {
      const inProcess = await validateFiles([dir], { ...o, workers: 0 });
      const spilled = await validateFiles([dir], { ...o, workers: 2, spill });
      expect(spill.size).toBeGreaterThan(0);
      expect(spilled).toEqual(inProcess);
    } finally {
      spill.close();
      await rm(spillDir, { recursive: true, force: true });
    }
  });
});
