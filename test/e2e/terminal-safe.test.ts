/**
 * Text from files reaches the terminal only as text (built CLI): escape
 * sequences in a file name used to clear the screen or recolour output, a
 * line feed in a status forged a "✓ không có vấn đề" line, and a
 * right-to-left override passed through. JSON keeps the data, escaped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildForm } from './faults/form-builder.js';
import { REPO_ROOT, runBuiltCli } from './run-cli.js';

const PLAN = join(REPO_ROOT, 'fixtures', 'demo', 'plan', 'ke-hoach.yaml');
const FORGED_STATUS = 'Xong\n  ✓ không có vấn đề\n\u001b[32mOK';
/** As a spreadsheet writes it: XML cannot carry ESC, OOXML spells it `_x001B_`. */
const FORGED_CELL = 'Xong\n  ✓ không có vấn đề\n_x001B_[32mOK';
const NAME = 'bao-cao-\u001b[2J\u001b[31m-\u202egpj.xlsx';
let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atvsld-terminal-'));
  file = join(dir, NAME);
  await writeFile(file, buildForm({ agency: 'so-y-te', year: 2025, tasks: [['1.1', 'Ban hành văn bản', 'Chủ trì', FORGED_CELL]] }));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('terminal-safe text output (built CLI)', () => {
  it('validate: no escape sequence or override printed, the forged line stays inside its message', async () => {
    const run = await runBuiltCli(['validate', file, '--plan', PLAN, '--year', '2025']);
    expect(run.code).toBe(1);
    const out = `${run.stdout}${run.stderr}`;
    expect(out).not.toMatch(CONTROLS);
    expect(out).toContain('bao-cao-[2J[31m-gpj.xlsx');
    // The only "✓ không có vấn đề" is inside the STATUS_INVALID message, never a line of its own.
    const lines = out.split('\n');
    expect(lines.filter((l) => /^\s*✓/.test(l))).toEqual([]);
    const forged = lines.filter((l) => l.includes('✓ không có vấn đề'));
    expect(forged.length).toBeGreaterThan(0);
    for (const line of forged) expect(line).toMatch(/STATUS_INVALID|Xong/);
  });

  it('validate --format json keeps the file name, escaped, and its messages on one line', async () => {
    const run = await runBuiltCli(['validate', file, '--plan', PLAN, '--year', '2025', '--format', 'json']);
    expect(run.stdout).not.toMatch(CONTROLS);
    expect(run.stdout).toContain('\\u001b[2J\\u001b[31m-\\u202egpj.xlsx');
    const doc = JSON.parse(run.stdout) as { files: { path: string; diagnostics: { code: string; message: string }[] }[] };
    expect(doc.files[0]?.path).toBe(file);
    const status = doc.files[0]?.diagnostics.find((d) => d.code === 'STATUS_INVALID');
    expect(status?.message).toContain('"Xong   ✓ không có vấn đề [32mOK"');
    expect(FORGED_STATUS).toContain('\n'); // what the cell held
  });
});
