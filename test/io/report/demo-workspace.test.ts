import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { IndicatorHistorySchema } from '../../../src/core/consolidation/indicator-history.js';
import { SHEETS } from '../../../src/core/form/form-layout.js';
import { computeExpectedAgencies } from '../../../src/core/plan/obligations.js';
import { PlanSchema } from '../../../src/core/plan/plan-schema.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const DEMO = join(REPO, 'fixtures/demo');
const plan = PlanSchema.parse(parse(readFileSync(join(DEMO, 'plan/ke-hoach.yaml'), 'utf8')));

async function metaAgency(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const meta = workbook.getWorksheet(SHEETS.meta)!;
  let agency = '';
  meta.eachRow((row) => {
    if (row.getCell(1).value === 'agency') agency = String(row.getCell(2).value);
  });
  return agency;
}

describe('sample workspace fixtures/demo', () => {
  it('holds a byte-identical copy of the default plan', () => {
    const copy = readFileSync(join(DEMO, 'plan/ke-hoach.yaml'));
    const original = readFileSync(join(REPO, 'templates/plans/ke-hoach-ct31-bac-giang.yaml'));
    expect(copy.equals(original)).toBe(true);
  });

  it.each([
    [2024, []],
    [2025, ['thanh-tra-tinh']],
  ])('has a form from every agency that owed one in %i, except the planted missing ones', async (year, missing) => {
    const dir = join(DEMO, 'submissions', String(year));
    const senders = new Set(await Promise.all(readdirSync(dir).map((f) => metaAgency(join(dir, f)))));
    const expected = computeExpectedAgencies(plan, year).filter((a) => !missing.includes(a));
    expect([...senders].sort()).toEqual(expected);
  });

  it('dates the late report after the deadline on its cover sheet (git keeps no file times)', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(DEMO, 'submissions/2025/bao-cao-atvsld-2025-so-xay-dung.xlsx'));
    const cover = workbook.getWorksheet(SHEETS.cover)!;
    let date: unknown;
    cover.eachRow((row) => {
      if (row.getCell(1).value === 'Ngày báo cáo') date = row.getCell(2).value;
    });
    expect(date).toEqual(new Date(Date.UTC(2025, 11, 23)));
  });

  it('has old Bắc Giang\'s 2022-2023 and the old Bắc Ninh\'s 2024 in the history schema, labelled as sample data', () => {
    const history = IndicatorHistorySchema.parse(parse(readFileSync(join(DEMO, 'history/indicators.yaml'), 'utf8')));
    expect(Object.entries(history.territories).map(([y, t]) => [y, Object.keys(t)])).toEqual([
      ['2022', ['bac-giang']],
      ['2023', ['bac-giang']],
      ['2024', ['bac-ninh-cu']],
    ]);
    expect(history.note).toMatch(/Số liệu mẫu/);
    expect(history.territories['2023']?.['bac-giang']).toMatchObject({ note: expect.stringMatching(/mẫu/), parts: { 'so-nguoi-chet': { value: 19 } } });
    expect(history.territories['2024']?.['bac-ninh-cu']?.parts).toMatchObject({ 'so-nguoi-chet': { value: 14 }, 'so-lao-dong': { value: 468600 } });
  });

  it('says plainly in its README that the data are sample data', () => {
    expect(readFileSync(join(DEMO, 'README.md'), 'utf8')).toContain('DỮ LIỆU MẪU, KHÔNG PHẢI SỐ LIỆU THẬT');
  });
});
