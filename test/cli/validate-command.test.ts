import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';

const DEMO = ['--workspace', 'fixtures/demo'];

describe('atvsld validate', () => {
  it('exits 0 on clean forms and ends with the counts', async () => {
    const r = await runInProcess(['validate', ...DEMO, 'fixtures/demo/submissions/2024', '--year', '2024']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('38 tệp, 0 lỗi, 0 cảnh báo');
  });

  it('exits 1 on errors, pointing at the cell', async () => {
    const r = await runInProcess(['validate', ...DEMO, 'fixtures/demo/submissions/2025', '--year', '2025']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  Nhiệm vụ!D12  STATUS_MISSING  lỗi: ');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('23 tệp, 1 lỗi, 0 cảnh báo');
  });

  it('writes JSON v1 with --format json and English with --lang en', async () => {
    const r = await runInProcess(['validate', ...DEMO, '--lang', 'en', '--format', 'json', 'fixtures/demo/submissions/2025/BC ATVSLD 2025 - So Cong Thuong.xlsx']);
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe(1);
    expect(doc.files[0]).toMatchObject({ agency: 'so-cong-thuong', year: 2025 });
    expect(doc.files[0].diagnostics[0]).toMatchObject({ code: 'STATUS_MISSING', sheet: 'Nhiệm vụ', cell: 'D12', task: '3.8' });
    expect(doc.files[0].diagnostics[0].message).toMatch(/^No status chosen/);
  });

  it('checks every hostile file without a stack trace', async () => {
    const r = await runInProcess(['validate', ...DEMO, 'fixtures/hostile', '--format', 'json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.length).toBeGreaterThanOrEqual(20);
    const broken = doc.files.filter((f: { path: string }) => !f.path.includes('/forms/'));
    expect(broken.every((f: { diagnostics: unknown[] }) => f.diagnostics.length > 0)).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(doc.summary.byCode.INTERNAL_ERROR).toBeUndefined();
  });

  it('fails warnings too with --strict, and refuses an unknown format', async () => {
    const warn = await runInProcess(['validate', ...DEMO, '--strict', 'fixtures/hostile/x.xlsx']);
    expect(warn.code).toBe(1);
    const bad = await runInProcess(['validate', ...DEMO, '--format', 'xml', 'fixtures/hostile']);
    expect(bad.code).toBe(2);
  });
});
