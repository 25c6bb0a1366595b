/**
 * The CLI runs from a bundle (dist/bundle, scripts/bundle-cli.js): what it
 * loads from outside it, and the validate worker pool, which starts its
 * threads from the bundle's own worker entry.
 */
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runBuiltCli, runBuiltCliListingLoads } from './run-cli.js';

const DEMO = join(REPO_ROOT, 'fixtures', 'demo');
const PLAN = join(DEMO, 'plan', 'ke-hoach.yaml');

interface ValidationJson {
  files: { path: string; diagnostics: unknown[] }[];
}

describe('the bundled CLI', () => {
  let dir = '';
  let names: string[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atvsld-bundle-'));
    const forms = join(DEMO, 'submissions', '2025');
    names = (await readdir(forms)).filter((n) => n.endsWith('.xlsx')).sort();
    // Over MIN_FILES_FOR_POOL (100) files: the demo forms under several names.
    for (let copy = 0; copy < 6; copy += 1) {
      for (const name of names) await copyFile(join(forms, name), join(dir, `${copy}-${name}`));
    }
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('starts from dist/bundle and loads nothing else of ours', async () => {
    const { run, files } = await runBuiltCliListingLoads(['plan', 'check', '--plan', PLAN]);
    expect(run.code).toBe(0);
    const ours = files.map((f) => relative(REPO_ROOT, f).split('\\').join('/')).filter((f) => !f.startsWith('node_modules/'));
    expect(ours.filter((f) => !f.startsWith('dist/bundle/'))).toEqual(['bin/atvsld.js']);
  });

  it('validates over 100 forms with worker threads started from the bundle, as each form alone', async () => {
    const { run, files } = await runBuiltCliListingLoads(['validate', dir, '--year', '2025', '--format', 'json', '--plan', PLAN]);
    // Nothing on stderr but the run's log line.
    expect(run.stderr).toMatch(/^atvsld \S+ validate [^\n]*\n$/);
    expect(files.map((f) => relative(REPO_ROOT, f).split('\\').join('/'))).toContain('dist/bundle/validate-worker.js');
    const pooled = JSON.parse(run.stdout) as ValidationJson;
    expect(pooled.files.length).toBe(names.length * 6);
    expect(pooled.files.length).toBeGreaterThanOrEqual(100);
    const alone = JSON.parse(
      (await runBuiltCli(['validate', ...names.map((n) => join(dir, `0-${n}`)), '--year', '2025', '--format', 'json', '--plan', PLAN])).stdout,
    ) as ValidationJson;
    const byName = new Map(alone.files.map((f) => [f.path.replace(/^.*[/\\]0-/, ''), f]));
    for (const file of pooled.files) {
      const name = file.path.replace(/^.*[/\\]\d-/, '');
      expect(JSON.stringify(file.diagnostics).replaceAll(/\d-(?=bao-cao|BC )/g, ''), name).toBe(
        JSON.stringify(byName.get(name)?.diagnostics).replaceAll(/\d-(?=bao-cao|BC )/g, ''),
      );
    }
    expect(pooled.files.some((f) => f.diagnostics.length > 0)).toBe(true);
  });
});
