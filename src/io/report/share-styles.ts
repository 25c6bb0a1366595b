/**
 * exceljs finds each cell's style id by rendering the cell's style to XML,
 * unless it has seen that very style object before; every cell owns its own
 * style object, so a national report (≈450,000 cells) spent most of its
 * writing time there. Once the sheets are complete, cells with equal styles
 * are given one shared object. Only call it when nothing will restyle a
 * cell afterwards: a shared object changed through one cell changes all.
 */
import type { Workbook } from 'exceljs';

export function shareStyles(workbook: Workbook): void {
  const shared = new Map<string, object>();
  // Fonts, borders and fills are mostly shared constants: known by identity, cheaper than by content.
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const part = (value: unknown): string => {
    if (value === undefined || value === null || typeof value !== 'object') return String(value);
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = nextId++));
    return `#${id}`;
  };
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const { numFmt, font, border, fill, alignment, protection, ...rest } = cell.style;
        // Without a number format exceljs picks one from the value's type, so the type is part of the key.
        const key = [numFmt ?? `type ${cell.type}`, part(font), part(border), part(fill), JSON.stringify(alignment), JSON.stringify(protection), JSON.stringify(rest)].join('|');
        const found = shared.get(key);
        if (found) cell.style = found;
        else shared.set(key, cell.style);
      });
    });
  });
}
