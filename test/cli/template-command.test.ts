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

  it('exits 2 for an unknown agency, suggesting the nearest id, and writes nothing', async () => {
    const out = await mkdtemp(join(tmpdir(), 'atvsld-cli-template-'));
    const run = await runInProcess(['template', '--plan', PLAN, '--year', '2024', '--agency', 'so-yte', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Không có cơ quan mã "so-yte" trong kế hoạch; có phải ý bạn là "so-y-te"?');
    expect(await readdir(out)).toEqual([]);
  });

  it('exits 2 on a malformed --as-of', async () => {
    const run = await runInProcess(['template', '--plan', PLAN, '--year', '2024', '--out', tmpdir(), '--as-of', '2024-13-01']);
    expect(run.code).toBe(2);
  });
});
