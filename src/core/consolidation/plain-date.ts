/**
 * Arithmetic on plain `YYYY-MM-DD` dates. date-fns' `parseISO` reads a
 * date-only string as local midnight and `differenceInCalendarDays` counts
 * calendar days, so the result is the same in every time zone (DST included).
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';

/** Days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/**
 * The calendar date of an ISO date-time as written: `2025-12-20T23:30:00+07:00`
 * is 20 December where it was received. A UTC timestamp (a file's mtime)
 * gives the UTC date: the file system does not say where the file was saved.
 */
export function dateOfTimestamp(timestamp: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(timestamp);
  return match?.[1];
}
