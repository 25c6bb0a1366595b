/** Plans for the form-writer tests: the default plan, and a tiny one built in code. */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import ExcelJS from 'exceljs';
import { PlanSchema, type Plan } from '../../../src/core/plan/plan-schema.js';

const DEFAULT_PLAN = new URL('../../../templates/plans/ke-hoach-ct31-bac-giang.yaml', import.meta.url);

/** The default plan; the small plan while the default one is missing. */
export function loadTestPlan(): Plan {
  if (existsSync(DEFAULT_PLAN)) return PlanSchema.parse(parse(readFileSync(DEFAULT_PLAN, 'utf8')));
  return smallPlan();
}

/** Enough of the real plan to exercise every sheet, plus names that look like formulas. */
export function smallPlan(): Plan {
  return PlanSchema.parse({
    id: 'ke-hoach-thu',
    title: 'Kế hoạch thử',
    issuer: 'UBND tỉnh',
    jurisdiction: [{ name: 'tỉnh Bắc Giang' }],
    calendar: {
      agencyDeadline: '12-20',
      consolidationDeadline: '12-31',
      coordinator: 'so-ldtbxh',
      recipient: 'ubnd-tinh',
      firstYear: 2024,
    },
    agencies: [
      { id: 'ubnd-tinh', name: 'UBND tỉnh', kind: 'provincial-committee' },
      {
        id: 'so-ldtbxh',
        name: 'Sở Lao động - Thương binh và Xã hội',
        kind: 'department',
        until: '2025-02-28',
        successors: [{ agency: 'so-noi-vu', from: '2025-03-01', functions: ['atvsld'] }],
      },
      { id: 'so-noi-vu', name: 'Sở Nội vụ', kind: 'department' },
      { id: 'so-y-te', name: 'Sở Y tế', kind: 'department' },
      { id: 'bao-cong-thuc', name: '=HYPERLINK("http://x","bấm")', kind: 'press' },
    ],
    groups: [{ id: 'so-ban-nganh', name: 'các sở, ban, ngành tỉnh', members: ['so-ldtbxh', 'so-noi-vu', 'so-y-te'] }],
    tasks: [
      task('1.1', ['so-ldtbxh'], ['so-ban-nganh', 'bao-cong-thuc']),
      task('3.5', ['so-y-te'], ['so-ldtbxh']),
      task('3.10', ['so-y-te'], []),
    ],
    indicators: [
      {
        id: 'so-nld-kham-bnn',
        name: 'Số người lao động được khám bệnh nghề nghiệp',
        unit: 'người',
        parts: [
          { id: 'nld-tiep-xuc', name: 'Người lao động tiếp xúc yếu tố có hại', unit: 'người', reportedBy: ['so-y-te'] },
          { id: 'nld-duoc-kham', name: 'Người lao động được khám', unit: 'người', reportedBy: ['so-y-te'], atMost: ['nld-tiep-xuc'] },
        ],
        compute: { kind: 'count', part: 'nld-duoc-kham' },
        target: { direction: 'increase', percentPerYear: 5, baseYear: 2024 },
      },
    ],
  });
}

function task(id: string, lead: string[], support: string[]) {
  return { id, section: Number(id.split('.')[0]), sectionTitle: 'Phần', title: `+Nhiệm vụ ${id}`, text: `Nội dung ${id}`, rhythm: 'yearly', lead, support };
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `atvsld-${prefix}-`));
}

/** Reading our own trusted output with exceljs is fine in tests (untrusted files go through the safe reader). */
export async function readForm(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every non-empty cell value of every sheet, for comparing two runs. */
export function cellValues(workbook: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        out[`${sheet.name}!${r}:${c}`] = cell.value;
      });
    });
  });
  return out;
}
