/**
 * The machine's local calendar and clock, read only at the CLI's edge:
 * "today" for --as-of, the time of arrival for `receive`, the time in the
 * run's log line. Written with the offset, so that a receipt keeps the local
 * date of arrival whatever zone reads it later.
 */
const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` in the machine's calendar. */
export function localDate(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Now as local time with its offset, e.g. `2025-12-19T09:30:00+07:00`. */
export function localTimestamp(now: Date): string {
  return `${localDate(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${utcOffset(now)}`;
}

/** The machine's offset from UTC at `date`, e.g. `+07:00`. */
export function utcOffset(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const abs = Math.abs(minutes);
  return `${minutes >= 0 ? '+' : '-'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
