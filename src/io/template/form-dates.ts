/**
 * Dates on the form. Workbook dates carry no time zone: ISO `YYYY-MM-DD`
 * strings in, UTC midnight out, so the form is the same in Hà Nội and in CI.
 */
import type { Plan } from '../../core/plan/plan-schema.js';

/** `2024-12-20` → `20/12/2024`, as Vietnamese documents write dates. */
export function formatViDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** UTC midnight of an ISO date. */
export function utcMidnight(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** The agencies' deadline of year Y, `YYYY-MM-DD`. */
export function agencyDeadline(plan: Plan, year: number): string {
  return `${year}-${plan.calendar.agencyDeadline}`;
}
