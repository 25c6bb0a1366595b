/**
 * Excel date serials ↔ `YYYY-MM-DD`, in UTC arithmetic only: a serial has no
 * time zone, and local-time getters shift dates by a day east or west of UTC.
 */
const DAY_MS = 86_400_000;
/** 9999-12-31, the last date Excel displays. */
const MAX_SERIAL_1900 = 2_958_465;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1900_EARLY = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const LEAP_BUG_SERIAL = 60;

/** The calendar day of a serial, or undefined when it is no displayable date (negative, time only, too large). */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  // Round to the millisecond first: 45366.9999999999 is 45367 00:00 in Excel.
  const days = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  if (date1904) {
    if (days < 0 || days + 1462 > MAX_SERIAL_1900) return undefined;
    return isoOf(EPOCH_1904 + days * DAY_MS);
  }
  if (days < 1 || days > MAX_SERIAL_1900) return undefined;
  // Excel counts 1900-02-29 (serial 60), a day that never was (Lotus 1-2-3 compatibility).
  // Show what the user typed; a later date check rejects it as a non-existent day.
  if (days === LEAP_BUG_SERIAL) return '1900-02-29';
  if (days < LEAP_BUG_SERIAL) return isoOf(EPOCH_1900_EARLY + days * DAY_MS);
  return isoOf(EPOCH_1900 + days * DAY_MS);
}

/** The serial of an ISO date or date-time (`t="d"` cells); undefined when it is not one. */
export function isoToSerial(iso: string, date1904: boolean): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso);
  if (!match) return undefined;
  const [, y, m, d, hh = '0', mm = '0', ss = '0'] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  if (isoOf(ms) !== `${y}-${m}-${d}`) return undefined;
  const fraction = (Number(hh) * 3600 + Number(mm) * 60 + Number(ss)) / 86_400;
  if (date1904) return (ms - EPOCH_1904) / DAY_MS + fraction;
  const days = (ms - EPOCH_1900) / DAY_MS;
  return (days < LEAP_BUG_SERIAL + 1 ? days - 1 : days) + fraction;
}

/**
 * `YYYY-MM-DD` of a UTC day, by calendar arithmetic (H. Hinnant's civil_from_days):
 * the same text as `toISOString().slice(0, 10)` for years 0–9999, without a Date
 * and a 24-character string per distinct serial (a large sheet has tens of thousands).
 */
function isoOf(ms: number): string {
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
