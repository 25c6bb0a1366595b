/**
 * exceljs finds each cell's style id by rendering the cell's style to XML,
 * unless it has seen that very style object before; every cell owns its own
 * style object, so a national report (≈450,000 cells) spent most of its
 * writing time there. Cells with equal styles are given one shared object,
 * either once the sheets are complete (`shareStyles`) or row by row as a
 * streaming workbook commits them (`commitRow`). Only share what nothing will
 * restyle afterwards: a shared object changed through one cell changes all.
 */
import type { Cell, Row, Workbook } from 'exceljs';

type Sharer = (cell: Cell) => void;

function createSharer(): Sharer {
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
  return (cell) => {
    const { numFmt, font, border, fill, alignment, protection, ...rest } = cell.style;
    // Without a number format exceljs picks one from the value's type, so the type is part of the key.
    const key = [numFmt ?? `type ${cell.type}`, part(font), part(border), part(fill), JSON.stringify(alignment), JSON.stringify(protection), JSON.stringify(rest)].join('|');
    const found = shared.get(key);
    if (found) cell.style = found;
    else shared.set(key, cell.style);
  };
}

export function shareStyles(workbook: Workbook): void {
  const share = createSharer();
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, share));
  });
}

/** Workbooks whose committed rows are final (a streaming writer forgets them): their rows share styles on commit. */
const rowSharers = new WeakMap<object, Sharer>();

export function shareStylesOnCommit(workbook: Workbook): void {
  rowSharers.set(workbook, createSharer());
}

/** Commit a finished row: a streaming sheet writes it out and forgets it; an in-memory sheet keeps it as it is. */
export function commitRow(row: Row): void {
  const share = rowSharers.get(row.worksheet.workbook);
  if (share) row.eachCell({ includeEmpty: true }, share);
  row.commit();
}
