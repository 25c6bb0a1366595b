import { readdir } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';

const PLAN = 'templates/plans/ke-hoach-ct31-bac-giang.yaml';

describe('atvsld template (in-process)', () => {
  it('writes the forms asked for into --out and exits 0', async () => {
    const out = await mkdtemp(join(tmpdir(), 'atvsld-cli-template-'));
    const run = await runInProcess(['template', '--plan', PLAN, '--year', '2024', '--agency', 'so-y-te', '--agency', 'so-ldtbxh', '--out', out, '--as-of', '2024-11-15']);
    expect(run.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['bao-cao-atvsld-2024-so-ldtbxh.xlsx', 'bao-cao-atvsld-2024-so-y-te.xlsx']);
    expect(run.stdout).toContain('0 lỗi, 0 cảnh báo');
  });

  it('exits 1 with TEMPLATE_UNKNOWN_AGENCY on stderr for an unknown agency', async () => {
    const out = await mkdtemp(join(tmpdir(), 'atvsld-cli-template-'));
    const run = await runInProcess(['template', '--plan', PLAN, '--year', '2024', '--agency', 'khong-co', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TEMPLATE_UNKNOWN_AGENCY');
    expect(await readdir(out)).toEqual([]);
  });

  it('exits 2 on a malformed --as-of', async () => {
    const run = await runInProcess(['template', '--plan', PLAN, '--year', '2024', '--out', tmpdir(), '--as-of', '2024-13-01']);
    expect(run.code).toBe(2);
  });
});
