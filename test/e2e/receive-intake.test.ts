/**
 * `atvsld receive` looks before it reads (built CLI): a FIFO named x.xlsx used
 * to hang it while it held the workspace lock, a symlink to /dev/zero grew its
 * memory without limit, a missing file or a folder was an internal error after
 * earlier files were stored. And it files a form only into the year being received.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO_ROOT, runBuiltCli } from './run-cli.js';

const DEMO = join(REPO_ROOT, 'fixtures', 'demo');
const FORMS = join(DEMO, 'submissions', '2025');
const FORM_A = 'bao-cao-atvsld-2025-bql-kcn.xlsx';
const FORM_B = 'bao-cao-atvsld-2025-dai-ptth-tinh.xlsx';
const FORM_C = 'bao-cao-atvsld-2025-hoi-ccb-tinh.xlsx';

let root: string;
let ws: string;
let inbox: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'atvsld-intake-'));
  ws = join(root, 'ws');
  inbox = join(root, 'inbox');
  await cp(DEMO, ws, { recursive: true, filter: (src) => !['out', 'submissions'].includes(relative(DEMO, src)) });
  await mkdir(join(inbox, 'folder'), { recursive: true });
  await cp(join(FORMS, FORM_A), join(inbox, FORM_A));
  await cp(join(FORMS, FORM_B), join(inbox, 'folder', FORM_B));
  await cp(join(FORMS, FORM_C), join(inbox, FORM_C));
  execFileSync('mkfifo', [join(inbox, 'fifo.xlsx')]);
  await symlink('/dev/zero', join(inbox, 'zero.xlsx'));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

const receive = (...args: string[]) => runBuiltCli(['receive', '--workspace', ws, ...args], { timeoutMs: 30_000 });

describe('atvsld receive (built CLI)', () => {
  it('a FIFO, a symlink to /dev/zero, a missing file and a folder in one call: exit 1, every stored file listed, nothing hangs', async () => {
    const started = Date.now();
    const run = await receive(
      join(inbox, 'fifo.xlsx'), join(inbox, 'zero.xlsx'), join(inbox, 'missing.xlsx'), join(inbox, FORM_A), join(inbox, 'folder'),
      '--at', '2025-12-19T09:30+07:00',
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/nội bộ|internal|\n\s+at /);
    expect(run.stderr).toContain('WORKBOOK_UNREADABLE');
    expect(run.stderr).toContain('WORKBOOK_NOT_FOUND');
    expect(run.stdout).toContain('fifo.xlsx → không lưu');
    expect(run.stdout).toContain('zero.xlsx → không lưu');
    expect(run.stdout).toContain('missing.xlsx → không lưu');
    expect(run.stdout).toMatch(new RegExp(`${FORM_A} → .*bql-kcn-2025-1\\.xlsx`));
    expect(run.stdout).toMatch(new RegExp(`${FORM_B} → .*dai-ptth-tinh-2025-1\\.xlsx`));
    expect(run.stdout).toContain('Đã lưu 2/5 tệp');
    expect((await readdir(join(ws, 'submissions', '2025'))).sort()).toEqual(['bql-kcn-2025-1.xlsx', 'dai-ptth-tinh-2025-1.xlsx', 'receipts.jsonl']);
    expect(await readdir(join(ws, 'out'))).toEqual([]); // the lock released
  }, 40_000);

  it('a 2025 form received in 2026 (after the 2025 report was closed) is refused with a clear diagnostic; --year 2025 files it', async () => {
    const refused = await receive(join(inbox, FORM_C), '--at', '2026-02-10T10:00+07:00');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('RECEIVE_OTHER_YEAR');
    expect(refused.stderr).toContain('Biểu mẫu là báo cáo năm 2025, nhưng đang nhận báo cáo năm 2026; không lưu.');
    expect(refused.stdout).toContain(`${FORM_C} → không lưu`);
    const filed = await receive(join(inbox, FORM_C), '--at', '2026-02-10T10:00+07:00', '--year', '2025', '--format', 'json');
    const json = JSON.parse(filed.stdout) as { files: { storedAs: string | null; year: number }[]; summary: { stored: number; notStored: number } };
    expect(json.files[0]).toMatchObject({ year: 2025 });
    expect(json.files[0]?.storedAs).toMatch(/hoi-ccb-tinh-2025-1\.xlsx$/);
    expect(json.summary).toMatchObject({ stored: 1, notStored: 0 });
  }, 40_000);

  it('--at far in the future or before the plan is refused with exit 2, in Vietnamese or English', async () => {
    const future = await receive(join(inbox, FORM_A), '--at', '2062-12-15T09:00+07:00');
    expect(future.code).toBe(2);
    expect(future.stderr).toContain('Lỗi: --at 2062-12-15T09:00:00+07:00 muộn hơn hiện tại');
    const before = await receive(join(inbox, FORM_A), '--at', '2019-12-15T09:00+07:00', '--lang', 'en');
    expect(before.code).toBe(2);
    expect(before.stderr).toContain("Error: --at 2019-12-15T09:00:00+07:00 is before the plan's first reporting year (2024).");
  }, 40_000);

  it('counts the files found in a folder, not the paths given: a folder of two forms is "2/2", and the log line says files=2', async () => {
    const ws2 = join(root, 'ws2');
    const two = join(root, 'two');
    await cp(DEMO, ws2, { recursive: true, filter: (src) => !['out', 'submissions'].includes(relative(DEMO, src)) });
    await mkdir(two, { recursive: true });
    await cp(join(FORMS, FORM_A), join(two, FORM_A));
    await cp(join(FORMS, FORM_C), join(two, FORM_C));
    const run = await runBuiltCli(['receive', '--workspace', ws2, two, '--at', '2025-12-19T09:30+07:00'], { timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Đã lưu 2/2 tệp');
    expect(run.stderr).toMatch(/ receive year=2025 files=2 /);
  });
});
