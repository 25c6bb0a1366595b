import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../../src/cli/commands/receive.js';
import { localTimestamp } from '../../src/cli/local-time.js';
import { runInProcess } from './run-in-process.js';

/** Runs `use` on a copy of the sample workspace's inputs (not its out/) in a temporary folder, removed afterwards. */
async function withDemoWorkspace(use: (ws: string) => Promise<void>): Promise<void> {
  const ws = await mkdtemp(join(tmpdir(), 'atvsld-demo-copy-'));
  try {
    const demo = join(process.cwd(), 'fixtures', 'demo');
    for (const part of ['atvsld.yaml', 'plan', 'submissions', 'history']) await cp(join(demo, part), join(ws, part), { recursive: true });
    await use(ws);
  } finally {
    await rm(ws, { recursive: true, force: true });
  }
}

describe('consolidate, status, receive (in-process)', () => {
  it.each(['consolidate', 'status', 'receive'])('%s --help leads with examples and the exit codes', async (command) => {
    const run = await runInProcess([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Ví dụ:');
    expect(run.stdout).toContain('Mã thoát');
  });

  it('refuses a malformed --as-of with exit 2', async () => {
    const run = await runInProcess(['consolidate', '--as-of', '31/12/2025']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--as-of');
  });

  it('refuses an unknown --format with exit 2', async () => {
    const run = await runInProcess(['status', '--format', 'xml']);
    expect(run.code).toBe(2);
  });

  it('needs at least one file to receive', async () => {
    expect((await runInProcess(['receive'])).code).toBe(2);
  });
});

describe('--at', () => {
  it.each([
    ['2025-12-19T09:30+07:00', '2025-12-19T09:30:00+07:00'],
    ['2025-12-19T09:30:15Z', '2025-12-19T09:30:15Z'],
  ])('%s → %s', (input, expected) => {
    expect(parseDateTime(input)).toBe(expected);
  });

  it('adds the local offset when none is given', () => {
    expect(parseDateTime('2025-12-19')).toMatch(/^2025-12-19T00:00:00[+-]\d{2}:\d{2}$/);
  });

  it.each(['19/12/2025', '2025-02-30T10:00+07:00', '2025-12-19T9:30'])('refuses %s', (input) => {
    expect(() => parseDateTime(input)).toThrow('--at');
  });

  it('writes now as local time with its offset', () => {
    const now = new Date(Date.UTC(2025, 11, 19, 2, 30));
    const stamp = localTimestamp(now);
    expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
    expect(new Date(stamp).getTime()).toBe(now.getTime());
  });
});

describe('file-system failures', () => {
  it('a file where out/ should be: exit 2 and a sentence naming it, not an internal error', async () => {
    await withDemoWorkspace(async (ws) => {
      await writeFile(join(ws, 'out'), 'not a folder');
      const run = await runInProcess(['consolidate', '--workspace', ws, '--year', '2025', '--as-of', '2025-12-31']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`Lỗi: Đã có một tệp tên ${join(ws, 'out')}, không tạo được thư mục trùng tên.`);
      expect(run.stderr).not.toContain('nội bộ');
    });
  });
});

describe('the spill file of consolidate and status', () => {
  it('status creates no out/ folder; consolidate leaves only its report there', async () => {
    await withDemoWorkspace(async (ws) => {
      const status = await runInProcess(['status', '--workspace', ws, '--year', '2025', '--as-of', '2025-12-31']);
      expect(status.code).toBe(1);
      expect(await readdir(ws)).not.toContain('out');
      const run = await runInProcess(['consolidate', '--workspace', ws, '--year', '2025', '--as-of', '2025-12-31']);
      expect(run.code).toBe(1);
      expect(await readdir(join(ws, 'out'))).toEqual(['bao-cao-tong-hop-2025.xlsx']);
    });
  });
});

describe('a figure far from the agency\'s own figure of the year before', () => {
  it('is a warning at its cell in the consolidation (an extra digit in so-y-te\'s examined workers)', async () => {
    await withDemoWorkspace(async (ws) => {
      const file = join(ws, 'submissions', '2025', 'bao-cao-atvsld-2025-so-y-te.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      // 32,410 typed as 324,100; the form showed 31,240 for 2024.
      workbook.getWorksheet('Chỉ tiêu')!.getCell('E6').value = 324100;
      await workbook.xlsx.writeFile(file);
      const run = await runInProcess(['consolidate', '--workspace', ws, '--year', '2025', '--as-of', '2025-12-31', '--format', 'json']);
      const json = JSON.parse(run.stdout) as { diagnostics: { code: string; severity: string; message: string; location?: Record<string, string> }[] };
      expect(json.diagnostics.filter((d) => d.code === 'INDICATOR_LARGE_CHANGE')).toEqual([
        expect.objectContaining({
          severity: 'warning',
          location: { file, sheet: 'Chỉ tiêu', cell: 'E6' },
          message:
            'Số liệu "Số người lao động được khám, phát hiện bệnh nghề nghiệp" năm 2025 (324.100) khác xa số liệu năm 2024 (31.240) của Sở Y tế (cơ quan này hoặc cơ quan tiền thân): gấp hơn 3 lần hoặc chưa bằng một phần ba.',
        }),
      ]);
    });
  });
});

describe('receive --format json', () => {
  it('says where each file went, for which agency and year, with its counts; the same file again is already received', async () => {
    await withDemoWorkspace(async (ws) => {
      const form = join(process.cwd(), 'fixtures', 'hostile', 'forms', 'tcvn3-font.xlsx');
      const args = ['receive', form, '--workspace', ws, '--at', '2025-12-19T09:30+07:00', '--format', 'json'];
      const first = await runInProcess(args);
      expect(first.code).toBe(0);
      // stdout is the JSON; stderr only the run's log line.
      expect(first.stderr).toMatch(/^atvsld \S+ receive year=2025 files=1 errors=0 warnings=\d+ report=- exit=0\n$/);
      const doc = JSON.parse(first.stdout) as { version: number; files: Record<string, unknown>[]; diagnostics: { code: string }[]; summary: Record<string, number> };
      expect(doc.version).toBe(1);
      // + FORM_PLAN_CHANGED while the fixture predates the current default plan (none once it is regenerated).
      const planChanged = doc.diagnostics.filter((d) => d.code === 'FORM_PLAN_CHANGED').length;
      expect(doc.files).toEqual([
        { file: 'tcvn3-font.xlsx', storedAs: expect.stringContaining(join(ws, 'submissions', '2025')), agency: 'so-y-te', year: 2025, alreadyReceived: false, errors: 0, warnings: 2 + planChanged },
      ]);
      expect(doc.diagnostics.map((d) => d.code).filter((c) => c !== 'FORM_PLAN_CHANGED')).toEqual(['WORKBOOK_LEGACY_ENCODING', 'WORKBOOK_LEGACY_ENCODING']);
      expect(doc.summary).toEqual({ files: 1, stored: 1, notStored: 0, errors: 0, warnings: 2 + planChanged });
      const again = JSON.parse((await runInProcess(args)).stdout) as { files: { alreadyReceived: boolean }[]; summary: { stored: number } };
      expect(again.files[0]!.alreadyReceived).toBe(true);
      expect(again.summary.stored).toBe(0);
    });
  });
});
