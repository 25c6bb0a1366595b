import { PlanSchema, type Plan } from '../../../src/core/plan/plan-schema.js';

type Input = Record<string, unknown>;

export const agency = (id: string, extra: Input = {}): Input => ({ id, name: `Cơ quan ${id}`, kind: 'department', ...extra });
export const task = (id: string, lead: string[], extra: Input = {}): Input => ({
  id,
  section: Number(id.split('.')[0]),
  sectionTitle: 'Mục',
  title: `Nhiệm vụ ${id}`,
  text: `Nội dung ${id}`,
  rhythm: 'yearly',
  lead,
  ...extra,
});

/** A small schema-valid plan; `overrides` replace whole top-level entries. */
export function buildPlan(overrides: Input = {}): Plan {
  return PlanSchema.parse({
    id: 'ke-hoach-thu',
    title: 'Kế hoạch thử',
    issuer: 'UBND tỉnh Thử',
    jurisdiction: [{ name: 'tỉnh Thử' }],
    calendar: { agencyDeadline: '12-20', consolidationDeadline: '12-31', coordinator: 'a', recipient: 'a', firstYear: 2024 },
    agencies: [agency('a'), agency('b'), agency('c')],
    groups: [],
    tasks: [task('1.1', ['a'])],
    indicators: [],
    ...overrides,
  });
}

export const indicator = (extra: Input = {}): Input => ({
  id: 'chi-tieu',
  name: 'Chỉ tiêu',
  unit: 'người',
  parts: [
    { id: 'tu', name: 'Tử số', unit: 'người', reportedBy: ['a'] },
    { id: 'mau', name: 'Mẫu số', unit: 'người', reportedBy: ['a'] },
  ],
  compute: { kind: 'rate', numerator: 'tu', denominator: 'mau', scale: 100 },
  target: { direction: 'decrease', percentPerYear: 4, baseYear: 2024 },
  ...extra,
});
