/**
 * validateFiles end to end on real files: forms written by the template
 * writer, filled with exceljs as an agency would, read by the safe reader.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateTemplates } from '../../src/app/generate-templates.js';
import { validateFiles } from '../../src/app/validate-files.js';
import { computeConsolidation } from '../../src/core/consolidation/compute-consolidation.js';
import { EMPTY_HISTORY } from '../../src/core/consolidation/indicator-history.js';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.js';
import { COVER_FIELDS, INDICATOR_COLUMNS, SHEETS, STATUSES, TASK_COLUMNS } from '../../src/core/form/form-layout.js';
import type { Plan } from '../../src/core/plan/plan-schema.js';
import type { CheckedFile, SubmissionFacts } from '../../src/core/submission/submission.js';
import { DEFAULT_PLAN_FILE } from '../../src/io/package-paths.js';
import { readPlanFile } from '../../src/io/plan/read-plan.js';
import { renderConsolidationJson } from '../../src/render/consolidation-json.js';
import { tempDir } from '../io/template/form-fixtures.js';
import { convertWithLibreOffice, findSoffice } from '../helpers/libreoffice.js';

let plan: Plan;
let planHash: string;
let blank: string;
let dir: string;

const col = (columns: readonly { key: string }[], key: string): number => columns.findIndex((c) => c.key === key) + 1;
const brief = (d: Diagnostic): string => `${d.code} ${d.location?.sheet ?? ''}!${d.location?.cell ?? ''}`;

/** Fill every fill-in cell the way a careful agency would; `edit` then spoils it. */
async function filledForm(name: string, edit: (wb: ExcelJS.Workbook) => void = () => {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(blank);
  const cover = wb.getWorksheet(SHEETS.cover)!;
  cover.eachRow((row) => {
    const field = COVER_FIELDS.find((f) => f.label === row.getCell(1).value);
    if (!field || field.key === 'agencyName' || field.key === 'year') return;
    row.getCell(2).value = field.key === 'reportDate' ? new Date(Date.UTC(2025, 11, 15)) : `Giá trị ${field.label}`;
  });
  const tasks = wb.getWorksheet(SHEETS.tasks)!;
  tasks.eachRow((row, r) => {
    if (r <= 4) return;
    row.getCell(col(TASK_COLUMNS, 'status')).value = STATUSES[0].label;
    row.getCell(col(TASK_COLUMNS, 'results')).value = 'Đã ban hành kế hoạch, tổ chức 2 hội nghị.';
    row.getCell(col(TASK_COLUMNS, 'documents')).value = 1;
    row.getCell(col(TASK_COLUMNS, 'cost')).value = 12.5;
  });
  const figures = wb.getWorksheet(SHEETS.indicators)!;
  figures.eachRow((row, r) => {
    if (r > 4) row.getCell(col(INDICATOR_COLUMNS, 'value')).value = 1000 - r;
  });
  edit(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

beforeAll(async () => {
  const loaded = await readPlanFile(DEFAULT_PLAN_FILE);
  plan = loaded.plan!;
  planHash = loaded.hash!;
  dir = await tempDir('validate');
  const out = join(dir, 'blank');
  await mkdir(out);
  const { written } = await generateTemplates({ plan, planHash, year: 2025, agencies: ['so-y-te'], outDir: out, today: '2025-11-15' });
  blank = written[0]!.path;
});

describe('validateFiles on forms from the template writer', () => {
  it('finds no errors in a correctly filled form', async () => {
    const path = await filledForm('bao-cao-atvsld-2025-so-y-te.xlsx');
    const [checked] = await validateFiles([path], { plan, planHash, year: 2025, keep: 'submission' });
    expect(checked!.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(checked!.submission).toMatchObject({ agency: 'so-y-te', year: 2025 });
    expect(checked!.submission!.indicators.length).toBeGreaterThan(0);
    expect(checked!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps of each form what the caller asks for: the summary by default, the facts for consolidation', async () => {
    const path = await filledForm('bao-cao-atvsld-2025-so-y-te-giu.xlsx');
    const [full] = await validateFiles([path], { plan, planHash, year: 2025, keep: 'submission' });
    const [summary] = await validateFiles([path], { plan, planHash, year: 2025 });
    const [facts] = await validateFiles([path], { plan, planHash, year: 2025, keep: 'facts' });
    const s = full!.submission!;
    expect(s.tasks.length).toBeGreaterThan(0);
    expect(summary).toEqual({ file: path, sha256: full!.sha256, diagnostics: full!.diagnostics, submission: { sha256: s.sha256, agency: 'so-y-te', year: 2025, sheets: s.sheets } });
    expect(facts!.diagnostics).toEqual(full!.diagnostics);
    expect(facts!.submission).toEqual({
      sha256: s.sha256,
      agency: 'so-y-te',
      year: 2025,
      sheets: s.sheets,
      modifiedAt: s.modifiedAt,
      cover: { agencyName: s.cover.agencyName, reportDate: '2025-12-15', contactName: 'Giá trị Người liên hệ', phone: 'Giá trị Điện thoại', email: 'Giá trị Thư điện tử' },
      tasks: s.tasks.map((t) => ({ taskId: t.taskId, row: t.row, sheet: SHEETS.tasks, status: 'done', results: t.results, counts: { documents: 1, cost: 12.5 }, notes: '' })),
      indicators: s.indicators.map((i) => ({ partId: i.partId, value: i.value, sheet: SHEETS.indicators, cell: i.cells?.['value'] })),
    });
  });

  it('locates a deleted lead task row and text in a count cell', async () => {
    let deleted = '';
    const path = await filledForm('bao-cao-atvsld-2025-so-y-te-sua.xlsx', (wb) => {
      const tasks = wb.getWorksheet(SHEETS.tasks)!;
      const row = [...Array(tasks.rowCount).keys()].map((i) => i + 1).find((r) => r > 4 && tasks.getCell(r, 3).value === 'Chủ trì')!;
      deleted = String(tasks.getCell(row, 1).value);
      tasks.spliceRows(row, 1);
      tasks.getCell(5, col(TASK_COLUMNS, 'people')).value = 'khoảng 200';
    });
    const [checked] = await validateFiles([path], { plan, planHash, year: 2025 });
    const errors = checked!.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map(brief).sort()).toEqual(['COUNT_NOT_A_NUMBER Nhiệm vụ!H5', expect.stringMatching(/^TASK_MISSING_LEAD Nhiệm vụ!A\d+$/)].sort());
    expect(errors.find((d) => d.code === 'TASK_MISSING_LEAD')!.task).toBe(deleted);
  });

  it('finds a renamed tasks sheet by its headings (the whole workbook is read again)', async () => {
    const path = await filledForm('doi-ten-trang.xlsx', (wb) => {
      wb.getWorksheet(SHEETS.tasks)!.name = 'Sheet1';
    });
    const [checked] = await validateFiles([path], { plan, planHash, year: 2025, keep: 'submission' });
    expect(checked!.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(checked!.submission!.sheets?.tasks).toBe('Sheet1');
    expect(checked!.submission!.tasks.length).toBeGreaterThan(0);
  });

  it.skipIf(!findSoffice())('finds no errors in a filled form re-saved by LibreOffice (skipped without soffice)', async () => {
    const path = await filledForm('bao-cao-atvsld-2025-so-y-te-lo.xlsx');
    const out = join(dir, 'libreoffice');
    await mkdir(out);
    const [resaved] = await convertWithLibreOffice([path], 'xlsx', out);
    const [checked] = await validateFiles([resaved!], { plan, planHash, year: 2025, keep: 'submission' });
    expect(checked!.diagnostics.filter((d) => d.severity !== 'info').map(brief)).toEqual([]);
    expect(checked!.submission!.meta.agency).toBe('so-y-te');
  }, 180_000);

  it('checks every file of a folder, in order, whatever is wrong with some', async () => {
    const folder = join(dir, 'thu-den');
    await mkdir(join(folder, 'con', 'x.xlsx'), { recursive: true });
    await writeFile(join(folder, 'b-rong.xlsx'), '');
    await writeFile(join(folder, 'ghi-chu.txt'), 'không phải bảng tính');
    await writeFile(join(folder, '~$a.xlsx'), 'khóa của Excel');
    await writeFile(join(folder, 'a.csv.xlsx'), 'a;b\n1;2\n');
    const results = await validateFiles([folder, join(dir, 'khong-co.xlsx')], { plan, planHash });
    expect(results.map((r) => [r.file.slice(dir.length + 1), r.diagnostics.map((d) => d.code)])).toEqual([
      ['thu-den/a.csv.xlsx', ['WORKBOOK_CSV']],
      ['thu-den/b-rong.xlsx', ['WORKBOOK_EMPTY_FILE']],
      ['thu-den/con/x.xlsx', ['WORKBOOK_IS_DIRECTORY']],
      ['khong-co.xlsx', ['WORKBOOK_NOT_FOUND']],
    ]);
  });

  it('reports a folder without workbooks instead of passing over it', async () => {
    const empty = join(dir, 'trong');
    await mkdir(empty);
    const results = await validateFiles([empty], { plan, planHash });
    expect(results.map((r) => r.diagnostics.map((d) => d.code))).toEqual([['VALIDATE_NO_FILES']]);
  });

  it('turns a bug met in one file into INTERNAL_ERROR and goes on', async () => {
    const good = await filledForm('bao-cao-atvsld-2025-so-y-te-2.xlsx');
    // Broken where only a read form reaches (the sheets' caps, computed before reading, need tasks and indicators).
    const broken = { ...plan, agencies: null } as unknown as Plan;
    const results = await validateFiles([good, join(dir, 'khong-co.xlsx')], { plan: broken, planHash });
    expect(results.map((r) => r.diagnostics.map((d) => d.code))).toEqual([['INTERNAL_ERROR'], ['WORKBOOK_NOT_FOUND']]);
  });
});

describe('validateFiles on the sample workspace', () => {
  const demo = new URL('../../fixtures/demo/submissions/', import.meta.url).pathname;

  it('2024: every form read, no errors', async () => {
    const results = await validateFiles([join(demo, '2024')], { plan, planHash, year: 2024 });
    expect(results).toHaveLength(38);
    const errors = results.flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error'));
    expect(errors.map(brief)).toEqual([]);
    expect(results.every((r) => r.submission?.agency !== undefined)).toBe(true);
  });

  it('2025: consolidation of the kept facts is that of the whole submissions', async () => {
    const full = await validateFiles([join(demo, '2025')], { plan, planHash, year: 2025, keep: 'submission' });
    const facts = await validateFiles([join(demo, '2025')], { plan, planHash, year: 2025, keep: 'facts' });
    const consolidate = (files: readonly CheckedFile<SubmissionFacts>[]) =>
      computeConsolidation({ plan, year: 2025, asOf: '2025-12-31', files, receipts: [], history: EMPTY_HISTORY });
    // Compared as the JSON a user gets: a cell refers to its whole task row, which holds more in a full submission.
    expect(renderConsolidationJson(consolidate(facts))).toBe(renderConsolidationJson(consolidate(full)));
    expect(consolidate(facts).tasks.some((t) => t.cells.some((c) => c.texts.results !== ''))).toBe(true);
  });

  it('2025: the planted problems and nothing else', async () => {
    const results = await validateFiles([join(demo, '2025')], { plan, planHash, year: 2025 });
    const errors = results.flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${r.file.split('/').pop()} ${brief(d)} ${d.task ?? ''}`));
    expect(errors).toMatchSnapshot();
    const renamed = results.find((r) => r.file.endsWith('BC ATVSLD 2025 - So Cong Thuong.xlsx'))!;
    expect(renamed.submission!.agency).toBe('so-cong-thuong');
  });
});
