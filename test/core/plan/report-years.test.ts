import { describe, expect, it } from 'vitest';
import { checkReportYear } from '../../../src/core/plan/report-years.js';
import { formatMessage } from '../../../src/core/diagnostics/format.js';
import { buildPlan } from './minimal-plan.js';

const open = buildPlan(); // firstYear 2024, no lastYear
const closed = buildPlan({ calendar: { agencyDeadline: '12-20', consolidationDeadline: '12-31', coordinator: 'a', recipient: 'a', firstYear: 2024, lastYear: 2030 } });
const codes = (plan: typeof open, year: number, today: string) => checkReportYear(plan, year, today).map((d) => `${d.code} ${d.severity}`);

describe('checkReportYear', () => {
  it.each([
    ['a year before the first', open, 2019, '2025-12-28', ['PLAN_YEAR_NOT_COVERED error']],
    ['the first year', open, 2024, '2025-12-28', []],
    ['next year (forms prepared early)', open, 2026, '2025-12-28', []],
    ['two years ahead of today', open, 2027, '2025-12-28', ['PLAN_YEAR_AHEAD warning']],
    ['after the last year', closed, 2031, '2031-12-28', ['PLAN_YEAR_NOT_COVERED error']],
    ['the last year', closed, 2030, '2030-12-28', []],
  ])('%s', (_name, plan, year, today, expected) => {
    expect(codes(plan, year, today)).toEqual(expected);
  });

  it('names the plan and its years in both languages', () => {
    const [open2019] = checkReportYear(open, 2019, '2025-12-28');
    expect(formatMessage(open2019!, 'vi')).toBe('Kế hoạch ke-hoach-thu áp dụng cho các năm báo cáo từ năm 2024 trở đi; năm 2019 không thuộc kế hoạch.');
    expect(formatMessage(open2019!, 'en')).toBe('Plan ke-hoach-thu covers the report years 2024 onwards; 2019 is not one of them.');
    const [closed2031] = checkReportYear(closed, 2031, '2031-01-05');
    expect(formatMessage(closed2031!, 'vi')).toContain('từ năm 2024 đến năm 2030');
    expect(formatMessage(closed2031!, 'en')).toContain('2024 to 2030');
  });
});
