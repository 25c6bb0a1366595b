import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateTemplates } from '../../../src/app/generate-templates.js';
import { SHEETS } from '../../../src/core/form/form-layout.js';
import { computeObligations } from '../../../src/core/plan/obligations.js';
import { buildFormWorkbook, type FormInput } from '../../../src/io/template/build-form-workbook.js';
import { INDICATORS_HEADER_ROW } from '../../../src/io/template/indicators-sheet.js';
import { TASKS_HEADER_ROW } from '../../../src/io/template/tasks-sheet.js';
import { writeFormBuffer } from '../../../src/io/template/write-form-buffer.js';
import { readForm, smallPlan, tempDir } from './form-fixtures.js';

const plan = smallPlan();

function input(agencyId: string, year: number, extra: Partial<FormInput> = {}): FormInput {
  return {
    plan,
    planHash: 'h',
    agencyId,
    year,
    obligations: computeObligations(plan, year).filter((o) => o.agency === agencyId),
    indicatorParts: [],
    generatedOn: '2025-01-02',
    ...extra,
  };
}

async function roundTrip(form: FormInput): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeFormBuffer(buildFormWorkbook(form), form.generatedOn)) as never);
  return workbook;
}

function sheetText(workbook: ExcelJS.Workbook, name: string): string {
  return JSON.stringify(workbook.getWorksheet(name)!.getSheetValues());
}

describe('buildFormWorkbook', () => {
  it('keeps plan text that looks like a formula as text', async () => {
    const wb = await roundTrip(input('bao-cong-thuc', 2024));
    const cells: ExcelJS.Cell[] = [];
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell))));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    const tasks = wb.getWorksheet(SHEETS.tasks)!;
    expect(tasks.getCell(2, 1).value).toBe('=HYPERLINK("http://x","bấm")');
    expect(tasks.getCell(TASKS_HEADER_ROW + 1, 2).value).toBe('+Nhiệm vụ 1.1');
  });

  it('sends the report to whoever holds the coordinator function that year', async () => {
    expect(sheetText(await roundTrip(input('so-y-te', 2024)), SHEETS.instructions)).toContain('Sở Lao động - Thương binh và Xã hội');
    const in2025 = sheetText(await roundTrip(input('so-y-te', 2025)), SHEETS.instructions);
    expect(in2025).toContain('Sở Nội vụ');
    expect(in2025).toContain('20/12/2025');
  });

  it('orders tasks by plan numbering (3.5 before 3.10)', async () => {
    const tasks = (await roundTrip(input('so-y-te', 2024))).getWorksheet(SHEETS.tasks)!;
    expect([1, 2, 3].map((i) => tasks.getCell(TASKS_HEADER_ROW + i, 1).value)).toEqual(['1.1', '3.5', '3.10']);
  });

  it("shows last year's figure beside the part to fill", async () => {
    const [indicator] = plan.indicators;
    const parts = indicator!.parts.map((part, i) => ({ indicator: indicator!, part, ...(i === 0 ? { previous: 1234 } : {}) }));
    const sheet = (await roundTrip(input('so-y-te', 2024, { indicatorParts: parts }))).getWorksheet(SHEETS.indicators)!;
    expect(sheet.getCell(INDICATORS_HEADER_ROW + 1, 1).value).toBe('nld-tiep-xuc');
    expect(sheet.getCell(INDICATORS_HEADER_ROW + 1, 4).value).toBe(1234);
    expect(sheet.getCell(INDICATORS_HEADER_ROW + 2, 4).value).toBeNull();
  });

  it('refuses an agency the plan does not know (callers check first)', () => {
    expect(() => buildFormWorkbook(input('khong-co', 2024))).toThrow(/khong-co/);
  });
});

describe('generateTemplates on a small plan', () => {
  it('passes previous values through and warns about a year before the plan', async () => {
    const dir = await tempDir('small');
    const previousValues = new Map([['so-y-te', new Map([['nld-duoc-kham', 77]])]]);
    const result = await generateTemplates({ plan, planHash: 'h', year: 2023, outDir: dir, today: '2023-12-01', agencies: ['so-y-te'], previousValues });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_YEAR_BEFORE_PLAN']);
    expect(result.written).toMatchObject([{ agency: 'so-y-te', tasks: 3, indicatorParts: 2 }]);
    const sheet = (await readForm(result.written[0]!.path)).getWorksheet(SHEETS.indicators)!;
    expect(sheet.getCell(INDICATORS_HEADER_ROW + 2, 1).value).toBe('nld-duoc-kham');
    expect(sheet.getCell(INDICATORS_HEADER_ROW + 2, 4).value).toBe(77);
  });
});
