import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PLAN_BYTES, readPlanFile } from '../../../src/io/plan/read-plan.js';

const MINIMAL_PATH = fileURLToPath(new URL('../../../fixtures/plans/minimal.yaml', import.meta.url));
const MINIMAL = readFileSync(MINIMAL_PATH);
const DEFAULT_PLAN = fileURLToPath(new URL('../../../templates/plans/ke-hoach-ct31-bac-giang.yaml', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'atvsld-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('readPlanFile', () => {
  it('returns the plan and the sha256 of the bytes', async () => {
    const result = await readPlanFile(MINIMAL_PATH);
    expect(result.diagnostics).toEqual([]);
    expect(result.plan?.id).toBe('ke-hoach-thu');
    expect(result.hash).toBe(createHash('sha256').update(MINIMAL).digest('hex'));
  });

  it('strips a UTF-8 byte-order mark but hashes the bytes as they are', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), MINIMAL]);
    const result = await readPlanFile(write('bom.yaml', bytes));
    expect(result.plan).toBeDefined();
    expect(result.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('normalises decomposed Vietnamese to NFC', async () => {
    const result = await readPlanFile(write('nfd.yaml', MINIMAL.toString('utf8').normalize('NFD')));
    expect(result.plan?.agencies[2]?.name).toBe('Sở Nội vụ'.normalize('NFC'));
    expect(result.plan?.agencies[2]?.name).not.toBe('Sở Nội vụ'.normalize('NFD'));
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.yaml'), 'PLAN_FILE_NOT_FOUND'],
    ['a folder', () => dir, 'PLAN_FILE_IS_DIRECTORY'],
    ['a file under a file', () => join(MINIMAL_PATH, 'x.yaml'), 'PLAN_FILE_NOT_FOUND'],
    ['UTF-16 text', () => write('utf16.yaml', Buffer.from(`\ufeff${MINIMAL.toString('utf8')}`, 'utf16le')), 'PLAN_FILE_ENCODING'],
    ['Windows-1258 bytes', () => write('cp1258.yaml', Buffer.from([0x74, 0x69, 0xea, 0x3a, 0x20, 0xf2, 0x0a])), 'PLAN_FILE_ENCODING'],
    ['an oversized file', () => write('big.yaml', Buffer.alloc(MAX_PLAN_BYTES + 1, 0x20)), 'PLAN_FILE_TOO_LARGE'],
  ])('reports %s without throwing', async (_name, path, code) => {
    const file = path();
    const result = await readPlanFile(file);
    expect(result.plan).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.location?.file])).toEqual([[code, 'error', file]]);
  });

  it('loads the default plan with no errors', async () => {
    const result = await readPlanFile(DEFAULT_PLAN);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.plan?.id).toBe('ke-hoach-ct31-bac-giang');
    // The district level ends on 2025-06-30 and every district names the communes that took over: no lapse.
    expect(result.diagnostics.filter((d) => d.code === 'PLAN_DUTY_LAPSES')).toEqual([]);
  });
});
