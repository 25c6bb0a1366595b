import { describe, expect, it } from 'vitest';
import { formSheetCellLimit, sheetCellLimit, SMALL_SHEET_CELLS } from '../../../src/core/form/sheet-cell-limits.js';

/** A plan's size is all the rule looks at. */
const planOf = (tasks: number, indicators: number) => ({
  tasks: Array.from({ length: tasks }, () => ({}) as never),
  indicators: Array.from({ length: indicators }, () => ({}) as never),
});

describe('how many cells a sheet of a returned form may hold (docs/reading.md)', () => {
  it('the Bắc Giang plan (13 tasks, 3 indicators): the tasks and indicators sheets hold 50,000 cells, the floor', () => {
    expect(formSheetCellLimit(planOf(13, 3))).toBe(50_000);
    // 49 tasks and 1 indicator is still the floor: 1,000 × 50 = 50,000.
    expect(formSheetCellLimit(planOf(49, 1))).toBe(50_000);
  });

  it('a plan with more than 50 tasks and indicators: 1,000 cells for each', () => {
    expect(formSheetCellLimit(planOf(200, 5))).toBe(205_000);
  });

  it('the cover and the metadata sheet hold 5,000 cells, whatever the plan, however the name is written', () => {
    const limit = sheetCellLimit(planOf(200, 5));
    expect(limit('Thông tin chung')).toBe(SMALL_SHEET_CELLS);
    expect(limit('THÔNG TIN CHUNG'.normalize('NFD'))).toBe(5_000);
    expect(limit('_atvsld')).toBe(5_000);
  });

  it('the tasks and indicators sheets, and any other sheet (read to find a renamed form sheet by its headings), get the plan\'s cap', () => {
    const limit = sheetCellLimit(planOf(13, 3));
    expect(limit('Nhiệm vụ')).toBe(50_000);
    expect(limit('Chỉ tiêu')).toBe(50_000);
    expect(limit('Sheet1')).toBe(50_000);
  });
});
