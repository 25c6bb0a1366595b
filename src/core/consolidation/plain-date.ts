/**
 * Arithmetic on plain `YYYY-MM-DD` dates. date-fns' `parseISO` reads a
 * date-only string as local midnight and `differenceInCalendarDays` counts
 * calendar days, so the result is the same in every time zone (DST included).
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';

/**
 * Days from `from` to `to`: positive when `to` is later. A consolidation asks
 * this for every agency about a few distinct dates (deadline, "today", the
 * days reports arrived), so answers are remembered; parsing dominates.
 */
export function daysBetween(from: string, to: string): number {
  const key = `${from} ${to}`;
  let days = DAYS.get(key);
  if (days === undefined) {
    if (DAYS.size >= MAX_REMEMBERED) DAYS.clear();
    days = differenceInCalendarDays(parseISO(to), parseISO(from));
    DAYS.set(key, days);
  }
  return days;
}

const DAYS = new Map<string, number>();
const MAX_REMEMBERED = 10_000;

/**
 * The calendar date of an ISO date-time as written: `2025-12-20T23:30:00+07:00`
 * is 20 December where it was received. A UTC timestamp (a file's mtime)
 * gives the UTC date: the file system does not say where the file was saved.
 */
export function dateOfTimestamp(timestamp: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(timestamp);
  return match?.[1];
}
