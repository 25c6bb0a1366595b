/**
 * The bench's large form (bench/lib/large-form.js) at a small size: a form
 * of so-y-te for 2025 that validation recognises, with one TASK_UNKNOWN per
 * extra task row, each at its row of the tasks sheet — so the bench's
 * 150,000-row run measures reading and checking a real form, not a refusal.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/app/validate-files.js';
import { readPlanFile } from '../../src/io/plan/read-plan.js';
import { REPO_ROOT } from '../e2e/run-cli.js';

const PLAN = join(REPO_ROOT, 'fixtures', 'demo', 'plan', 'ke-hoach.yaml');
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atvsld-large-form-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the bench large form', () => {
  it('is so-y-te 2025 with one TASK_UNKNOWN per row, at its cell', async () => {
    // bench/ imports the built dist/ (npm run build).
    const { writeLargeForm } = (await import(join(REPO_ROOT, 'bench', 'lib', 'large-form.js'))) as {
      writeLargeForm: (path: string, o: { rows: number; planId: string; planHash: string }) => Promise<void>;
    };
    const file = join(dir, 'large-form.xlsx');
    await writeLargeForm(file, { rows: 40, planId: 'ke-hoach-ct31-bac-giang', planHash: 'x' });
    const { plan, hash } = await readPlanFile(PLAN);
    const [checked] = await validateFiles([file], { plan: plan!, planHash: hash!, year: 2025 });
    expect(checked?.submission?.agency).toBe('so-y-te');
    expect(checked?.submission?.year).toBe(2025);
    const unknown = checked!.diagnostics.filter((d) => d.code === 'TASK_UNKNOWN');
    expect(unknown).toHaveLength(40);
    expect(unknown[0]?.location).toMatchObject({ sheet: 'Nhiệm vụ', cell: 'A5' });
    expect(unknown.at(-1)?.location).toMatchObject({ sheet: 'Nhiệm vụ', cell: 'A44' });
  });
});
