/**
 * Parse and validate one workbook grid: the core of `atvsld validate` for a
 * file that could be read. Diagnostics come in reading order: file-wide ones
 * first, then by sheet (as in the workbook), row and column; the same
 * warning repeated down a column is one diagnostic (group-repeated-warnings.ts).
 */
import { orderByIndex } from '../collections/order-by-index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Plan } from '../plan/plan-schema.js';
import type { WorkbookGrid } from '../workbook/cell-grid.js';
import { readA1, type A1Place } from '../workbook/read-a1.js';
import { groupRepeatedWarnings } from './group-repeated-warnings.js';
import { parseSubmission, type ParseResult } from './parse-submission.js';
import type { CheckedFile, Submission } from './submission.js';
import { validateSubmission } from './validate-submission.js';

export interface CheckContext {
  readonly file: string;
  readonly sha256: string;
  readonly modifiedAt?: string;
  readonly plan: Plan;
  readonly planHash?: string;
  readonly year?: number;
}

export function checkWorkbook(grid: WorkbookGrid, ctx: CheckContext): CheckedFile<Submission> {
  return checkParsedWorkbook(parseWorkbook(grid, ctx), ctx);
}

/** What checking needs of the grid once it is parsed: a caller can let go of the grid before the checks run. */
export interface ParsedWorkbook {
  readonly parsed: ParseResult;
  /** Sheet name → its place in the workbook, for ordering diagnostics. */
  readonly sheetOrder: ReadonlyMap<string, number>;
}

/** The first half of checkWorkbook: the grid read as a form. */
export function parseWorkbook(grid: WorkbookGrid, ctx: CheckContext): ParsedWorkbook {
  return { parsed: parseSubmission(grid, ctx), sheetOrder: new Map(grid.sheets.map((s, i) => [s.name, i])) };
}

/** The second half of checkWorkbook: the parsed form against the plan, diagnostics grouped and in reading order. */
export function checkParsedWorkbook({ parsed, sheetOrder }: ParsedWorkbook, ctx: CheckContext): CheckedFile<Submission> {
  const found = parsed.submission ? validateSubmission(parsed.submission, { ...ctx, fileName: ctx.file }) : [];
  return {
    file: ctx.file,
    sha256: ctx.sha256,
    ...(parsed.submission && { submission: parsed.submission }),
    diagnostics: sortByPlace(groupRepeatedWarnings([...parsed.diagnostics, ...found]), sheetOrder),
  };
}

export function sortByPlace(diagnostics: readonly Diagnostic[], sheetOrder: ReadonlyMap<string, number>): Diagnostic[] {
  // Keys in typed arrays, not an object per diagnostic: a form of 150,000 task rows has as many diagnostics.
  const n = diagnostics.length;
  const sheets = new Float64Array(n);
  const rows = new Float64Array(n);
  const cols = new Float64Array(n);
  const place: A1Place = { row: 0, col: 0 };
  const compare = (a: number, b: number): number => sheets[a]! - sheets[b]! || rows[a]! - rows[b]! || cols[a]! - cols[b]! || a - b;
  for (let i = 0; i < n; i += 1) {
    const at = diagnostics[i]!.location;
    if (at?.sheet === undefined) sheets[i] = -1;
    else {
      const found = readA1(at.cell ?? '', place, true);
      sheets[i] = sheetOrder.get(at.sheet) ?? sheetOrder.size;
      rows[i] = found ? place.row : 0;
      cols[i] = found ? place.col : 0;
    }
  }
  return orderByIndex(diagnostics, compare);
}
