/**
 * Consistency fixes found in use (issue 13, point 5), one test each, run
 * in-process on the sample workspace (fixtures/demo, read only) or a copy.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';
import { renderConsolidationText } from '../../src/render/consolidation-text.js';
import { matrixMark } from '../../src/core/consolidation/task-matrix.js';

const DEMO = ['--workspace', 'fixtures/demo'];

describe('point 5: one voice', () => {
  it('counts task assignments of agencies that sent nothing as "lượt", not as agencies', async () => {
    const run = await runInProcess(['consolidate', ...DEMO, '--year', '2025', '--as-of', '2025-12-28', '--format', 'json', '--out', join(tmpdir(), `atvsld-luot-${process.pid}.xlsx`)]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const text = renderConsolidationText({ ...report, header: { jurisdictionName: 'tỉnh X' }, diagnostics: [] });
    expect(text).toMatch(/\d+ lượt của cơ quan chưa gửi báo cáo\./);
    expect(text).not.toMatch(/\d+ cơ quan chưa gửi\./);
    expect(renderConsolidationText({ ...report, header: { jurisdictionName: 'X' }, diagnostics: [] }, { lang: 'en' })).toMatch(/\d+ from agencies that sent no report\./);
  });

  it('uses one role legend: C = chủ trì, P = phối hợp in plan show, its help and the workbook; L/S in English', async () => {
    const shown = await runInProcess(['plan', 'show', ...DEMO, '--year', '2025']);
    expect(shown.stdout).toContain('C = chủ trì, P = phối hợp');
    expect(shown.stdout).toMatch(/^UBND tỉnh +C /m);
    expect(shown.stdout).not.toMatch(/ L {4}/);
    expect((await runInProcess(['plan', 'show', '--help'])).stdout).toContain('C = chủ trì, P = phối hợp');
    expect(matrixMark({ agency: 'a', role: 'lead', status: 'done', texts: {} as never, counts: {} as never } as never)).toMatch(/^C/);
    const en = await runInProcess(['--lang', 'en', 'plan', 'show', ...DEMO, '--year', '2025']);
    expect(en.stdout).toContain('L = lead, S = support');
  });

  it.each([
    [['plan', 'show', '--year', '2025', '--agency', 'so-yte']],
    [['template', '--year', '2025', '--agency', 'so-yte', '--out', join(tmpdir(), 'atvsld-never-written')]],
  ])('an unknown agency id is exit 2 with the nearest id: %j', async (args) => {
    const run = await runInProcess([...DEMO, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Không có cơ quan mã "so-yte" trong kế hoạch; có phải ý bạn là "so-y-te"?');
  });

  it('says in a sentence that a --workspace folder does not exist, or is not a workspace (no ENOENT)', async () => {
    const missing = await runInProcess(['status', '--workspace', 'khong-co-thu-muc', '--year', '2025']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Không có thư mục .*khong-co-thu-muc \(--workspace\)/);
    expect(missing.stderr).not.toContain('ENOENT');
    const notWorkspace = await runInProcess(['status', '--workspace', 'docs', '--year', '2025']);
    expect(notWorkspace.code).toBe(2);
    expect(notWorkspace.stderr).toContain('không phải thư mục làm việc: không có tệp atvsld.yaml');
  });

  it('says "help consolidat" names no command, and suggests the nearest', async () => {
    const run = await runInProcess(['help', 'consolidat']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Không có lệnh "consolidat"; có phải ý bạn là "consolidate"?');
    const ok = await runInProcess(['help', 'status']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('--format <format>');
  });

  it("words commander's own usage errors in the user's language", async () => {
    const vi = await runInProcess(['status', '--yaer', '2025']);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('Lỗi: không có tùy chọn "--yaer".');
    expect(vi.stderr).toContain('(Có phải ý bạn là --year?)');
    const en = await runInProcess(['--lang', 'en', 'status', '--yaer', '2025']);
    expect(en.stderr).toContain('Error: unknown option "--yaer".');
  });

  it("receive: the files' lines add up to the total, a refused file included", async () => {
    const ws = await mkdtemp(join(tmpdir(), 'atvsld-receive-counts-'));
    try {
      await cp(join('fixtures', 'demo', 'atvsld.yaml'), join(ws, 'atvsld.yaml'));
      await cp(join('fixtures', 'demo', 'plan'), join(ws, 'plan'), { recursive: true });
      const form = join('fixtures', 'demo', 'submissions', '2025', 'BC ATVSLD 2025 - So Cong Thuong.xlsx');
      const run = await runInProcess(['receive', '--workspace', ws, form, 'README.md', '--at', '2025-12-19T09:30+07:00']);
      const lines = run.stdout.trimEnd().split('\n');
      let errors = 0;
      let warnings = 0;
      for (const line of lines.slice(0, -1)) {
        const [, e, w] = /: (\d+) lỗi, (\d+) cảnh báo$/.exec(line)!;
        errors += Number(e);
        warnings += Number(w);
      }
      expect(lines.at(-1)).toBe(`Đã lưu 1/2 tệp; ${errors} lỗi, ${warnings} cảnh báo`);
      expect(lines[1]).toMatch(/^README\.md → không lưu: 2 lỗi, 0 cảnh báo$/);
    } finally {
      await rm(ws, { recursive: true, force: true });
    }
  });

  it('writes no escape code to a dumb terminal', async () => {
    const { runCli } = await import('../../src/cli/main.js');
    let stderr = '';
    await runCli([...DEMO, 'validate', 'fixtures/demo/submissions/2025'], {
      stdout: { write: () => true, isTTY: true },
      stderr: { write: (t: string) => (stderr += t), isTTY: true },
      env: { TERM: 'dumb' },
      cwd: process.cwd(),
      now: () => new Date(Date.UTC(2025, 11, 28)),
    });
    expect(stderr).not.toContain('\x1b');
  });
});
