/**
 * A filled report form as rows of values, laid out like the template
 * (src/io/template): tests edit the rows (delete a task, type text in a
 * count) and turn them into a grid. Also the small plan these tests use.
 */
import { COVER_FIELDS, INDICATOR_COLUMNS, META_KEYS, ROLE_LABELS, SHEETS, TASK_COLUMNS, type CoverFieldKey } from '../../../src/core/form/form-layout.js';
import { computeIndicatorObligations, computeObligations } from '../../../src/core/plan/obligations.js';
import { PlanSchema, type Plan } from '../../../src/core/plan/plan-schema.js';
import type { WorkbookGrid } from '../../../src/core/workbook/cell-grid.js';
import { sheetGrid, workbookGrid, type GridRows, type GridValue } from '../../helpers/grid.js';

export const HASH = 'hash-1';

/** Agency `a` leads 1.1 and 1.2, supports 2.1 and reports the accident figures; `b` leads 2.1. */
export function testPlan(): Plan {
  const task = (id: string, lead: string[], support: string[] = []) => ({
    id, section: Number(id.split('.')[0]), sectionTitle: 'Phần', title: `Nhiệm vụ ${id}`, text: `Nội dung ${id}`, rhythm: 'yearly', lead, support,
  });
  return PlanSchema.parse({
    id: 'ke-hoach-thu',
    title: 'Kế hoạch thử',
    issuer: 'UBND tỉnh Thử',
    jurisdiction: [{ name: 'tỉnh Thử' }],
    calendar: { agencyDeadline: '12-20', consolidationDeadline: '12-31', coordinator: 'a', recipient: 'ubnd', firstYear: 2024 },
    agencies: [
      { id: 'ubnd', name: 'UBND tỉnh', kind: 'provincial-committee' },
      { id: 'a', name: 'Sở Lao động - Thương binh và Xã hội', shortName: 'Sở LĐTBXH', aliases: ['LĐ-TB&XH'], kind: 'department' },
      { id: 'b', name: 'UBND huyện Hiệp Hòa', kind: 'district-committee' },
      { id: 'c', name: 'Sở Y tế', kind: 'department' },
    ],
    tasks: [task('1.1', ['a']), task('1.2', ['a', 'c']), task('2.1', ['b'], ['a']), task('3.10', ['c'])],
    indicators: [
      {
        id: 'ty-le',
        name: 'Tần suất TNLĐ chết người',
        unit: 'người chết/100.000 lao động',
        compute: { kind: 'rate', numerator: 'chet', denominator: 'lao-dong', scale: 100000 },
        target: { direction: 'decrease', percentPerYear: 4, baseYear: 2024 },
        parts: [
          { id: 'vu', name: 'Số vụ tai nạn lao động', unit: 'vụ', reportedBy: ['a'] },
          { id: 'vu-chet', name: 'Số vụ TNLĐ chết người', unit: 'vụ', reportedBy: ['a'], atMost: ['vu', 'chet'] },
          { id: 'nan-nhan', name: 'Số người bị TNLĐ', unit: 'người', reportedBy: ['a'] },
          { id: 'chet', name: 'Số người chết vì TNLĐ', unit: 'người', reportedBy: ['a'], atMost: ['nan-nhan'] },
          { id: 'lao-dong', name: 'Số lao động', unit: 'người', reportedBy: ['a'], plausibleMax: 10_000_000 },
        ],
      },
    ],
  });
}

export interface FormRows {
  meta: GridRows;
  cover: GridRows;
  tasks: GridRows;
  indicators: GridRows;
}

/** Rows of a complete, correct form of `agency` for `year` (tasks and figures header on row 4, as the template). */
export function formRows(plan: Plan, agency: string, year: number): FormRows {
  const name = plan.agencies.find((a) => a.id === agency)!.name;
  const metaValues: Record<keyof typeof META_KEYS, GridValue> = { marker: '1', planId: plan.id, planHash: HASH, agency, year, formVersion: 1, generatedOn: `${year}-11-14` };
  const coverValues: Record<CoverFieldKey, GridValue> = {
    agencyName: name, year, reportDate: { date: `${year}-12-15` }, contactName: 'Nguyễn Thị Lan', phone: '0204 3855 123',
    email: 'lan@example.vn', signer: 'Trần Văn Minh', signerTitle: 'Giám đốc',
  };
  const titles = new Map(plan.tasks.map((t) => [t.id, t.title]));
  const tasks = computeObligations(plan, year).filter((o) => o.agency === agency);
  const parts = computeIndicatorObligations(plan, year).filter((o) => o.agency === agency);
  const figures: Record<string, number> = { vu: 168, 'vu-chet': 17, 'nan-nhan': 176, chet: 18, 'lao-dong': 512400 };
  const partName = new Map(plan.indicators.flatMap((i) => i.parts.map((p) => [p.id, p.name])));
  return {
    meta: Object.entries(META_KEYS).map(([k, key]) => [key, metaValues[k as keyof typeof META_KEYS]]),
    cover: [
      [`THÔNG TIN CHUNG VỀ BÁO CÁO NĂM ${year}`],
      [],
      ...COVER_FIELDS.map((f) => [f.label, coverValues[f.key], f.required ? 'bắt buộc' : 'không bắt buộc']),
    ],
    tasks: [
      [`BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM ${year}`],
      [name],
      ['Điền vào các ô màu vàng'],
      TASK_COLUMNS.map((c) => c.header),
      ...tasks.map((o) => [o.task, titles.get(o.task), ROLE_LABELS[o.role], 'Đã hoàn thành', `Kết quả ${o.task}`, 2, 3, 150, 12.5, null]),
    ],
    indicators: [
      [`SỐ LIỆU CHỈ TIÊU NĂM ${year}`],
      [name],
      ['Nhập số liệu'],
      INDICATOR_COLUMNS.map((c) => c.header),
      ...parts.map((o) => [o.part, partName.get(o.part), 'người', null, figures[o.part] ?? 1, null]),
    ],
  };
}

export function formGrid(rows: FormRows, o: { meta?: boolean; names?: Partial<Record<keyof FormRows, string>> } = {}): WorkbookGrid {
  const names = { meta: SHEETS.meta, cover: SHEETS.cover, tasks: SHEETS.tasks, indicators: SHEETS.indicators, ...o.names };
  return workbookGrid(
    sheetGrid(SHEETS.instructions, [['Hướng dẫn điền biểu mẫu']]),
    sheetGrid(names.cover, rows.cover),
    sheetGrid(names.tasks, rows.tasks),
    ...(rows.indicators.length > 4 ? [sheetGrid(names.indicators, rows.indicators)] : []),
    ...(o.meta === false ? [] : [sheetGrid(names.meta, rows.meta, 'veryHidden')]),
  );
}
