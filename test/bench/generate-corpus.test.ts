/**
 * Smoke test of the bench corpus generator (bench/generate-corpus.js) at its
 * tiny scale: deterministic, readable, and broken exactly where it says.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/app/validate-files.js';
import { readPlanFile } from '../../src/io/plan/read-plan.js';
import { readWorkbookFile } from '../../src/io/xlsx/read-workbook.js';
import { REPO_ROOT } from '../e2e/run-cli.js';

const run = promisify(execFile);
const WORKSPACES = ['province-year', 'national-year', 'national-year-400'];

interface Manifest {
  workloads: Record<string, { dir: string; files: number; broken?: { file: string; kind: string }[]; rows?: number }>;
}

async function generate(seed: number): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'atvsld-bench-'));
  await run(process.execPath, ['bench/generate-corpus.js', '--out', out, '--scale', 'tiny', '--seed', String(seed)], { cwd: REPO_ROOT });
  return out;
}

async function workbookFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.xlsx')) out.push(join(entry.parentPath, entry.name));
  }
  return out.sort();
}

/** sha256 of every cell's value, sheet by sheet: file bytes may differ, contents must not. */
async function contentHash(file: string): Promise<string> {
  const read = await readWorkbookFile(file);
  const hash = createHash('sha256');
  if (!read.grid) hash.update(`unreadable:${(await readFile(file)).length}`);
  for (const sheet of read.grid?.sheets ?? []) {
    hash.update(`\u0000${sheet.name}`);
    for (const [ref, cell] of sheet.cells) hash.update(`${ref}=${JSON.stringify(cell.value)}`);
  }
  return hash.digest('hex');
}

describe('bench corpus generator (tiny scale)', () => {
  let a = '';
  let b = '';
  let manifest: Manifest;
  beforeAll(async () => {
    [a, b] = await Promise.all([generate(7), generate(7)]);
    manifest = JSON.parse(await readFile(join(a, 'corpus.json'), 'utf8')) as Manifest;
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map((d) => rm(d, { recursive: true, force: true })));
  });

  it('gives the same cell contents for the same seed', async () => {
    const filesA = await workbookFiles(a);
    const filesB = await workbookFiles(b);
    expect(filesA.map((f) => f.slice(a.length))).toEqual(filesB.map((f) => f.slice(b.length)));
    expect(filesA.length).toBeGreaterThan(10);
    for (let i = 0; i < filesA.length; i += 1) expect(await contentHash(filesA[i]!)).toBe(await contentHash(filesB[i]!));
  });

  it('writes the workloads it lists, and the big sheet with all its rows', async () => {
    expect(Object.keys(manifest.workloads).sort()).toEqual(['big-sheet', 'national-year', 'national-year-400', 'province-year']);
    for (const name of WORKSPACES) {
      expect(await workbookFiles(join(a, name))).toHaveLength(manifest.workloads[name]!.files);
    }
    const big = await readWorkbookFile(join(a, 'big-sheet', 'big-sheet.xlsx'));
    expect(big.diagnostics).toEqual([]);
    expect(big.grid?.sheets[0]?.maxRow).toBe(manifest.workloads['big-sheet']!.rows! + 1);
    expect(big.grid?.sheets[0]?.maxCol).toBe(12);
  });

  it('validates the clean forms without errors and the broken ones with the planted problem', async () => {
    const expected: Record<string, string> = { 'text-count': 'COUNT_NOT_A_NUMBER', 'missing-lead': 'STATUS_MISSING', truncated: 'WORKBOOK_TRUNCATED' };
    for (const name of WORKSPACES) {
      const ws = join(a, name);
      const loaded = await readPlanFile(join(ws, 'plan', 'ke-hoach.yaml'));
      expect(loaded.plan).toBeDefined();
      const checked = await validateFiles([join(ws, 'submissions', '2025')], { plan: loaded.plan!, planHash: loaded.hash!, year: 2025 });
      const broken = new Map((manifest.workloads[name]!.broken ?? []).map((x) => [x.file, x.kind]));
      for (const f of checked) {
        const codes = f.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
        const kind = broken.get(f.file.split(/[\\/]/).pop()!);
        if (kind === undefined) expect(codes, f.file).toEqual([]);
        else expect(codes, f.file).toContain(expected[kind]);
      }
    }
  });
});
