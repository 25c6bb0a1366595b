import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { generateTemplates, type GeneratedTemplate } from '../../../src/app/generate-templates.js';
import { INDICATOR_COLUMNS, META_KEYS, ROLE_LABELS, SHEETS, STATUSES, TASK_COLUMNS, formFileName } from '../../../src/core/form/form-layout.js';
import { computeExpectedAgencies, computeObligations } from '../../../src/core/plan/obligations.js';
import { compareTaskIds } from '../../../src/core/plan/task-order.js';
import { TASKS_HEADER_ROW } from '../../../src/io/template/tasks-sheet.js';
import { INDICATORS_HEADER_ROW } from '../../../src/io/template/indicators-sheet.js';
import { FILL_ARGB } from '../../../src/io/template/form-style.js';
import { cellValues, loadTestPlan, readForm, tempDir } from './form-fixtures.js';
import { readWorkbookFile } from '../../../src/io/xlsx/read-workbook.js';
import { parseSubmission } from '../../../src/core/submission/parse-submission.js';

const plan = loadTestPlan();
const YEAR = 2024;
const TODAY = '2024-11-15';
const HASH = 'sha256-test';

let outDir: string;
let written: GeneratedTemplate[];
const forms = new Map<string, ExcelJS.Workbook>();

/** exceljs reads sheet protection but leaves it out of its typings. */
function isProtected(sheet: ExcelJS.Worksheet): boolean | undefined {
  return (sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet;
}

function column(key: string, columns: readonly { key: string }[]): number {
  return columns.findIndex((c) => c.key === key) + 1;
}

beforeAll(async () => {
  outDir = await tempDir('forms');
  const result = await generateTemplates({ plan, planHash: HASH, year: YEAR, outDir, today: TODAY });
  expect(result.diagnostics).toEqual([]);
  written = result.written;
  for (const t of written) forms.set(t.agency, await readForm(t.path));
});

describe('generateTemplates: every agency owing something in 2024', () => {
  it('writes one form per expected agency, named by formFileName, and nothing else', async () => {
    const expected = computeExpectedAgencies(plan, YEAR);
    expect(written.map((t) => t.agency)).toEqual(expected);
    expect((await readdir(outDir)).sort()).toEqual(expected.map((a) => formFileName(a, YEAR)).sort());
  });

  it('orders the sheets instructions, cover, tasks, [indicators], metadata, with the instructions active', () => {
    for (const t of written) {
      const wb = forms.get(t.agency)!;
      const names = wb.worksheets.map((s) => s.name);
      const visible = [SHEETS.instructions, SHEETS.cover, SHEETS.tasks, ...(t.indicatorParts > 0 ? [SHEETS.indicators] : [])];
      expect(names).toEqual([...visible, SHEETS.meta]);
      expect(wb.views[0]?.activeTab).toBe(0);
    }
  });

  it('writes the metadata, very hidden and protected', () => {
    for (const t of written) {
      const meta = forms.get(t.agency)!.getWorksheet(SHEETS.meta)!;
      expect(meta.state).toBe('veryHidden');
      expect(isProtected(meta)).toBe(true);
      const values = Object.fromEntries(meta.getSheetValues().slice(1).map((row) => [(row as unknown[])[1], (row as unknown[])[2]]));
      expect(values).toEqual({
        [META_KEYS.marker]: '1',
        [META_KEYS.planId]: plan.id,
        [META_KEYS.planHash]: HASH,
        [META_KEYS.agency]: t.agency,
        [META_KEYS.year]: YEAR,
        [META_KEYS.formVersion]: 1,
        // The generation date (`today`, from --as-of or the clock) as ISO text, for COVER_DATE_BEFORE_FORM.
        [META_KEYS.generatedOn]: TODAY,
      });
    }
  });

  it('gives the validator the generation date back from the hidden sheet', async () => {
    const t = written.find((w) => w.agency === 'so-y-te')!;
    const { grid } = await readWorkbookFile(t.path);
    const parsed = parseSubmission(grid!, { file: t.path, sha256: 'x', plan });
    expect(parsed.submission?.meta.generatedOn).toBe(TODAY);
  });

  it("lists Sở Y tế's owed tasks in id order with their roles, 3.5 as lead", () => {
    const wb = forms.get('so-y-te')!;
    const sheet = wb.getWorksheet(SHEETS.tasks)!;
    const owed = computeObligations(plan, YEAR)
      .filter((o) => o.agency === 'so-y-te')
      .sort((a, b) => compareTaskIds(a.task, b.task));
    const rows = owed.map((_, i) => sheet.getRow(TASKS_HEADER_ROW + 1 + i));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(owed.map((o) => o.task));
    expect(rows.map((r) => r.getCell(3).value)).toEqual(owed.map((o) => ROLE_LABELS[o.role]));
    expect(sheet.getCell(TASKS_HEADER_ROW + 1 + owed.length, 1).value).toBeNull();
    const row35 = rows.find((r) => r.getCell(1).value === '3.5');
    expect(row35?.getCell(3).value).toBe('Chủ trì');
    expect(TASK_COLUMNS.map((_, i) => sheet.getRow(TASKS_HEADER_ROW).getCell(i + 1).value)).toEqual(TASK_COLUMNS.map((c) => c.header));
  });

  it('gives every status cell the inline list of STATUSES labels', () => {
    const sheet = forms.get('so-y-te')!.getWorksheet(SHEETS.tasks)!;
    const status = sheet.getCell(TASKS_HEADER_ROW + 1, column('status', TASK_COLUMNS));
    expect(status.dataValidation).toMatchObject({ type: 'list', formulae: [`"${STATUSES.map((s) => s.label).join(',')}"`] });
    const count = sheet.getCell(TASKS_HEADER_ROW + 1, column('documents', TASK_COLUMNS));
    expect(count.dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    const cost = sheet.getCell(TASKS_HEADER_ROW + 1, column('cost', TASK_COLUMNS));
    expect(cost.dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
  });

  it('unlocks and colours only the cells to fill, and protects every sheet', () => {
    const wb = forms.get('so-y-te')!;
    const tasks = wb.getWorksheet(SHEETS.tasks)!;
    TASK_COLUMNS.forEach((c, i) => {
      const cell = tasks.getCell(TASKS_HEADER_ROW + 1, i + 1);
      const isFill = c.kind !== 'locked';
      expect(cell.protection?.locked === false, `${c.key}`).toBe(isFill);
      expect((cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb === FILL_ARGB, c.key).toBe(isFill);
    });
    expect(tasks.getCell(TASKS_HEADER_ROW, 1).protection?.locked).not.toBe(false);
    for (const sheet of wb.worksheets) expect(isProtected(sheet), sheet.name).toBe(true);
  });

  it('pre-fills and locks agency and year on the cover; the report date is a validated dd/mm/yyyy cell', () => {
    const cover = forms.get('so-y-te')!.getWorksheet(SHEETS.cover)!;
    const byLabel = new Map<unknown, ExcelJS.Row>();
    cover.eachRow((row) => byLabel.set(row.getCell(1).value, row));
    const agencyName = plan.agencies.find((a) => a.id === 'so-y-te')!.name;
    expect(byLabel.get('Cơ quan báo cáo')?.getCell(2).value).toBe(agencyName);
    expect(byLabel.get('Năm báo cáo')?.getCell(2).value).toBe(YEAR);
    expect(byLabel.get('Năm báo cáo')?.getCell(2).protection?.locked).not.toBe(false);
    const date = byLabel.get('Ngày báo cáo')!.getCell(2);
    expect(date.protection?.locked).toBe(false);
    expect(date.numFmt).toBe('dd/mm/yyyy');
    expect(date.dataValidation?.type).toBe('date');
    expect(byLabel.get('Người liên hệ')?.getCell(2).protection?.locked).toBe(false);
  });

  it('prints on A4: tasks landscape fitted to width with the header row repeated', () => {
    for (const t of written) {
      for (const sheet of forms.get(t.agency)!.worksheets.filter((s) => s.state !== 'veryHidden')) {
        expect(sheet.pageSetup.paperSize, sheet.name).toBe(9);
      }
      const tasks = forms.get(t.agency)!.getWorksheet(SHEETS.tasks)!;
      expect(tasks.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
      expect(tasks.pageSetup.printTitlesRow).toBe(`${TASKS_HEADER_ROW}:${TASKS_HEADER_ROW}`);
      expect(tasks.views[0]).toMatchObject({ state: 'frozen', ySplit: TASKS_HEADER_ROW });
    }
  });

  it('gives the indicators sheet to agencies reporting parts, with the parts owed', () => {
    const withParts = written.filter((t) => t.indicatorParts > 0);
    expect(withParts.length).toBeGreaterThan(0);
    for (const t of withParts) {
      const sheet = forms.get(t.agency)!.getWorksheet(SHEETS.indicators)!;
      const header = INDICATOR_COLUMNS.map((_, i) => sheet.getRow(INDICATORS_HEADER_ROW).getCell(i + 1).value);
      expect(header).toEqual(INDICATOR_COLUMNS.map((c) => c.header));
      const ids = Array.from({ length: t.indicatorParts }, (_, i) => sheet.getCell(INDICATORS_HEADER_ROW + 1 + i, 1).value);
      expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
      expect(sheet.getCell(INDICATORS_HEADER_ROW + 1, column('value', INDICATOR_COLUMNS)).protection?.locked).toBe(false);
    }
  });

  it('states the deadline dd/mm/yyyy on the instructions sheet', () => {
    const sheet = forms.get('so-y-te')!.getWorksheet(SHEETS.instructions)!;
    const text = JSON.stringify(sheet.getSheetValues());
    const [, mm, dd] = `${YEAR}-${plan.calendar.agencyDeadline}`.split('-');
    expect(text).toContain(`${dd}/${mm}/${YEAR}`);
  });

  it('is deterministic: a second run gives byte-identical files', async () => {
    const again = await tempDir('forms-again');
    const second = await generateTemplates({ plan, planHash: HASH, year: YEAR, outDir: again, today: TODAY });
    for (const t of written) {
      const other = second.written.find((s) => s.agency === t.agency)!;
      expect(cellValues(await readForm(other.path))).toEqual(cellValues(forms.get(t.agency)!));
      expect(Buffer.compare(await readFile(t.path), await readFile(other.path)), t.agency).toBe(0);
    }
    const wb = forms.get(written[0]!.agency)!;
    expect(wb.creator).toBe('atvsld');
    expect(wb.created.toISOString()).toBe(`${TODAY}T00:00:00.000Z`);
  });
});

describe('generateTemplates: agencies asked for', () => {
  it('reports an unknown agency and writes the others', async () => {
    const dir = await tempDir('forms-ask');
    const result = await generateTemplates({ plan, planHash: HASH, year: YEAR, outDir: dir, today: TODAY, agencies: ['khong-co', 'so-y-te'] });
    expect(result.diagnostics.map((d) => [d.code, d.agency])).toEqual([['TEMPLATE_UNKNOWN_AGENCY', 'khong-co']]);
    expect(result.written.map((t) => t.path)).toEqual([join(dir, formFileName('so-y-te', YEAR))]);
  });

  it('warns about an agency that owes nothing that year and writes no form for it', async () => {
    const idle = plan.agencies.find((a) => !computeExpectedAgencies(plan, YEAR).includes(a.id))!;
    const dir = await tempDir('forms-idle');
    const result = await generateTemplates({ plan, planHash: HASH, year: YEAR, outDir: dir, today: TODAY, agencies: [idle.id] });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_NOTHING_OWED']);
    expect(result.written).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });
});
