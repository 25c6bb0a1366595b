/** Report years outside the plan stop template, status, receive and consolidate with exit 2; a far-off year is a warning. */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runBuiltCli } from './run-cli.js';

const DEMO = join(REPO_ROOT, 'fixtures/demo');

describe('report years the plan covers (built CLI, sample workspace)', () => {
  it.each([
    ['consolidate', ['consolidate', '--year', '2019', '--as-of', '2025-12-28']],
    ['status', ['status', '--year', '2019', '--as-of', '2025-12-28']],
    ['receive', ['receive', 'khong-co.xlsx', '--year', '2019']],
    ['template', ['template', '--year', '2023', '--out', 'khong-ghi']],
  ])('%s refuses a year before the plan (exit 2), naming the plan years, and writes nothing', async (_name, args) => {
    const run = await runBuiltCli(['--workspace', DEMO, ...args], { cwd: DEMO });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Lỗi: Kế hoạch ke-hoach-ct31-bac-giang áp dụng cho các năm báo cáo từ năm 2024 trở đi; năm 20(19|23) không thuộc kế hoạch\.\n$/);
    expect(await readdir(DEMO)).not.toContain('khong-ghi');
  });

  it('says it in English with --lang en', async () => {
    const run = await runBuiltCli(['--workspace', DEMO, '--lang', 'en', 'consolidate', '--year', '2019', '--as-of', '2025-12-28'], { cwd: DEMO });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Error: Plan ke-hoach-ct31-bac-giang covers the report years 2024 onwards; 2019 is not one of them.\n');
  });

  it('warns for a year more than one after --as-of, and still does the work', async () => {
    const out = await mkdtemp(join(tmpdir(), 'atvsld-years-'));
    try {
      const run = await runBuiltCli(['--workspace', DEMO, 'template', '--year', '2028', '--as-of', '2026-01-10', '--agency', 'so-y-te', '--out', out], { cwd: DEMO });
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('PLAN_YEAR_AHEAD');
      expect(run.stderr).toContain('Năm báo cáo 2028 còn hơn một năm nữa mới đến (hôm nay 2026-01-10 thuộc năm 2026).');
      expect(await readdir(out)).toEqual(['bao-cao-atvsld-2028-so-y-te.xlsx']);
      const next = await runBuiltCli(['--workspace', DEMO, 'template', '--year', '2027', '--as-of', '2026-01-10', '--agency', 'so-y-te', '--out', out], { cwd: DEMO });
      expect(next.code).toBe(0);
      expect(next.stderr).not.toContain('PLAN_YEAR_AHEAD');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
