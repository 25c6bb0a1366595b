/**
 * "_atvsld": what identifies the form when its file is renamed or its cover
 * edited. Very hidden (not listed under Excel's "Unhide"), and protected.
 */
import type { Workbook } from 'exceljs';
import { FORM_VERSION, META_KEYS, SHEETS } from '../../core/form/form-layout.js';
import { setTextCell } from '../xlsx-write/safe-text.js';
import { protectSheet } from './form-style.js';

export interface FormMetaValues {
  planId: string;
  planHash: string;
  agency: string;
  year: number;
  /** `YYYY-MM-DD`: the caller's "today", so the same inputs write the same bytes. */
  generatedOn: string;
}

export function addMetaSheet(workbook: Workbook, meta: FormMetaValues): void {
  const sheet = workbook.addWorksheet(SHEETS.meta, { state: 'veryHidden' });
  const values: Record<keyof typeof META_KEYS, string | number> = {
    marker: '1',
    planId: meta.planId,
    planHash: meta.planHash,
    agency: meta.agency,
    year: meta.year,
    formVersion: FORM_VERSION,
    // Text, not a date cell: a spreadsheet program never re-reads it in its own locale.
    generatedOn: meta.generatedOn,
  };
  (Object.keys(META_KEYS) as (keyof typeof META_KEYS)[]).forEach((key, index) => {
    const row = sheet.getRow(index + 1);
    row.getCell(1).value = META_KEYS[key];
    const value = values[key];
    if (typeof value === 'number') row.getCell(2).value = value;
    else setTextCell(row.getCell(2), value);
  });
  sheet.getColumn(1).width = 16;
  sheet.getColumn(2).width = 70;
  protectSheet(sheet);
}
