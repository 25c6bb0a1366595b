/**
 * How many cells each sheet of a returned form may hold before the rest of
 * the sheet is left unread (WORKBOOK_TOO_MANY_CELLS, an error at the first
 * cell past the cap; the cells before it are kept and checked).
 *
 * A form is a few hundred cells. The caps are hundreds of times that, so a
 * clerk's notes never reach them; what reaches them is a pasted data dump or
 * a hostile file, which would otherwise cost seconds and hundreds of MB and
 * bury the one useful message under a hundred thousand others. Rule and
 * examples: docs/reading.md, "How many cells a sheet may hold".
 */
import type { Plan } from '../plan/plan-schema.js';
import { foldKey } from '../text/fold-key.js';
import { SHEETS } from './form-layout.js';

/**
 * The cover and the metadata sheet: the form as issued has 25 and 14 cells;
 * notes, a signature block or a pasted letterhead add tens. 5,000 is 200
 * times the cover, while a cover of 1.2 million cells took 6 s and 587 MB.
 */
export const SMALL_SHEET_CELLS = 5_000;

/**
 * The tasks and indicators sheets (and, when the form's sheets are not found
 * by name, any sheet read to find them by their headings): at least 50,000
 * cells — 5,000 full task rows of 10 columns, about 400 times the largest
 * tasks sheet of the Bắc Giang plan (13 tasks) — and 1,000 cells (100 full
 * rows) for each task and indicator of a larger plan.
 */
export const FORM_SHEET_MIN_CELLS = 50_000;
export const FORM_SHEET_CELLS_PER_ENTRY = 1_000;

const SMALL_SHEETS = new Set([SHEETS.cover, SHEETS.meta].map(foldKey));

/** The cap of the tasks and indicators sheets for `plan`. */
export function formSheetCellLimit(plan: Pick<Plan, 'tasks' | 'indicators'>): number {
  return Math.max(FORM_SHEET_MIN_CELLS, FORM_SHEET_CELLS_PER_ENTRY * (plan.tasks.length + plan.indicators.length));
}

/** The cap of the sheet named `name` (folded: case, Unicode form and dots do not count) in a form for `plan`. */
export function sheetCellLimit(plan: Pick<Plan, 'tasks' | 'indicators'>): (name: string) => number {
  const large = formSheetCellLimit(plan);
  return (name) => (SMALL_SHEETS.has(foldKey(name)) ? SMALL_SHEET_CELLS : large);
}
