/**
 * The report years a plan covers: from calendar.firstYear to
 * calendar.lastYear (open-ended when it has none). A year outside them is
 * refused before anything is read: a form for 2019 is not for this plan,
 * and a consolidation for 2019 would compare nothing with nothing. A year
 * more than one ahead of today is allowed (forms can be prepared early) but
 * warned about, as it is almost always a typo. Pure: "today" comes in.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Plan } from './plan-schema.js';

/** Diagnostics for report year `year` checked on `today` (`YYYY-MM-DD`): one error, one warning, or none. */
export function checkReportYear(plan: Plan, year: number, today: string): Diagnostic[] {
  const { firstYear, lastYear } = plan.calendar;
  if (year < firstYear || (lastYear !== undefined && year > lastYear)) {
    return [
      {
        code: 'PLAN_YEAR_NOT_COVERED',
        severity: 'error',
        args: {
          year,
          planId: plan.id,
          firstYear,
          yearsVi: lastYear === undefined ? `từ năm ${firstYear} trở đi` : `từ năm ${firstYear} đến năm ${lastYear}`,
          yearsEn: lastYear === undefined ? `${firstYear} onwards` : `${firstYear} to ${lastYear}`,
        },
      },
    ];
  }
  const currentYear = Number(today.slice(0, 4));
  if (year > currentYear + 1) {
    return [{ code: 'PLAN_YEAR_AHEAD', severity: 'warning', args: { year, today, currentYear } }];
  }
  return [];
}
