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
 * Vietnam's offset from UTC. The plan's dates (the 20/12 deadline) are dates
 * in Vietnam, which has one time zone and no daylight saving.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const HAS_ZONE = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;

/**
 * The date in Vietnam of an ISO date-time: a file saved at
 * `2025-12-20T17:30:00Z` (a file's mtime is UTC) or received at
 * `2025-12-20T18:00:00+00:00` (a batch server on UTC) arrived on
 * 21 December in Vietnam, after the deadline; `2025-12-20T23:30:00+07:00`
 * is 20 December. A date-time without a zone is taken as written.
 */
export function dateOfTimestamp(timestamp: string): string | undefined {
  const written = /^(\d{4}-\d{2}-\d{2})/.exec(timestamp)?.[1];
  if (written === undefined || !HAS_ZONE.test(timestamp)) return written;
  const instant = Date.parse(timestamp);
  return Number.isNaN(instant) ? written : new Date(instant + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
