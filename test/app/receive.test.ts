import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arrivalTimeProblem, runReceive } from '../../src/app/receive.js';
import { readReceipts } from '../../src/io/receipts/receipts-file.js';
import { makePlan } from '../core/consolidation/fixtures.js';
import { fakeForm, fakeValidate } from './fake-validate.js';

const plan = makePlan();

async function setup() {
  const root = await mkdtemp(join(tmpdir(), 'atvsld-receive-'));
  const inbox = join(root, 'inbox');
  await mkdir(inbox);
  const workspace = { submissionsDir: join(root, 'submissions'), outDir: join(root, 'out') };
  const put = async (name: string, content: string): Promise<string> => {
    const path = join(inbox, name);
    await writeFile(path, content);
    return path;
  };
  const receive = (files: string[], at = '2025-12-19T09:30:00+07:00', year?: number) =>
    runReceive({ workspace, plan, planHash: 'h', files, at, validate: fakeValidate, ...(year ? { year } : {}) });
  return { root, workspace, put, receive, yearDir: join(workspace.submissionsDir, '2025') };
}

const sha = async (path: string): Promise<string> => createHash('sha256').update(await readFile(path)).digest('hex');

describe('runReceive', () => {
  it('stores files under canonical names with increasing sequence and appends receipts', async () => {
    const { put, receive, yearDir } = await setup();
    const first = await put('Báo cáo Sở A.xlsx', fakeForm({ agency: 'a', year: 2025, reportDate: '2025-12-18' }));
    const second = await put('sua lai.XLSX', fakeForm({ agency: 'a', year: 2025, reportDate: '2025-12-19' }));
    const other = await put('c.xlsx', fakeForm({ agency: 'c', year: 2025 }));
    await receive([first]);
    const result = await receive([second, other], '2025-12-21T08:00:00+07:00');
    expect(result.received.map((r) => r.storedPath?.slice(yearDir.length + 1))).toEqual(['a-2025-2.xlsx', 'c-2025-1.xlsx']);
    expect((await readdir(yearDir)).sort()).toEqual(['a-2025-1.xlsx', 'a-2025-2.xlsx', 'c-2025-1.xlsx', 'receipts.jsonl']);
    const { receipts, diagnostics } = await readReceipts(yearDir);
    expect(diagnostics).toEqual([]);
    expect(receipts.map((r) => [r.originalName, r.storedName, r.receivedAt])).toEqual([
      ['Báo cáo Sở A.xlsx', 'a-2025-1.xlsx', '2025-12-19T09:30:00+07:00'],
      ['sua lai.XLSX', 'a-2025-2.xlsx', '2025-12-21T08:00:00+07:00'],
      ['c.xlsx', 'c-2025-1.xlsx', '2025-12-21T08:00:00+07:00'],
    ]);
    expect(receipts[0]!.sha256).toBe(await sha(join(yearDir, 'a-2025-1.xlsx')));
  });

  it('a 2025 form arriving in January 2026 is refused for 2026, and filed under 2025 when --year 2025 says so', async () => {
    const root = await mkdtemp(join(tmpdir(), 'atvsld-receive-year-'));
    const path = join(root, 'late.xlsx');
    await writeFile(path, fakeForm({ agency: 'a', year: 2025 }));
    const workspace = { submissionsDir: join(root, 'submissions'), outDir: join(root, 'out') };
    const at = '2026-01-05T08:00:00+07:00';
    const refused = await runReceive({ workspace, plan, planHash: 'h', files: [path], at, validate: fakeValidate });
    expect(refused.received[0]).toMatchObject({ year: 2026, errors: 1, alreadyReceived: false });
    expect(refused.received[0]?.storedPath).toBeUndefined();
    expect(refused.diagnostics).toEqual([{ code: 'RECEIVE_OTHER_YEAR', severity: 'error', args: { fileYear: 2025, year: 2026 }, location: { file: path } }]);
    await expect(readdir(workspace.submissionsDir)).rejects.toThrow();
    const filed = await runReceive({ workspace, plan, planHash: 'h', files: [path], at, year: 2025, validate: fakeValidate });
    expect(filed.received[0]?.storedPath).toBe(join(root, 'submissions', '2025', 'a-2025-1.xlsx'));
    expect(filed.diagnostics).toEqual([]);
  });

  it('never touches the input file', async () => {
    const { put, receive } = await setup();
    const path = await put('a.xlsx', fakeForm({ agency: 'a', year: 2025 }));
    const before = { hash: await sha(path), mtime: (await stat(path)).mtimeMs };
    await receive([path]);
    expect({ hash: await sha(path), mtime: (await stat(path)).mtimeMs }).toEqual(before);
  });

  it('never overwrites a file already in the folder, even one it did not write', async () => {
    const { put, receive, yearDir } = await setup();
    await mkdir(yearDir, { recursive: true });
    await writeFile(join(yearDir, 'a-2025-1.xlsx'), 'placed by hand');
    const path = await put('a.xlsx', fakeForm({ agency: 'a', year: 2025 }));
    const result = await receive([path]);
    expect(result.received[0]!.storedPath).toBe(join(yearDir, 'a-2025-2.xlsx'));
    expect(await readFile(join(yearDir, 'a-2025-1.xlsx'), 'utf8')).toBe('placed by hand');
  });

  it('does not store the same bytes twice', async () => {
    const { put, receive, yearDir } = await setup();
    const path = await put('a.xlsx', fakeForm({ agency: 'a', year: 2025 }));
    await receive([path]);
    const again = await receive([path]);
    expect(again.received[0]).toMatchObject({ alreadyReceived: true });
    expect(again.diagnostics.map((d) => d.code)).toEqual(['RECEIVE_ALREADY_RECEIVED']);
    expect((await readReceipts(yearDir)).receipts).toHaveLength(1);
  });

  it('refuses a file that is not a form, storing nothing', async () => {
    const { put, receive, workspace } = await setup();
    const path = await put('thu.xlsx', 'not a workbook');
    const result = await receive([path]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['WORKBOOK_NOT_ZIP', 'RECEIVE_NOT_A_FORM']);
    await expect(readdir(workspace.submissionsDir)).rejects.toThrow();
  });

  it('never files a form into another year silently: a 2025 form received in December 2026, or under --year 2026', async () => {
    const { put, receive, workspace } = await setup();
    const path = await put('a.xlsx', fakeForm({ agency: 'a', year: 2025 }));
    for (const result of [await receive([path], '2026-12-15T09:00:00+07:00'), await receive([path], '2025-12-15T09:00:00+07:00', 2026)]) {
      expect(result.diagnostics.map((d) => [d.code, d.args])).toEqual([['RECEIVE_OTHER_YEAR', { fileYear: 2025, year: 2026 }]]);
      expect(result.received[0]?.storedPath).toBeUndefined();
    }
    await expect(readdir(workspace.submissionsDir)).rejects.toThrow();
  });

  it('records error and warning counts in the receipt', async () => {
    const { put, receive, yearDir } = await setup();
    const path = await put('a.xlsx', fakeForm({ agency: 'a', year: 2025, diagnostics: [{ code: 'STATUS_INVALID', severity: 'error', args: { value: 'x', allowed: 'y' } }, { code: 'FORM_META_MISSING', severity: 'warning', args: {} }] }));
    await receive([path]);
    expect((await readReceipts(yearDir)).receipts[0]).toMatchObject({ errors: 1, warnings: 1 });
  });
});

describe('runReceive opens files as validate does', () => {
  it('a FIFO, a symlink to /dev/zero, a missing file, a folder and an empty folder are per-file diagnostics; the good files are still stored', async () => {
    const { root, put, receive, yearDir } = await setup();
    const good = await put('a.xlsx', fakeForm({ agency: 'a', year: 2025 }));
    const fifo = join(root, 'inbox', 'fifo.xlsx');
    execFileSync('mkfifo', [fifo]);
    const zero = join(root, 'inbox', 'zero.xlsx');
    await symlink('/dev/zero', zero);
    const folder = join(root, 'mail');
    await mkdir(join(folder, 'sub'), { recursive: true });
    await writeFile(join(folder, 'sub', 'c.xlsx'), fakeForm({ agency: 'c', year: 2025 }));
    const empty = join(root, 'empty');
    await mkdir(empty);
    const result = await receive([fifo, zero, join(root, 'missing.xlsx'), good, folder, empty]);
    expect(result.diagnostics.map((d) => [d.code, d.args.reason ?? null])).toEqual([
      ['WORKBOOK_UNREADABLE', 'not-a-regular-file'],
      ['WORKBOOK_UNREADABLE', 'not-a-regular-file'],
      ['WORKBOOK_NOT_FOUND', null],
      ['VALIDATE_NO_FILES', null],
    ]);
    expect(result.received.map((r) => [r.originalName, r.storedPath?.slice(yearDir.length + 1) ?? null])).toEqual([
      ['fifo.xlsx', null],
      ['zero.xlsx', null],
      ['missing.xlsx', null],
      ['a.xlsx', 'a-2025-1.xlsx'],
      ['c.xlsx', 'c-2025-1.xlsx'],
    ]);
  });

  it('a file over the size limit is refused before it is read', async () => {
    const { root, receive } = await setup();
    const big = join(root, 'inbox', 'big.xlsx');
    await writeFile(big, '');
    await truncate(big, 3 * 1024 ** 3); // sparse: 3 GB that take no disk
    const result = await receive([big]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['WORKBOOK_TOO_LARGE']);
    expect(result.received[0]?.storedPath).toBeUndefined();
  });
});

describe('arrivalTimeProblem', () => {
  const now = new Date('2025-12-19T02:30:00Z');
  it.each([
    ['2025-12-19T09:30:00+07:00', undefined],
    ['2025-12-20T09:00:00+07:00', undefined],
    ['2025-12-20T10:00:00+07:00', 'RECEIVE_AT_IN_FUTURE'],
    ['2062-12-15T09:00:00+07:00', 'RECEIVE_AT_IN_FUTURE'],
    ['2023-12-31T23:00:00+07:00', 'RECEIVE_AT_BEFORE_PLAN'],
    ['2024-01-01T00:00:00+07:00', undefined],
  ])('%s → %s', (at, code) => {
    expect(arrivalTimeProblem(at, now, 2024)?.code).toBe(code);
  });
});

describe('runReceive with a file name that is not valid UTF-8', () => {
  it('opens the file by its bytes and receives it; the receipt names it with the bad byte shown as \\xE1', async () => {
    const { root, receive, yearDir } = await setup();
    const folder = join(root, 'mail');
    await mkdir(folder);
    // "báo" in Windows-1258, as an archive unpacked with that code page names it.
    await writeFile(Buffer.concat([Buffer.from(`${folder}/b`), Buffer.from([0xe1]), Buffer.from('o-cao.xlsx')]), fakeForm({ agency: 'c', year: 2025 }));
    await writeFile(join(folder, 'a.xlsx'), fakeForm({ agency: 'a', year: 2025 }));
    const result = await receive([folder]);
    expect(result.received.map((r) => [r.originalName, r.storedPath?.slice(yearDir.length + 1)])).toEqual([
      ['a.xlsx', 'a-2025-1.xlsx'],
      ['b\\xE1o-cao.xlsx', 'c-2025-1.xlsx'],
    ]);
    expect((await readReceipts(yearDir)).receipts.map((r) => r.originalName)).toEqual(['a.xlsx', 'b\\xE1o-cao.xlsx']);
  });
});
