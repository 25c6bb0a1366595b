/**
 * A full or failing disk while the report is written, without root or a
 * small file system: the built CLI runs with test/e2e/faults/disk-faults.mjs
 * preloaded, which makes writes short and then fail with ENOSPC or EIO at
 * the file-system boundary. Before the checked writes, a short writev turned
 * a good 34 KB report into a 32,768-byte file that is not a zip, with exit 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { REPO_ROOT, runBuiltCli } from './run-cli.js';

const DEMO = join(REPO_ROOT, 'fixtures', 'demo');
const PRELOAD = pathToFileURL(join(REPO_ROOT, 'test', 'e2e', 'faults', 'disk-faults.mjs')).href;
const faulty = (env: Record<string, string>): Record<string, string> => ({ NODE_OPTIONS: `--import ${PRELOAD}`, ...env });

let ws: string;
let report: string;
const consolidate = (...extra: string[]): string[] => ['consolidate', '--workspace', ws, '--year', '2025', '--as-of', '2025-12-28', '--quiet', ...extra];
const sha256 = async (path: string): Promise<string> => createHash('sha256').update(await readFile(path)).digest('hex');
const tempFiles = async (dir: string): Promise<string[]> => (await readdir(dir)).filter((n) => n.startsWith('.atvsld-'));
const STACK = /\n\s+at .+:\d+:\d+/;

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'atvsld-full-disk-'));
  await cp(DEMO, ws, { recursive: true, filter: (src) => relative(DEMO, src) !== 'out' });
  report = join(ws, 'out', 'bao-cao-tong-hop-2025.xlsx');
  expect((await runBuiltCli(consolidate())).code).toBe(1); // the sample's one planted error
});

afterAll(async () => {
  if (ws) await rm(ws, { recursive: true, force: true });
});

describe('consolidate on a full or failing disk (built CLI, injected faults)', () => {
  it('short writes are continued: the report is complete and identical', async () => {
    const before = await sha256(report);
    const run = await runBuiltCli(consolidate(), { env: faulty({ ATVSLD_TEST_SHORT_WRITES: '1' }) });
    expect(run.code).toBe(1);
    expect(await sha256(report)).toBe(before);
  }, 60_000);

  it('ENOSPC half-way through the report: exit 2, a sentence naming the report, the old report byte-identical, no temporary file', async () => {
    const before = await sha256(report);
    const run = await runBuiltCli(consolidate(), { env: faulty({ ATVSLD_TEST_SHORT_WRITES: '1', ATVSLD_TEST_DISK_BYTES: '20000' }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Lỗi: Đĩa đã đầy: không ghi được ${report}. Tệp cũ (nếu có) được giữ nguyên; tệp tạm đã được xóa.`);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stdout).not.toContain('Đã ghi');
    expect(await sha256(report)).toBe(before);
    expect(await tempFiles(join(ws, 'out'))).toEqual([]);
  }, 60_000);

  it('EIO with --out elsewhere and --lang en: exit 2 in English, nothing left at --out', async () => {
    const out = join(ws, 'elsewhere', 'report.xlsx');
    const run = await runBuiltCli(consolidate('--out', out, '--lang', 'en'), { env: faulty({ ATVSLD_TEST_DISK_BYTES: '5000', ATVSLD_TEST_DISK_ERROR: 'EIO' }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Error: Input/output error (EIO) at ${out}. The previous file, if any, is unchanged; the temporary file was removed.`);
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await tempFiles(join(ws, 'elsewhere'))).toEqual([]);
  }, 60_000);

  it('a full disk under the temporary spill file: exit 2 with a sentence, the old report untouched', async () => {
    const before = await sha256(report);
    const run = await runBuiltCli(consolidate(), { env: faulty({ ATVSLD_TEST_SYNC_DISK_BYTES: '1000' }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Lỗi: Đĩa đã đầy: không ghi được tệp tạm của atvsld');
    expect(run.stderr).not.toMatch(STACK);
    expect(await sha256(report)).toBe(before);
    expect(await tempFiles(join(ws, 'out'))).toEqual([]);
  }, 60_000);

  it("a killed run's old temporary file is removed by the next run; a fresh one (a live run's) is left alone", async () => {
    const old = join(ws, 'out', '.atvsld-tmp-bao-cao-tong-hop-2025.xlsx-99999-deadbeef');
    const fresh = join(ws, 'out', '.atvsld-tmp-bao-cao-tong-hop-2025.xlsx-99998-cafebabe');
    await writeFile(old, '');
    await writeFile(fresh, '');
    const dayAgo = new Date(Date.now() - 24 * 3600_000);
    await utimes(old, dayAgo, dayAgo);
    expect((await runBuiltCli(consolidate())).code).toBe(1);
    expect(await tempFiles(join(ws, 'out'))).toEqual(['.atvsld-tmp-bao-cao-tong-hop-2025.xlsx-99998-cafebabe']);
    await rm(fresh);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(report);
    expect(workbook.worksheets[0]?.name).toBe('Tổng hợp');
  }, 60_000);
});
