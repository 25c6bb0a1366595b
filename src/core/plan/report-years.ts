/**
 * The report years a plan covers: from calendar.firstYear to
 * calendar.lastYear (open-ended when it has none). A year outside them is
 * refused before anything is read: a form for 2019 is not for this plan,
 * and a consolidation for 2019 would compare nothing with nothing. A year
 * more than one ahead of today is allowed (forms can be prepared early) but
 * warned about, as it is almost always a typo. Pure: "today" comes in.
 */
import type { ArgsOf } from '../diagnostics/catalog.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/make-diagnostic.js';
import type { Plan } from './plan-schema.js';

export interface ReportYearCheck {
  /** Set when the plan does not cover the year: the arguments of the PLAN_YEAR_NOT_COVERED error that stops the command. */
  readonly notCovered?: ArgsOf<'PLAN_YEAR_NOT_COVERED'>;
  /** PLAN_YEAR_AHEAD when the year is more than one after today's. */
  readonly warnings: Diagnostic[];
}

/** Report year `year` checked against the plan's years and against `today` (`YYYY-MM-DD`). */
export function checkReportYear(plan: Plan, year: number, today: string): ReportYearCheck {
  const { firstYear, lastYear } = plan.calendar;
  if (year < firstYear || (lastYear !== undefined && year > lastYear)) {
    return {
      notCovered: {
        year,
        planId: plan.id,
        firstYear,
        yearsVi: lastYear === undefined ? `từ năm ${firstYear} trở đi` : `từ năm ${firstYear} đến năm ${lastYear}`,
        yearsEn: lastYear === undefined ? `${firstYear} onwards` : `${firstYear} to ${lastYear}`,
      },
      warnings: [],
    };
  }
  const currentYear = Number(today.slice(0, 4));
  return { warnings: year > currentYear + 1 ? [makeDiagnostic('PLAN_YEAR_AHEAD', { year, today, currentYear })] : [] };
}
