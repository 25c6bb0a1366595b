import { describe, expect, it } from 'vitest';
import { checkReportYear } from '../../../src/core/plan/report-years.js';
import { formatMessage } from '../../../src/core/diagnostics/format.js';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.js';
import { buildPlan } from './minimal-plan.js';

const open = buildPlan(); // firstYear 2024, no lastYear
const closed = buildPlan({ calendar: { agencyDeadline: '12-20', consolidationDeadline: '12-31', coordinator: 'a', recipient: 'a', firstYear: 2024, lastYear: 2030 } });
const outcome = (plan: typeof open, year: number, today: string): string[] => {
  const { notCovered, warnings } = checkReportYear(plan, year, today);
  return [...(notCovered ? ['PLAN_YEAR_NOT_COVERED'] : []), ...warnings.map((d) => `${d.code} ${d.severity}`)];
};
const notCovered = (plan: typeof open, year: number): Diagnostic =>
  ({ code: 'PLAN_YEAR_NOT_COVERED', severity: 'error', args: checkReportYear(plan, year, `${year}-12-28`).notCovered! }) as Diagnostic;

describe('checkReportYear', () => {
  it.each([
    ['a year before the first', open, 2019, '2025-12-28', ['PLAN_YEAR_NOT_COVERED']],
    ['the first year', open, 2024, '2025-12-28', []],
    ['next year (forms prepared early)', open, 2026, '2025-12-28', []],
    ['two years ahead of today', open, 2027, '2025-12-28', ['PLAN_YEAR_AHEAD warning']],
    ['after the last year', closed, 2031, '2031-12-28', ['PLAN_YEAR_NOT_COVERED']],
    ['the last year', closed, 2030, '2030-12-28', []],
  ])('%s', (_name, plan, year, today, expected) => {
    expect(outcome(plan, year, today)).toEqual(expected);
  });

  it('names the plan and its years in both languages', () => {
    expect(formatMessage(notCovered(open, 2019), 'vi')).toBe('Kế hoạch ke-hoach-thu áp dụng cho các năm báo cáo từ năm 2024 trở đi; năm 2019 không thuộc kế hoạch.');
    expect(formatMessage(notCovered(open, 2019), 'en')).toBe('Plan ke-hoach-thu covers the report years 2024 onwards; 2019 is not one of them.');
    expect(formatMessage(notCovered(closed, 2031), 'vi')).toContain('từ năm 2024 đến năm 2030');
    expect(formatMessage(notCovered(closed, 2031), 'en')).toContain('2024 to 2030');
  });
});
