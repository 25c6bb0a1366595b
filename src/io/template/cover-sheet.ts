/**
 * "Thông tin chung": labels in column A (found by the parser by label, so
 * rows may move), values in column B, a hint in column C. Agency and year are
 * pre-filled and locked; the rest are the agency's to fill.
 */
import type { Workbook } from 'exceljs';
import { COVER_FIELDS, SHEETS, type CoverFieldKey } from '../../core/form/form-layout.js';
import { setTextCell } from '../xlsx-write/safe-text.js';
import { applyFillRule, type FillKind } from './cell-rules.js';
import { fitRowHeight } from './row-height.js';
import { BOLD_FONT, NOTE_FONT, finishSheet, markFillCell, setColumns, styleLockedCell, writeTitle } from './form-style.js';

const FIRST_ROW = 3;

const FILL_KINDS: Partial<Record<CoverFieldKey, FillKind>> = { reportDate: 'date', phone: 'phone' };

const hints = (year: number): Partial<Record<CoverFieldKey, string>> => ({
  reportDate: `ngày/tháng/năm, ví dụ 15/12/${year}`,
  phone: 'số điện thoại liên hệ khi cần làm rõ',
  signer: 'họ và tên người ký báo cáo',
});

export function addCoverSheet(workbook: Workbook, agencyName: string, year: number): void {
  const sheet = workbook.addWorksheet(SHEETS.cover);
  setColumns(sheet, [24, 50, 40]);
  writeTitle(sheet, 1, 3, `THÔNG TIN CHUNG VỀ BÁO CÁO NĂM ${year}`);
  const hintOf = hints(year);
  COVER_FIELDS.forEach((field, index) => {
    const row = sheet.getRow(FIRST_ROW + index);
    const label = row.getCell(1);
    label.value = field.label;
    styleLockedCell(label);
    label.font = BOLD_FONT;
    const value = row.getCell(2);
    if (field.key === 'agencyName') {
      setTextCell(value, agencyName);
      styleLockedCell(value);
    } else if (field.key === 'year') {
      value.value = year;
      styleLockedCell(value);
      value.alignment = { horizontal: 'left', vertical: 'top' };
    } else {
      markFillCell(value);
      applyFillRule(value, FILL_KINDS[field.key] ?? 'text');
    }
    const hint = row.getCell(3);
    hint.value = [field.required ? 'bắt buộc' : 'không bắt buộc', hintOf[field.key]].filter(Boolean).join('; ');
    hint.font = NOTE_FONT;
    hint.alignment = { vertical: 'top', wrapText: true };
    fitRowHeight(sheet, row);
  });
  finishSheet(sheet, 'portrait');
}
