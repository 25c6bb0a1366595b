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
import { matchAgencyName } from '../../../src/core/submission/resolve-agency.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const DEMO = join(REPO, 'fixtures/demo');
const plan = PlanSchema.parse(parse(readFileSync(join(DEMO, 'plan/ke-hoach.yaml'), 'utf8')));

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The cell right of a label in column A of the cover. */
function coverValue(workbook: ExcelJS.Workbook, label: string): unknown {
  let value: unknown;
  workbook.getWorksheet(SHEETS.cover)!.eachRow((row) => {
    if (row.getCell(1).value === label) value = row.getCell(2).value;
  });
  return value;
}

/** The hidden metadata's agency id; a form without it is the agency whose name is on its cover. */
async function formAgency(path: string): Promise<string> {
  const workbook = await open(path);
  const meta = workbook.getWorksheet(SHEETS.meta);
  if (!meta) return matchAgencyName(plan, String(coverValue(workbook, 'Cơ quan báo cáo'))) ?? '';
  let agency = '';
  meta.eachRow((row) => {
    if (row.getCell(1).value === 'agency') agency = String(row.getCell(2).value);
  });
  return agency;
}

/** The figures of the "Chỉ tiêu" sheet: part id → value typed. */
function figures(workbook: ExcelJS.Workbook): Record<string, number> {
  const out: Record<string, number> = {};
  workbook.getWorksheet(SHEETS.indicators)!.eachRow((row, n) => {
    if (n > 4 && typeof row.getCell(5).value === 'number') out[String(row.getCell(1).value)] = row.getCell(5).value as number;
  });
  return out;
}

describe('sample workspace fixtures/demo', () => {
  it('holds a byte-identical copy of the default plan', () => {
    const copy = readFileSync(join(DEMO, 'plan/ke-hoach.yaml'));
    const original = readFileSync(join(REPO, 'templates/plans/ke-hoach-ct31-bac-giang.yaml'));
    expect(copy.equals(original)).toBe(true);
  });

  it.each([
    [2024, []],
    [2025, ['thanh-tra-tinh', 'xa-tuan-dao']],
  ])('has a form from every agency that owed one in %i, except the planted missing ones', async (year, missing) => {
    const dir = join(DEMO, 'submissions', String(year));
    const senders = new Set(await Promise.all(readdirSync(dir).map((f) => formAgency(join(dir, f)))));
    const expected = computeExpectedAgencies(plan, year).filter((a) => !missing.includes(a));
    expect([...senders].sort()).toEqual(expected);
    const communes = plan.agencies.filter((a) => a.kind === 'commune-committee').map((a) => a.id);
    expect([...senders].filter((a) => communes.includes(a)).length).toBe(year === 2024 ? 0 : 98);
  }, 60_000);

  it('has one commune form that only its cover identifies: no metadata, a renamed file, the other tone placement', async () => {
    const workbook = await open(join(DEMO, 'submissions/2025/Bao cao ATVSLD 2025 - xa Phuc Hoa.xlsx'));
    expect(workbook.getWorksheet(SHEETS.meta)).toBeUndefined();
    expect(coverValue(workbook, 'Cơ quan báo cáo')).toBe('Xã Phúc Hoà');
    expect(plan.agencies.find((a) => a.id === 'xa-phuc-hoa')?.name).toBe('Ủy ban nhân dân xã Phúc Hòa');
    expect(matchAgencyName(plan, 'Xã Phúc Hoà')).toBe('xa-phuc-hoa');
  });

  it('gives the merged province figures for 2025 in the Sở Nội vụ and Sở Y tế forms', async () => {
    const labour = figures(await open(join(DEMO, 'submissions/2025/bao-cao-atvsld-2025-so-noi-vu.xlsx')));
    const health = figures(await open(join(DEMO, 'submissions/2025/bao-cao-atvsld-2025-so-y-te.xlsx')));
    expect(labour).toEqual({ 'so-vu-tnld': 296, 'so-vu-tnld-chet-nguoi': 28, 'so-nan-nhan': 309, 'so-nguoi-chet': 30, 'so-lao-dong': 1_012_500 });
    expect(health).toEqual({ 'so-nld-tiep-xuc': 190_800, 'so-nld-duoc-kham-bnn': 68_900, 'so-co-so-co-yeu-to-co-hai': 2604, 'so-co-so-duoc-quan-trac': 1510 });
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

  it('has 2022-2023 history in the history schema, labelled as sample data', () => {
    const history = IndicatorHistorySchema.parse(parse(readFileSync(join(DEMO, 'history/indicators.yaml'), 'utf8')));
    expect(Object.keys(history.years)).toEqual(['2022', '2023']);
    expect(history.note).toMatch(/Số liệu mẫu/);
    expect(history.years['2023']?.['so-nguoi-chet']).toMatchObject({ value: 19, note: expect.stringMatching(/mẫu/) });
  });

  it('says plainly in its README that the data are sample data', () => {
    expect(readFileSync(join(DEMO, 'README.md'), 'utf8')).toContain('DỮ LIỆU MẪU, KHÔNG PHẢI SỐ LIỆU THẬT');
  });
});
