/**
 * A `<c>` element's type attribute and raw text → CellValue. Returns a
 * BadCell (a reason) when the cell must be dropped with a diagnostic.
 * Plain numbers come back as JS numbers (see StoredValue).
 */
import type { CellValue } from '../../core/workbook/cell-grid.js';
import { isoToSerial, serialToIso } from './excel-date.js';
import type { SharedStrings } from './shared-strings-part.js';
import { toValue } from './shared-strings-part.js';

/**
 * A cell's value as the grid stores it: a plain number stands for
 * `{ kind: 'number', value }`, made only when the cell is asked for.
 */
export type StoredValue = CellValue | number;

export interface RawCell {
  type: string;
  style: number;
  hasValue: boolean;
  value: string;
  inlineText: string;
  inlineLength: number;
}

export interface ValueContext {
  readonly shared: SharedStrings;
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  readonly maxChars: number;
}

/** Over the character limit: the length, for the diagnostic. */
export class TooLong {
  constructor(readonly length: number) {}
}

/** A cell that cannot be read: the WORKBOOK_BAD_CELL arguments (a reason id of reason-messages.ts, and the text). */
export class BadCell {
  readonly args: { readonly reason: string; readonly text: string };

  constructor(reason: string, text: string) {
    this.args = { reason, text: text.slice(0, 40) };
  }
}

const TRUE_VALUE: CellValue = Object.freeze({ kind: 'boolean', value: true });
const FALSE_VALUE: CellValue = Object.freeze({ kind: 'boolean', value: false });

export function computeCellValue(raw: RawCell, ctx: ValueContext): StoredValue | null | TooLong | BadCell {
  switch (raw.type) {
    case 's':
      return sharedValue(raw.value, ctx);
    case 'inlineStr':
      return textValue(toValue(raw.inlineText, raw.inlineLength, ctx.maxChars));
    case 'str':
      return raw.hasValue ? textValue(toValue(raw.value, raw.value.length, ctx.maxChars)) : null;
    case 'b':
      if (!raw.hasValue || raw.value === '') return null;
      return raw.value === '1' || raw.value === 'true' ? TRUE_VALUE : FALSE_VALUE;
    case 'e':
      return raw.hasValue ? { kind: 'error', text: raw.value } : null;
    case 'd':
      return raw.hasValue && raw.value !== '' ? isoDateValue(raw.value, ctx) : null;
    default:
      return raw.hasValue && raw.value !== '' ? numberValue(raw, ctx) : null;
  }
}

function sharedValue(index: string, ctx: ValueContext): CellValue | TooLong | BadCell {
  return sharedAt(Number(index), index, ctx);
}

/** Shared string `index`; `text` is how the cell wrote the index, for the diagnostic. */
export function sharedAt(index: number, text: string | undefined, ctx: ValueContext): CellValue | TooLong | BadCell {
  const entry = ctx.shared.at(index);
  if (entry === undefined) return new BadCell('shared-string-missing', text ?? String(index));
  return textValue(entry);
}

function textValue(entry: CellValue | number): CellValue | TooLong {
  return typeof entry === 'number' ? new TooLong(entry) : entry;
}

function numberValue(raw: RawCell, ctx: ValueContext): StoredValue | BadCell {
  const value = Number(raw.value);
  if (!Number.isFinite(value)) return new BadCell('not-a-number', raw.value);
  return numericValue(value, raw.style, ctx);
}

/** A finite number in a cell of style `style`: a date when the style's format is one. */
export function numericValue(value: number, style: number, ctx: ValueContext): StoredValue {
  if (ctx.dateStyles[style] === true) {
    const date = dateValue(value, ctx.date1904);
    if (date !== undefined) return date;
  }
  return value;
}

// Shared frozen values for dates: forms repeat them endlessly, and every object not allocated
// per cell is one the garbage collector need not copy (measured ~15 % of a large read).
const dates1900 = new Map<number, CellValue | undefined>();
const dates1904 = new Map<number, CellValue | undefined>();

function dateValue(serial: number, date1904: boolean): CellValue | undefined {
  const cache = date1904 ? dates1904 : dates1900;
  if (cache.has(serial)) return cache.get(serial);
  const iso = serialToIso(serial, date1904);
  const value: CellValue | undefined = iso === undefined ? undefined : Object.freeze({ kind: 'date', iso, serial });
  // Bounded: a hostile sheet of distinct fractional serials must not grow the cache without end.
  if (cache.size < 100_000) cache.set(serial, value);
  return value;
}

/** `t="d"`: an ISO 8601 date written as text (LibreOffice and some generators). */
function isoDateValue(text: string, ctx: ValueContext): CellValue | BadCell {
  const serial = isoToSerial(text, ctx.date1904);
  if (serial === undefined) return new BadCell('not-an-iso-date', text);
  return { kind: 'date', iso: text.slice(0, 10), serial };
}
