/**
 * Parse and validate one workbook grid: the core of `atvsld validate` for a
 * file that could be read. Diagnostics come in reading order: file-wide ones
 * first, then by sheet (as in the workbook), row and column; the same
 * warning repeated down a column is one diagnostic (group-repeated-warnings.ts).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Plan } from '../plan/plan-schema.js';
import type { WorkbookGrid } from '../workbook/cell-grid.js';
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
  const key = (d: Diagnostic): [number, number, number] => {
    const sheet = d.location?.sheet;
    if (sheet === undefined) return [-1, 0, 0];
    const match = /^([A-Z]+)(\d+)$/.exec(d.location?.cell ?? '');
    const col = match ? [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
    return [sheetOrder.get(sheet) ?? sheetOrder.size, match ? Number(match[2]) : 0, col];
  };
  return diagnostics
    .map((d, i) => ({ d, i, k: key(d) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i)
    .map((x) => x.d);
}
