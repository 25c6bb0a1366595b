import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { runInProcess } from './run-in-process.js';

const DEMO = ['--workspace', 'fixtures/demo'];
/** Forms of the sample year, counted so that a regenerated sample keeps these tests true. */
const FORMS_2025 = readdirSync('fixtures/demo/submissions/2025').filter((n) => n.endsWith('.xlsx')).length;

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
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`${FORMS_2025} tệp, 1 lỗi, 0 cảnh báo`);
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

describe('atvsld validate: inputs and output channels', () => {
  const ONE = 'fixtures/demo/submissions/2025/BC ATVSLD 2025 - So Cong Thuong.xlsx';

  it('reports a missing path about it, still checks the rest, and exits 2 (a mistake in the command)', async () => {
    const r = await runInProcess(['validate', ...DEMO, '--format', 'json', 'khong-co-tep.xlsx', ONE]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { path: string }) => f.path)).toEqual(['khong-co-tep.xlsx', ONE]);
    expect(doc.files[0].diagnostics.map((d: { code: string }) => d.code)).toEqual(['WORKBOOK_NOT_FOUND']);
    expect(doc.files[1].agency).toBe('so-cong-thuong');
  });

  it('is a usage error without a PATH, with a bad --year, or without a plan', async () => {
    expect((await runInProcess(['validate', ...DEMO])).code).toBe(2);
    expect((await runInProcess(['validate', ...DEMO, '--year', '25', ONE])).code).toBe(2);
    const noPlan = await runInProcess(['validate', '--plan', 'khong-co/ke-hoach.yaml', ONE]);
    expect(noPlan.code).toBe(2);
    expect(noPlan.stdout).toBe('');
  });

  it('writes GitHub annotations and JUnit XML to stdout, nothing else', async () => {
    const gh = await runInProcess(['validate', ...DEMO, '--format', 'github', ONE]);
    expect(gh.code).toBe(1);
    expect(gh.stdout).toMatch(/^::error file=fixtures\/demo\/submissions\/2025\/BC ATVSLD 2025 - So Cong Thuong\.xlsx,title=STATUS_MISSING::Nhiệm vụ!D12 /);
    expect(gh.stdout.trimEnd().split('\n').every((l) => l.startsWith('::'))).toBe(true);
    const junit = await runInProcess(['validate', ...DEMO, '--format', 'junit', ONE]);
    expect(junit.stdout).toMatch(/^<\?xml[^]*<testsuites name="atvsld validate" tests="1" failures="1"[^]*<\/testsuites>\n$/);
  });

  it('shows progress on a terminal stderr only, and not with --quiet', async () => {
    const run = async (args: string[]): Promise<{ stdout: string; stderr: string }> => {
      let stdout = '';
      let stderr = '';
      await runCli(args, {
        stdout: { write: (t: string) => (stdout += t), isTTY: false },
        stderr: { write: (t: string) => (stderr += t), isTTY: true },
        env: { NO_COLOR: '1' },
        cwd: process.cwd(),
        now: () => new Date(Date.UTC(2026, 10, 29)),
      });
      return { stdout, stderr };
    };
    const shown = await run(['validate', ...DEMO, 'fixtures/demo/submissions/2025']);
    expect(shown.stderr).toContain(`Đang kiểm tra ${FORMS_2025}/${FORMS_2025}…`);
    expect(shown.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(shown.stdout).not.toContain('Đang kiểm tra');
    expect((await run(['validate', ...DEMO, '--quiet', 'fixtures/demo/submissions/2025'])).stderr).not.toContain('Đang kiểm tra');
    expect((await runInProcess(['validate', ...DEMO, 'fixtures/demo/submissions/2025'])).stderr).toBe('');
  });

  it('--help gives examples (CI, a folder, --strict) and the exit codes', async () => {
    const r = await runInProcess(['validate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--format github --strict');
    expect(r.stdout).toContain('submissions/2025 --year 2025');
    expect(r.stdout).toContain('Mã thoát');
  });
});
