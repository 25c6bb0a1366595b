/**
 * Reading one cell of a form as text or as a number, collecting what is
 * wrong with it: a formula (its cached result is used, with a warning), a
 * formula without a result, an Excel error, a number typed as text.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { cellRef, type Cell, type CellValue, type SheetGrid } from '../workbook/cell-grid.js';
import { normalizeText } from '../text/fold-key.js';
import { isExactNumber, parseViNumber } from './parse-vi-number.js';
import { submissionDiagnostic, type About } from './submission-diagnostic.js';

export interface NumberRead {
  readonly value?: number;
  /** The cell held something that was not accepted as a number. */
  readonly refused: boolean;
}

export class CellReader {
  constructor(
    readonly file: string,
    readonly sheet: SheetGrid,
    private readonly out: Diagnostic[],
  ) {}

  cell(row: number, col: number | undefined): Cell | undefined {
    return col === undefined ? undefined : this.sheet.cells.get(cellRef(row, col));
  }

  isEmpty(row: number, col: number | undefined): boolean {
    const cell = this.cell(row, col);
    return cell === undefined || (cell.formula === undefined && isBlank(cell.value));
  }

  /** Trimmed NFC text; numbers and dates as written; '' when empty or unusable. */
  text(row: number, col: number | undefined, column: string, about: About = {}): string {
    const value = this.read(row, col, column, about);
    return value === undefined ? '' : displayValue(value).trim();
  }

  /** A count (integer) or an amount (fractional allowed); never negative. */
  number(row: number, col: number | undefined, column: string, o: { integer: boolean; about?: About }): NumberRead {
    const cell = this.cell(row, col);
    const about = o.about ?? {};
    const value = this.read(row, col, column, about);
    if (cell === undefined || value === undefined) return { refused: cell !== undefined && !this.isEmpty(row, col) };
    const where = { file: this.file, sheet: this.sheet.name, cell: cell.ref };
    const refuse = (code: 'COUNT_DATE' | 'COUNT_NOT_A_NUMBER' | 'COUNT_AMBIGUOUS' | 'COUNT_NEGATIVE' | 'COUNT_FRACTIONAL' | 'COUNT_TOO_LARGE', shown: string): NumberRead => {
      this.out.push(submissionDiagnostic(code, { column, value: shown }, where, about));
      return { refused: true };
    };
    let number: number;
    if (value.kind === 'number') number = value.value;
    else if (value.kind === 'date') return refuse('COUNT_DATE', formatIsoDate(value.iso));
    else if (value.kind !== 'text') return refuse('COUNT_NOT_A_NUMBER', displayValue(value));
    else {
      const parsed = parseViNumber(value.text);
      if (parsed.kind === 'ambiguous') return refuse('COUNT_AMBIGUOUS', value.text.trim());
      if (parsed.kind === 'invalid') return refuse('COUNT_NOT_A_NUMBER', value.text.trim());
      if (parsed.kind === 'too-large') return refuse('COUNT_TOO_LARGE', shorten(value.text.trim()));
      number = parsed.value;
      this.out.push(submissionDiagnostic('COUNT_TEXT_NUMBER', { column, value: value.text.trim(), number: formatNumber(number) }, where, about));
    }
    // A numeric cell can hold 1e308: finite, but no count; a non-finite value never passes.
    if (!isExactNumber(number)) return refuse('COUNT_TOO_LARGE', formatNumber(number));
    if (number < 0) return refuse('COUNT_NEGATIVE', formatNumber(number));
    if (o.integer && !Number.isInteger(number)) return refuse('COUNT_FRACTIONAL', formatNumber(number));
    return { value: number, refused: false };
  }

  /** The usable value of a cell, undefined when empty; formulas and errors are reported here. */
  read(row: number, col: number | undefined, column: string, about: About = {}): CellValue | undefined {
    const cell = this.cell(row, col);
    if (cell === undefined) return undefined;
    const where = { file: this.file, sheet: this.sheet.name, cell: cell.ref };
    if (cell.formula !== undefined) {
      if (cell.value === null) {
        this.out.push(submissionDiagnostic('VALUE_FORMULA_NO_RESULT', { column, formula: cell.formula }, where, about));
        return undefined;
      }
      this.out.push(submissionDiagnostic('VALUE_FORMULA', { column, formula: cell.formula, value: displayValue(cell.value) }, where, about));
    }
    if (cell.value === null || isBlank(cell.value)) return undefined;
    if (cell.value.kind === 'error') {
      this.out.push(submissionDiagnostic('VALUE_ERROR', { column, value: cell.value.text }, where, about));
      return undefined;
    }
    return cell.value;
  }
}

/**
 * What normalizeText and trim() leave nothing of: white space (trim's own
 * set, which is \s) and the invisible characters normalizeText removes. No
 * NFC mapping turns a character into white space or out of it, so this is
 * `normalizeText(text).trim() === ''` without normalising every cell.
 */
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

function isBlank(value: CellValue | null): boolean {
  return value === null || (value.kind === 'text' && BLANK.test(value.text));
}

export function displayValue(value: CellValue): string {
  switch (value.kind) {
    case 'text':
      return normalizeText(value.text);
    case 'number':
      return formatNumber(value.value);
    case 'date':
      return formatIsoDate(value.iso);
    case 'boolean':
      return value.value ? 'TRUE' : 'FALSE';
    case 'error':
      return value.text;
  }
}

/** vi-VN: 1.234,5 */
export function formatNumber(n: number): string {
  const [whole = '', fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${fraction !== undefined ? `,${fraction}` : ''}`;
}

/** A long text quoted in a message: its start, its length. */
function shorten(text: string): string {
  return text.length <= 40 ? text : `${text.slice(0, 20)}…`;
}

/** `YYYY-MM-DD` → `dd/mm/yyyy`. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
