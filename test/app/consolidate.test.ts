import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConsolidate } from '../../src/app/consolidate.js';
import { runStatus } from '../../src/app/status.js';
import type { ConsolidatedReport } from '../../src/core/consolidation/consolidated-report.js';
import { makePlan } from '../core/consolidation/fixtures.js';
import { fakeForm, fakeValidate } from './fake-validate.js';

const plan = makePlan();

async function workspace() {
  const root = await mkdtemp(join(tmpdir(), 'atvsld-consolidate-'));
  const ws = { submissionsDir: join(root, 'submissions'), historyFile: join(root, 'history', 'indicators.yaml'), outDir: join(root, 'out') };
  const put = async (year: number, name: string, content: string): Promise<void> => {
    await mkdir(join(ws.submissionsDir, String(year)), { recursive: true });
    await writeFile(join(ws.submissionsDir, String(year), name), content);
  };
  await put(2024, 'old-2024-1.xlsx', fakeForm({ agency: 'old', year: 2024, reportDate: '2024-12-10', parts: { chet: 18, 'lao-dong': 200000 } }));
  await put(2025, 'new-2025-1.xlsx', fakeForm({ agency: 'new', year: 2025, reportDate: '2025-12-10', parts: { chet: 17, 'lao-dong': 200000 } }));
  await put(2025, 'a-2025-1.xlsx', fakeForm({ agency: 'a', year: 2025, reportDate: '2025-12-23' }));
  await put(2025, '~$a-2025-1.xlsx', 'excel owner file');
  await put(2025, 'receipts.jsonl', '');
  await mkdir(join(root, 'history'));
  await writeFile(ws.historyFile, 'years:\n  2023:\n    chet: 20\n    lao-dong: 200000\n');
  return ws;
}

describe('runConsolidate', () => {
  it('reads Y and Y-1 and history, writes the workbook to the default path, under the lock', async () => {
    const ws = await workspace();
    const written: { report: ConsolidatedReport; file: string }[] = [];
    const result = await runConsolidate({
      workspace: ws,
      plan,
      planHash: 'h',
      year: 2025,
      asOf: '2025-12-28',
      validate: fakeValidate,
      writeWorkbook: async (report, file) => {
        expect(existsSync(join(ws.outDir, '.atvsld.lock'))).toBe(true);
        written.push({ report, file });
      },
    });
    expect(result.outFile).toBe(join(ws.outDir, 'bao-cao-tong-hop-2025.xlsx'));
    expect(written).toHaveLength(1);
    expect(result.report.indicators[0]!.values).toEqual({ '2023': 10, '2024': 9, '2025': 8.5 });
    expect(result.report.completeness).toMatchObject({ expected: 4, received: 2, onTime: 1, late: 1 });
    expect(result.report.submissions.map((s) => s.file.split('/').pop())).toEqual(['a-2025-1.xlsx', 'new-2025-1.xlsx']);
    expect(existsSync(join(ws.outDir, '.atvsld.lock'))).toBe(false);
  });

  it('gives identical JSON on two runs with the same --as-of', async () => {
    const ws = await workspace();
    const run = async () =>
      JSON.stringify((await runConsolidate({ workspace: ws, plan, planHash: 'h', year: 2025, asOf: '2025-12-28', validate: fakeValidate })).report);
    expect(await run()).toBe(await run());
  });

  it('status reads the same figures without writing anything', async () => {
    const ws = await workspace();
    const report = await runStatus({ workspace: ws, plan, planHash: 'h', year: 2025, asOf: '2025-12-28', validate: fakeValidate });
    expect(report.completeness).toMatchObject({ received: 2, missing: 2 });
    expect(existsSync(ws.outDir)).toBe(false);
  });
});

describe('runConsolidate when the write fails half-way', () => {
  it('releases the lock, and the next run succeeds', async () => {
    const ws = await workspace();
    const base = { workspace: ws, plan, planHash: 'h', year: 2025, asOf: '2025-12-28', validate: fakeValidate };
    await expect(runConsolidate({ ...base, writeWorkbook: async () => Promise.reject(new Error('disk full')) })).rejects.toThrow('disk full');
    expect(existsSync(join(ws.outDir, '.atvsld.lock'))).toBe(false);
    const next = await runConsolidate({ ...base, writeWorkbook: async () => undefined });
    expect(next.outFile).toBe(join(ws.outDir, 'bao-cao-tong-hop-2025.xlsx'));
  });
});
