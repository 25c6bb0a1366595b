/**
 * How the written report writes numbers, percentages and dates: Vietnamese
 * grouping (1.012.500; −9,17 %), and the date line of Nghị định 30/2020
 * (day below 10 and months 1–2 with a leading zero).
 */
import type { IndicatorRow } from '../../core/consolidation/consolidated-report.js';
import { decimalsBesideVerdict } from '../../core/consolidation/printed-figures.js';
import { formatViNumber } from '../consolidation-text.js';

export { formatViNumber };

/** Between a number and its "%", so that "−15,5 %" never breaks across lines. */
export const NBSP = '\u00a0';

/** Counts print without decimals; an indicator with any fractional value (a rate) prints every year with two — as the terminal summary does. */
export function indicatorDecimals(row: Pick<IndicatorRow, 'values'>): number {
  return Object.values(row.values).some((v) => v !== null && !Number.isInteger(v)) ? 2 : 0;
}

/**
 * A change in percent printed beside its verdict, against the signed
 * threshold that verdict used (−4 for "giảm ít nhất 4 %/năm", −7,84 for the
 * cumulative target two years after the base): −3,996 % against −4 % prints
 * "−3,996 %", never "−4,0 %". The decimals come from the rule every printed
 * view shares (decimalsBesideVerdict, printed-figures.ts), so the .docx, the
 * workbook and the terminal summary print the same digits.
 */
export function changeBesideVerdict(change: number, threshold: { readonly thresholdPercent: number; readonly direction: 'decrease' | 'increase' }): string {
  return signedPercent(change, decimalsBesideVerdict(change, threshold.thresholdPercent, threshold.direction));
}

/** `+6,7 %`, `−5,6 %`, `0,0 %`. */
export function signedPercent(value: number, decimals = 1): string {
  const body = formatViNumber(value, decimals);
  return `${value > 0 && Number(value.toFixed(decimals)) !== 0 ? '+' : ''}${body}${NBSP}%`;
}

/** A 0..1 rate: `0.9565` → `95,7 %`. */
export function ratePercent(rate: number | null): string {
  return rate === null ? '—' : `${formatViNumber(rate * 100, 1)}${NBSP}%`;
}

/** "ngày 05 tháng 01 năm 2026", "ngày 28 tháng 12 năm 2025" (Nghị định 30/2020, Phụ lục I). */
export function officialDateLine(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = d < 10 ? `0${d}` : String(d);
  const month = m <= 2 ? `0${m}` : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/** `2025-12-20` → `20/12/2025`. */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "05" for 5; text other than a number is kept; empty → "…". */
export function documentNumber(number: string): string {
  const n = number.trim();
  if (n === '') return '…';
  return /^\d$/u.test(n) ? `0${n}` : n;
}

/**
 * "Sở A, Sở B và Sở C" — unless a name holds a comma or "và" of its own
 * ("Sở Văn hóa, Thể thao và Du lịch", "Sở Nông nghiệp và Môi trường"):
 * then "Sở Y tế; Sở Văn hóa, Thể thao và Du lịch; Sở Nông nghiệp và Môi
 * trường", as legal texts list such agencies, so no name reads as two.
 */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  if (names.some(hasOwnSeparator)) return names.join('; ');
  return `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}

const OWN_SEPARATOR = /,|(^|\s)và(\s|$)/iu;

function hasOwnSeparator(name: string): boolean {
  return OWN_SEPARATOR.test(name.normalize('NFC'));
}

/** "đang thực hiện" → "Đang thực hiện": a sentence's first letter. */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Upper case as Vietnamese writes it ("tỉnh Bắc Ninh" → "TỈNH BẮC NINH"). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

export function romanNumeral(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
