/**
 * A run killed half-way (SIGKILL: no clean-up code runs) must leave either no
 * report or a complete one under the report's name, and the next run must
 * succeed, taking over the dead run's lock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { BIN, REPO_ROOT, runBuiltCli } from './run-cli.js';

const DEMO = join(REPO_ROOT, 'fixtures', 'demo');
const ARGS = (ws: string, out: string): string[] => ['consolidate', '--workspace', ws, '--year', '2025', '--as-of', '2025-12-28', '--out', out];

let ws: string;

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'atvsld-killed-'));
  await cp(DEMO, ws, { recursive: true, filter: (src) => !src.startsWith(join(DEMO, 'out')) });
  await mkdir(join(ws, 'out'), { recursive: true });
});

afterAll(async () => {
  if (ws) await rm(ws, { recursive: true, force: true });
});

function killAfter(ms: number, out: string): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...ARGS(ws, out)], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function sheetNames(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((s) => s.name);
}

describe('atvsld consolidate killed half-way (built CLI)', () => {
  it.each([60, 200, 400, 700, 1000])('killed after %i ms: no partial report, and the next run succeeds', async (ms) => {
    const out = join(ws, 'out', `killed-${ms}.xlsx`);
    await killAfter(ms, out);
    if (await exists(out)) expect(await sheetNames(out)).toHaveLength(7);
    // Whatever the killed run left behind is a temporary name, never the report's.
    const leftovers = (await readdir(join(ws, 'out'))).filter((n) => n.includes(`killed-${ms}`) && n !== `killed-${ms}.xlsx`);
    for (const name of leftovers) expect(name.startsWith('.atvsld-tmp-')).toBe(true);

    const lockLeft = await exists(join(ws, 'out', '.atvsld.lock'));
    const next = await runBuiltCli(ARGS(ws, out));
    if (lockLeft) expect(next.stderr).toContain('đã tiếp quản khóa cũ');
    expect(next.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(next.code).toBe(1); // the sample's one planted error
    expect(await sheetNames(out)).toHaveLength(7);
  }, 60_000);
});
