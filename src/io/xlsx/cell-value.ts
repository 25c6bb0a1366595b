/**
 * A `<c>` element's type attribute and raw text → CellValue. Returns a
 * string (a reason) when the cell must be dropped with a diagnostic.
 */
import type { CellValue } from '../../core/workbook/cell-grid.js';
import { isoToSerial, serialToIso } from './excel-date.js';
import type { SharedStrings } from './shared-strings-part.js';
import { toValue } from './shared-strings-part.js';

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

const TRUE_VALUE: CellValue = Object.freeze({ kind: 'boolean', value: true });
const FALSE_VALUE: CellValue = Object.freeze({ kind: 'boolean', value: false });

export function computeCellValue(raw: RawCell, ctx: ValueContext): CellValue | null | TooLong | string {
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

function sharedValue(index: string, ctx: ValueContext): CellValue | TooLong | string {
  const entry = ctx.shared[Number(index)];
  if (entry === undefined) return `shared string ${index} does not exist`;
  return textValue(entry);
}

function textValue(entry: CellValue | number): CellValue | TooLong {
  return typeof entry === 'number' ? new TooLong(entry) : entry;
}

function numberValue(raw: RawCell, ctx: ValueContext): CellValue | string {
  const value = Number(raw.value);
  if (!Number.isFinite(value)) return `"${raw.value.slice(0, 40)}" is not a number`;
  if (ctx.dateStyles[raw.style] === true) {
    const iso = serialToIso(value, ctx.date1904);
    if (iso !== undefined) return { kind: 'date', iso, serial: value };
  }
  return { kind: 'number', value };
}

/** `t="d"`: an ISO 8601 date written as text (LibreOffice and some generators). */
function isoDateValue(text: string, ctx: ValueContext): CellValue | string {
  const serial = isoToSerial(text, ctx.date1904);
  if (serial === undefined) return `"${text.slice(0, 40)}" is not an ISO date`;
  return { kind: 'date', iso: text.slice(0, 10), serial };
}
