/**
 * Only the sheets a clerk can see are the form's (issue 12): a (very) hidden
 * sheet named like a form sheet never shadows the visible one, even placed
 * first and sharing its folded name; it gets FORM_HIDDEN_SHEET. The metadata
 * sheet is the one hidden sheet read.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../../src/core/form/form-layout.js';
import { checkWorkbook } from '../../../src/core/submission/check-workbook.js';
import type { WorkbookGrid } from '../../../src/core/workbook/cell-grid.js';
import { sheetGrid, workbookGrid } from '../../helpers/grid.js';
import { HASH, formGrid, formRows, testPlan } from './form-grid.js';

const plan = testPlan();
const run = (grid: WorkbookGrid) => checkWorkbook(grid, { file: 'bao-cao-atvsld-2025-a.xlsx', sha256: 'x', plan, planHash: HASH, year: 2025 });
const where = (grid: WorkbookGrid) => run(grid).diagnostics.map((d) => `${d.code} ${d.location?.sheet ?? ''}`);

/** The form with a copy of its tasks sheet, every status changed, in front as a sheet of `state`. */
function shadowed(state: 'hidden' | 'veryHidden', visibleName: string): WorkbookGrid {
  const rows = formRows(plan, 'a', 2025);
  const form = formGrid(rows, { names: { tasks: visibleName } });
  const shadowRows = rows.tasks.map((row, r) => (r >= 4 ? row.map((v, c) => (c === 3 ? 'Chưa thực hiện' : v)) : row));
  return workbookGrid(sheetGrid(SHEETS.tasks, shadowRows, state), ...form.sheets);
}

describe('hidden sheets are not the form', () => {
  it.each(['hidden', 'veryHidden'] as const)('a %s "Nhiệm vụ" placed first does not shadow the visible "Nhiệm vụ."; it gets a warning', (state) => {
    const checked = run(shadowed(state, `${SHEETS.tasks}.`));
    expect(checked.submission?.sheets?.tasks).toBe(`${SHEETS.tasks}.`);
    expect(checked.submission?.tasks.map((t) => t.status)).toEqual(['done', 'done', 'done']);
    expect(where(shadowed(state, `${SHEETS.tasks}.`))).toEqual([`FORM_HIDDEN_SHEET ${SHEETS.tasks}`]);
    expect(checked.diagnostics[0]).toMatchObject({ severity: 'warning', args: { sheet: SHEETS.tasks, formSheet: SHEETS.tasks } });
  });

  it('a hidden tasks sheet alone is not read: the form is not recognised by it', () => {
    const rows = formRows(plan, 'a', 2025);
    const form = formGrid(rows, { meta: false });
    const grid = workbookGrid(...form.sheets.map((s) => (s.name === SHEETS.tasks ? { ...s, state: 'hidden' as const } : s)));
    expect(where(grid).sort()).toEqual([`FORM_HIDDEN_SHEET ${SHEETS.tasks}`, 'FORM_NOT_RECOGNISED '].sort());
  });

  it('the very hidden metadata sheet is still read', () => {
    const checked = run(formGrid(formRows(plan, 'a', 2025)));
    expect(checked.diagnostics).toEqual([]);
    expect(checked.submission?.sheets?.meta).toBe(SHEETS.meta);
  });
});
