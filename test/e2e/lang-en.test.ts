/**
 * `--lang en` speaks English everywhere: every command, its help and its
 * errors are run on a copy of the sample workspace, and every stretch of
 * Vietnamese in what they print must be data — text found in the plan, the
 * settings, the history file or a cell (or sheet name) of a submitted form.
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readWorkbookFile } from '../../src/io/xlsx/read-workbook.js';
import { REPO_ROOT, runBuiltCli } from './run-cli.js';

/** A letter only Vietnamese (of the languages printed here) writes. */
const VIETNAMESE = /[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]/;

let ws = '';
/** Every piece of data with Vietnamese in it, longest first. */
let phrases: string[] = [];

async function collectPhrases(root: string): Promise<string[]> {
  const texts: string[] = [];
  for (const file of [join(root, 'plan', 'ke-hoach.yaml'), join(root, 'atvsld.yaml'), join(root, 'history', 'indicators.yaml')]) {
    texts.push(...stringsOf(parse(await readFile(file, 'utf8'))));
  }
  for (const year of await readdir(join(root, 'submissions'))) {
    for (const name of await readdir(join(root, 'submissions', year))) {
      if (!name.endsWith('.xlsx')) continue;
      const { grid } = await readWorkbookFile(join(root, 'submissions', year, name));
      for (const sheet of grid?.sheets ?? []) {
        texts.push(sheet.name);
        for (const cell of sheet.cells.values()) if (cell.value?.kind === 'text') texts.push(cell.value.text);
      }
    }
  }
  // Whole values, and their parts: a message may quote a line or a list item of a longer text.
  const all = new Set<string>();
  for (const text of texts) {
    for (const piece of [text, ...text.split(/\n|; |, | — /)]) {
      const phrase = piece.normalize('NFC').trim();
      if (VIETNAMESE.test(phrase)) all.add(phrase);
    }
  }
  return [...all].sort((a, b) => b.length - a.length);
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** The lines of `output` that still hold Vietnamese once every piece of data is taken out. */
function nonData(output: string): string[] {
  // commander wraps help at 80 columns, even inside a name ("Bắc\n   Giang"): join wrapped lines first.
  let rest = jsonStrings(output).normalize('NFC').replace(/\n {2,}(?=\S)/g, ' ');
  for (const phrase of phrases) if (rest.includes(phrase)) rest = rest.split(phrase).join(' ');
  return rest.split('\n').filter((line) => VIETNAMESE.test(line));
}

/** A JSON document's string values, one a line (its escapes undone); other output as it is. */
function jsonStrings(output: string): string {
  if (!output.trimStart().startsWith('{')) return output;
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(JSON.parse(output));
  return out.join('\n');
}

const YEAR = ['--year', '2025', '--as-of', '2025-12-28'];
const RUNS: readonly (readonly string[])[] = [
  ['--help'],
  ['help', 'consolidate'],
  ['help', 'consolidat'],
  ['init', '--help'],
  ['plan', '--help'],
  ['plan', 'check', '--help'],
  ['plan', 'show', '--help'],
  ['template', '--help'],
  ['validate', '--help'],
  ['receive', '--help'],
  ['status', '--help'],
  ['consolidate', '--help'],
  ['plan', 'check'],
  ['plan', 'check', '--format', 'json'],
  ['plan', 'show', '--year', '2025'],
  ['plan', 'show', '--year', '2025', '--agency', 'so-y-te'],
  ['plan', 'show', '--year', '2025', '--agency', 'so-yte'],
  ['template', '--year', '2025', '--agency', 'so-y-te', '--agency', 'thanh-tra-tinh', '--as-of', '2025-11-15'],
  ['validate', 'submissions/2025'],
  ['validate', 'submissions/2025', '--format', 'json'],
  ['status', ...YEAR],
  ['status', ...YEAR, '--format', 'csv'],
  ['status', ...YEAR, '--format', 'json'],
  ['consolidate', ...YEAR, '--quiet'],
  ['consolidate', ...YEAR, '--format', 'json', '--out', 'out/tong-hop.xlsx'],
  ['receive', 'submissions/2024/bao-cao-atvsld-2024-thanh-tra-tinh.xlsx', '--at', '2025-12-27T10:00+07:00'],
  ['status', '--year', 'hai-nghin'],
  ['consolidate', '--as-of', '2025-02-30'],
  ['validate', 'submissions/2025', '--yaer', '2025'],
  ['status', '--workspace', 'khong-co-thu-muc'],
];

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'atvsld-lang-en-'));
  await cp(join(REPO_ROOT, 'fixtures', 'demo'), ws, { recursive: true });
  phrases = await collectPhrases(ws);
}, 120_000);

afterAll(async () => {
  await rm(ws, { recursive: true, force: true });
});

describe('--lang en', () => {
  it.each(RUNS.map((args) => [args.join(' ')] as const))('atvsld --lang en %s says nothing in Vietnamese but data', async (joined) => {
    const args = RUNS.find((r) => r.join(' ') === joined)!;
    const run = await runBuiltCli(['--lang', 'en', ...args], { cwd: ws, timeoutMs: 120_000 });
    expect([0, 1, 2]).toContain(run.code);
    expect(nonData(run.stdout), run.stdout).toEqual([]);
    expect(nonData(run.stderr), run.stderr).toEqual([]);
  }, 180_000);

  it('is chosen by LANG=en_US.UTF-8 too, help included', async () => {
    const run = await runBuiltCli(['--help'], { cwd: ws, env: { LANG: 'en_US.UTF-8' } });
    expect(run.stdout).toContain('Exit codes:');
    expect(nonData(run.stdout)).toEqual([]);
    const vi = await runBuiltCli(['--help'], { cwd: ws });
    expect(vi.stdout).toContain('Mã thoát (exit codes):');
    // The check bites: Vietnamese help is not data.
    expect(nonData(vi.stdout).length).toBeGreaterThan(5);
  });
});
