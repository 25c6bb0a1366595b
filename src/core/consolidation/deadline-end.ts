/**
 * When a deadline really ends, and how many days late a date is. Bộ luật Dân
 * sự 2015, Điều 148, khoản 5: when the last day of a period is a weekly rest
 * day or a public holiday, the period ends at the end of the next working
 * day. 20/12/2025 is a Saturday, so a report received on Monday 22/12/2025
 * is on time, and one received on 23/12/2025 is one day late, not three.
 *
 * Every days-late figure (status, workbook, JSON, diagnostics) comes from
 * `computeDaysLate` against the end this file computes, so they cannot
 * disagree. The deadline day itself is on time ("trước ngày 20/12" is read
 * as "by 20/12", as the plan's forms and the tool have always said).
 */
import type { Calendar } from '../plan/plan-schema.js';
import { daysBetween } from './plain-date.js';

/**
 * Public holidays on fixed solar dates (Bộ luật Lao động 2019, Điều 112):
 * Tết Dương lịch, Ngày Chiến thắng, Quốc tế Lao động, Quốc khánh. Lunar
 * holidays (Tết Nguyên đán, Giỗ Tổ Hùng Vương), the second Quốc khánh day
 * and days off in lieu (nghỉ bù) move every year: the plan lists them in
 * `calendar.daysOff`.
 */
export const FIXED_HOLIDAYS: readonly string[] = ['01-01', '04-30', '05-01', '09-02'];

/** The rules a deadline is moved by; the plan's calendar is one. */
export type RestDayRule = Pick<Calendar, 'extendOverRestDays' | 'daysOff'>;

/** Why a deadline was moved: the rest days between the nominal day and the real end. */
export interface DeadlineEnd {
  /** The deadline as the plan states it, `YYYY-MM-DD`. */
  readonly nominal: string;
  /** The last day (inclusive) a report is on time: `nominal`, or the next working day after it. */
  readonly end: string;
  /** Rest days skipped, from `nominal` on (empty when the deadline was a working day or the rule is off). */
  readonly restDays: readonly string[];
}

/** Saturday, Sunday, a fixed public holiday or a day the plan lists as off. */
export function isRestDay(date: string, daysOff: readonly string[]): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 || FIXED_HOLIDAYS.includes(date.slice(5)) || daysOff.includes(date);
}

export function computeDeadlineEnd(nominal: string, rule: RestDayRule): DeadlineEnd {
  if (!rule.extendOverRestDays) return { nominal, end: nominal, restDays: [] };
  const restDays: string[] = [];
  let day = nominal;
  // Bounded: a year has no run of more than a few weeks of listed days off; 60 guards a bad list.
  for (let i = 0; i < 60 && isRestDay(day, rule.daysOff); i++) {
    restDays.push(day);
    day = nextDay(day);
  }
  return { nominal, end: day, restDays };
}

/** Days after `end` on which `date` falls; 0 on or before it. The one count of lateness. */
export function computeDaysLate(end: string, date: string): number {
  return Math.max(0, daysBetween(end, date));
}

function nextDay(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`) + 24 * 60 * 60 * 1000;
  return new Date(t).toISOString().slice(0, 10);
}
