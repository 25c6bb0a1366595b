/**
 * A workbook whose name is not valid UTF-8 (byte 0xFF; an archive unpacked
 * with another code page) found in a folder is opened by the bytes of its
 * path and checked like any other (built CLI), with a warning about its name,
 * shown with the bad byte as `\xFF`: by `validate` (in process, and on the
 * worker pool past 100 files, where the path's bytes cross between threads)
 * and by `receive`, which stores it under its agency's name and keeps the
 * shown name in the receipt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO_ROOT, runBuiltCli } from './run-cli.js';

const DEMO = join(REPO_ROOT, 'fixtures', 'demo');
const PLAN = join(DEMO, 'plan', 'ke-hoach.yaml');
const FORMS = join(DEMO, 'submissions', '2025');
const CLEAN = join(FORMS, 'bao-cao-atvsld-2025-bql-kcn.xlsx');
const OTHER = join(FORMS, 'bao-cao-atvsld-2025-dai-ptth-tinh.xlsx');

let root: string;

/** Copies `from` to `dir`/`prefix` + 0xFF + `.xlsx`, a name no JavaScript string opens. */
function copyToBadName(from: string, dir: string, prefix: string): void {
  copyFileSync(from, Buffer.concat([Buffer.from(join(dir, prefix)), Buffer.from([0xff]), Buffer.from('.xlsx')]));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'atvsld-non-utf8-'));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

interface ValidateJson {
  files: { path: string; agency: string | null; diagnostics: { code: string; severity: string }[] }[];
}

describe('a file name that is not valid UTF-8, found in a folder (built CLI)', () => {
  it('validate: the file is checked (its agency read), with a WORKBOOK_NAME_NOT_UTF8 warning naming it as bao-cao-\\xFF.xlsx', async () => {
    const inbox = join(root, 'validate');
    await mkdir(inbox);
    copyToBadName(CLEAN, inbox, 'bao-cao-');
    await cp(OTHER, join(inbox, 'a.xlsx'));
    const text = await runBuiltCli(['validate', inbox, '--plan', PLAN, '--year', '2025']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${join(inbox, 'bao-cao-\\xFF.xlsx')}  (bql-kcn, 2025)`);
    expect(text.stdout).toContain('WORKBOOK_NAME_NOT_UTF8  cảnh báo');
    expect(text.stdout).toContain('2 tệp, 0 lỗi, 1 cảnh báo');
    const json = JSON.parse((await runBuiltCli(['validate', inbox, '--plan', PLAN, '--year', '2025', '--format', 'json'])).stdout) as ValidateJson;
    expect(json.files.map((f) => [relative(inbox, f.path), f.agency, f.diagnostics.map((d) => `${d.code} ${d.severity}`)])).toEqual([
      ['a.xlsx', 'dai-ptth-tinh', []],
      ['bao-cao-\\xFF.xlsx', 'bql-kcn', ['WORKBOOK_NAME_NOT_UTF8 warning']],
    ]);
  }, 60_000);

  it('validate of 111 files (the worker pool): the bytes of the path reach the worker, the file is checked there', async () => {
    const inbox = join(root, 'many');
    await mkdir(inbox);
    for (let i = 1; i <= 110; i += 1) copyFileSync(OTHER, join(inbox, `f${String(i).padStart(3, '0')}.xlsx`));
    copyToBadName(CLEAN, inbox, 'x-');
    const run = await runBuiltCli(['validate', inbox, '--plan', PLAN, '--year', '2025', '--format', 'json'], { timeoutMs: 120_000 });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as ValidateJson;
    expect(json.files).toHaveLength(111);
    expect(json.files.at(-1)).toMatchObject({ path: join(inbox, 'x-\\xFF.xlsx'), agency: 'bql-kcn', diagnostics: [{ code: 'WORKBOOK_NAME_NOT_UTF8' }] });
  }, 150_000);

  it('receive: the file is stored as bql-kcn-2025-1.xlsx, the receipt keeps the name as shown (bao-cao-\\xFF.xlsx)', async () => {
    const ws = join(root, 'ws');
    const inbox = join(root, 'inbox');
    await cp(DEMO, ws, { recursive: true, filter: (src) => !['out', 'submissions'].includes(relative(DEMO, src)) });
    await mkdir(inbox);
    copyToBadName(CLEAN, inbox, 'bao-cao-');
    const run = await runBuiltCli(['receive', '--workspace', ws, inbox, '--at', '2025-12-19T09:30+07:00'], { timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/bao-cao-\\xFF\.xlsx → .*bql-kcn-2025-1\.xlsx: 0 lỗi, 1 cảnh báo/);
    expect(run.stderr).toContain('WORKBOOK_NAME_NOT_UTF8');
    const yearDir = join(ws, 'submissions', '2025');
    expect((await readdir(yearDir)).sort()).toEqual(['bql-kcn-2025-1.xlsx', 'receipts.jsonl']);
    expect(await readFile(join(yearDir, 'bql-kcn-2025-1.xlsx'))).toEqual(await readFile(CLEAN));
    const receipt = JSON.parse((await readFile(join(yearDir, 'receipts.jsonl'), 'utf8')).trim()) as { originalName: string; warnings: number };
    expect(receipt).toMatchObject({ originalName: 'bao-cao-\\xFF.xlsx', warnings: 1 });
  }, 60_000);
});
