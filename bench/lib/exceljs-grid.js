// exceljs workbook → atvsld's WorkbookGrid, for the naive baseline: what a
// straightforward implementation on exceljs's full reader would do.
import { cellRef } from '../../dist/core/workbook/cell-grid.js';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function gridFromExceljs(workbook) {
  const sheets = workbook.worksheets.map((ws) => {
    const cells = new Map();
    let maxRow = 0;
    let maxCol = 0;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const formula = cell.formula ?? cell.sharedFormula;
        const value = toValue(formula !== undefined ? cell.result : cell.value);
        if (value === null && formula === undefined) return;
        const ref = cellRef(r, c);
        cells.set(ref, { ref, row: r, col: c, value, ...(formula !== undefined ? { formula } : {}) });
        maxRow = Math.max(maxRow, r);
        maxCol = Math.max(maxCol, c);
      });
    });
    return { name: ws.name.normalize('NFC'), state: ws.state ?? 'visible', cells, maxRow, maxCol };
  });
  return { sheets, definedNames: new Map() };
}

function toValue(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : { kind: 'text', text: v.normalize('NFC') };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) {
    const iso = v.toISOString().slice(0, 10);
    return { kind: 'date', iso, serial: (v.getTime() - EXCEL_EPOCH) / 86400000 };
  }
  if (Array.isArray(v.richText)) return { kind: 'text', text: v.richText.map((r) => r.text).join('').normalize('NFC') };
  if (typeof v.text === 'string') return { kind: 'text', text: v.text.normalize('NFC') };
  if (typeof v.error === 'string') return { kind: 'error', text: v.error };
  return null;
}
