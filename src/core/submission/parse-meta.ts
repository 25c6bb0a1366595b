/** The hidden `_atvsld` sheet: keys in column A, values in column B. */
import { META_KEYS } from '../form/form-layout.js';
import { normalizeText } from '../text/fold-key.js';
import { getCell, type CellValue, type SheetGrid } from '../workbook/cell-grid.js';
import { readDate } from './read-date.js';
import type { CellOrigin, FormMeta } from './submission.js';

const MAX_ROWS = 50;

/** Undefined when the sheet does not carry the form marker (some other sheet of that name). */
export function parseMeta(sheet: SheetGrid): FormMeta | undefined {
  const values = new Map<string, { value: CellValue; origin: CellOrigin }>();
  for (let row = 1; row <= Math.min(sheet.maxRow, MAX_ROWS); row += 1) {
    const key = getCell(sheet, row, 1)?.value;
    const cell = getCell(sheet, row, 2);
    if (key?.kind !== 'text' || !cell?.value) continue;
    values.set(normalizeText(key.text).trim(), { value: cell.value, origin: { sheet: sheet.name, cell: cell.ref } });
  }
  if (!values.has(META_KEYS.marker)) return undefined;
  const text = (key: string): string | undefined => {
    const v = values.get(key)?.value;
    if (v?.kind === 'text') return normalizeText(v.text).trim() || undefined;
    return v?.kind === 'number' ? String(v.value) : undefined;
  };
  const integer = (key: string): number | undefined => {
    const t = text(key);
    return t !== undefined && /^\d+$/.test(t) ? Number(t) : undefined;
  };
  // Written as ISO text; a program that re-saved the form may have made it a date cell.
  const date = (key: string): string | undefined => {
    const v = values.get(key)?.value;
    if (v === undefined) return undefined;
    const read = readDate(v);
    return 'iso' in read ? read.iso : undefined;
  };
  const fields = {
    planId: text(META_KEYS.planId),
    planHash: text(META_KEYS.planHash),
    agency: text(META_KEYS.agency),
    year: integer(META_KEYS.year),
    formVersion: integer(META_KEYS.formVersion),
    generatedOn: date(META_KEYS.generatedOn),
  };
  const origins: Record<string, CellOrigin> = {};
  for (const [field, key] of Object.entries(META_KEYS)) {
    const origin = values.get(key)?.origin;
    if (origin) origins[field] = origin;
  }
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return { ...defined, origins };
}
