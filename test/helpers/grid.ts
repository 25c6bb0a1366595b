/**
 * Building WorkbookGrids in code, as the safe reader would produce them, so
 * that core tests need no files. A row is an array of values; `undefined`
 * leaves the cell out, `null` makes an empty (styled) cell.
 */
import type { Cell, CellValue, SheetGrid, SheetState, WorkbookGrid } from '../../src/core/workbook/cell-grid.js';
import { cellRef } from '../../src/core/workbook/cell-grid.js';

export type GridValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | { readonly date: string }
  | { readonly error: string }
  | { readonly formula: string; readonly result?: string | number | null };

export type GridRows = GridValue[][];

export function sheetGrid(name: string, rows: GridRows, state: SheetState = 'visible'): SheetGrid {
  const cells = new Map<string, Cell>();
  let maxRow = 0;
  let maxCol = 0;
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value === undefined) return;
      const row = r + 1;
      const col = c + 1;
      const ref = cellRef(row, col);
      cells.set(ref, { ref, row, col, ...toCell(value) });
      maxRow = Math.max(maxRow, row);
      maxCol = Math.max(maxCol, col);
    });
  });
  return { name, state, cells, maxRow, maxCol };
}

export function workbookGrid(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets, definedNames: new Map() };
}

function toCell(value: Exclude<GridValue, undefined>): { value: CellValue | null; formula?: string } {
  if (value !== null && typeof value === 'object' && 'formula' in value) {
    const result = value.result;
    return { formula: value.formula, value: result === undefined || result === null ? null : toValue(result) };
  }
  return { value: value === null ? null : toValue(value) };
}

function toValue(value: Exclude<GridValue, undefined | null | { formula: string }>): CellValue {
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if ('date' in value) return { kind: 'date', iso: value.date, serial: 0 };
  return { kind: 'error', text: value.error };
}
