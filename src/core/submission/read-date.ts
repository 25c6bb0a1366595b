/** A report date from a cell: a date cell, an Excel serial, or text as dd/mm/yyyy (also yyyy-mm-dd). */
import type { CellValue } from '../workbook/cell-grid.js';

/** Serials of 1950–2150: a plain number in this range in a date field is a date without a date format. */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 91311;
const EXCEL_EPOCH_OFFSET = 25569;
const DAY_MS = 86_400_000;

export type DateRead = { readonly iso: string } | { readonly invalid: string };

export function readDate(value: CellValue): DateRead {
  if (value.kind === 'date') return { iso: value.iso };
  if (value.kind === 'number') {
    if (value.value >= SERIAL_MIN && value.value <= SERIAL_MAX) {
      return { iso: new Date(Math.round((Math.floor(value.value) - EXCEL_EPOCH_OFFSET) * DAY_MS)).toISOString().slice(0, 10) };
    }
    return { invalid: String(value.value) };
  }
  if (value.kind !== 'text') return { invalid: value.kind === 'boolean' ? String(value.value) : value.text };
  const text = value.text.trim();
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const parts = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : undefined;
  const iso = parts && realDate(Number(parts[0]), Number(parts[1]), Number(parts[2]));
  return iso ? { iso } : { invalid: text };
}

function realDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}
