/**
 * A consolidate run killed with SIGKILL (no clean-up code runs) at any moment
 * must leave, under the report's name, either nothing or a complete workbook —
 * never a partial one — and the next run must take over the dead run's lock
 * and succeed. One case kills the run the instant its temporary report file
 * appears, so the test is sure to hit the write itself, not only the reading.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { watch } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { BIN, REPO_ROOT, runBuiltCli, testCacheDir } from './run-cli.js';

const DEMO = join(REPO_ROOT, 'fixtures', 'demo');
const SHEETS = ['Tổng hợp', 'Tình hình báo cáo', 'Ma trận nhiệm vụ', 'Chi tiết nhiệm vụ', 'Chỉ tiêu', 'Danh sách tệp', 'Vấn đề phát hiện'];
const TAKEN_OVER = 'Đã tiếp quản khóa cũ';

let ws: string;
let outDir: string;
const args = (out: string): string[] => ['consolidate', '--workspace', ws, '--year', '2025', '--as-of', '2025-12-28', '--out', out];

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'atvsld-crash-'));
  outDir = join(ws, 'out');
  await cp(DEMO, ws, { recursive: true, filter: (src) => relative(DEMO, src) !== 'out' });
  await mkdir(outDir, { recursive: true });
});

afterAll(async () => {
  if (ws) await rm(ws, { recursive: true, force: true });
});

/** Start a run; kill it after `ms`, or as soon as `killWhen` sees the out folder change as it waits for. Resolves whether it was killed. */
function runAndKill(out: string, o: { ms?: number; killWhen?: (file: string) => boolean }): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args(out)], { stdio: 'ignore', env: { ...process.env, ATVSLD_CACHE_DIR: testCacheDir(), NO_COLOR: '1' } });
    let killed = false;
    const kill = (): void => {
      if (child.exitCode === null && !killed) killed = child.kill('SIGKILL');
    };
    const timer = o.ms === undefined ? undefined : setTimeout(kill, o.ms);
    const watcher = o.killWhen ? watch(outDir, (_event, file) => file && o.killWhen!(String(file)) && kill()) : undefined;
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      watcher?.close();
      resolve(killed && signal === 'SIGKILL');
    });
  });
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

const sha256 = async (path: string): Promise<string> => createHash('sha256').update(await readFile(path)).digest('hex');

async function sheetNames(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((s) => s.name);
}

/** Files a run for `out` may leave in the out folder besides the report itself. */
async function leftoversFor(out: string): Promise<string[]> {
  return (await readdir(outDir)).filter((n) => n.includes(basename(out)) && n !== basename(out));
}

/** After a killed run: no partial report, only temp names left, and the next run takes the lock over and succeeds. */
async function expectRecovery(out: string): Promise<void> {
  if (await exists(out)) expect(await sheetNames(out)).toEqual(SHEETS);
  for (const name of await leftoversFor(out)) expect(name).toMatch(/^\.atvsld-tmp-/);
  const lockLeft = await exists(join(outDir, '.atvsld.lock'));
  const next = await runBuiltCli(args(out));
  expect(next.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  if (lockLeft) expect(next.stderr).toContain(TAKEN_OVER);
  expect(next.code).toBe(1); // the sample's one planted error
  expect(await sheetNames(out)).toEqual(SHEETS);
  expect(await exists(join(outDir, '.atvsld.lock'))).toBe(false);
}

describe('atvsld consolidate killed half-way (built CLI, SIGKILL)', () => {
  it.each([50, 150, 300, 600, 900])('killed after %i ms (or finished first): no partial report; the next run succeeds', async (ms) => {
    const out = join(outDir, `after-${ms}.xlsx`);
    await runAndKill(out, { ms });
    await expectRecovery(out);
  }, 60_000);

  it('killed the instant its temporary report appears: no report, the dead lock is taken over, the next run succeeds', async () => {
    const out = join(outDir, 'mid-write.xlsx');
    // Under heavy load the rename may still win the race; then the report is complete, and we try again.
    let killedMidWrite = false;
    for (let attempt = 0; attempt < 5 && !killedMidWrite; attempt += 1) {
      await rm(out, { force: true });
      const killed = await runAndKill(out, { killWhen: (f) => f.startsWith(`.atvsld-tmp-${basename(out)}`) });
      if (killed && (await exists(out))) expect(await sheetNames(out)).toEqual(SHEETS);
      killedMidWrite = killed && !(await exists(out));
    }
    expect(killedMidWrite).toBe(true);
    expect(await exists(join(outDir, '.atvsld.lock'))).toBe(true);
    expect((await leftoversFor(out)).length).toBeGreaterThan(0);
    await expectRecovery(out);
  }, 60_000);

  it('killed while rewriting an existing report: the previous report stays byte for byte', async () => {
    const out = join(outDir, 'rewrite.xlsx');
    expect((await runBuiltCli(args(out))).code).toBe(1);
    const before = await sha256(out);
    let killed = false;
    for (let attempt = 0; attempt < 5 && !killed; attempt += 1) {
      killed = await runAndKill(out, { killWhen: (f) => f.startsWith(`.atvsld-tmp-${basename(out)}`) });
    }
    expect(killed).toBe(true);
    // Either the old report (never renamed over) or, had the rename won the race, an identical one: same inputs, same --as-of.
    expect(await sha256(out)).toBe(before);
    await expectRecovery(out);
    expect(await sha256(out)).toBe(before);
  }, 60_000);
});
