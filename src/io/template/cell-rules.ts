/**
 * Data validations for the cells an agency fills. Each is attached to single
 * cells, never to whole columns: a whole-column validation makes exceljs's
 * reader hang (docs xlsx-facts, exceljs #1842).
 */
import type { Cell, DataValidation } from 'exceljs';
import { STATUSES } from '../../core/form/form-layout.js';

/** Inline list: the four labels stay far below Excel's 255-character limit for inline lists. */
export const STATUS_LIST_FORMULA = `"${STATUSES.map((s) => s.label).join(',')}"`;

const STATUS_RULE: DataValidation = {
  type: 'list',
  allowBlank: true,
  formulae: [STATUS_LIST_FORMULA],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Tình trạng không hợp lệ',
  error: 'Chọn một tình trạng trong danh sách.',
};

const COUNT_RULE: DataValidation = {
  type: 'whole',
  operator: 'greaterThanOrEqual',
  allowBlank: true,
  formulae: [0],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Số không hợp lệ',
  error: 'Nhập số nguyên không âm (0, 1, 2, …); để trống nếu không có.',
};

const AMOUNT_RULE: DataValidation = {
  type: 'decimal',
  operator: 'greaterThanOrEqual',
  allowBlank: true,
  formulae: [0],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Số tiền không hợp lệ',
  error: 'Nhập số không âm, đơn vị triệu đồng (ví dụ 12,5).',
};

const DATE_RULE: DataValidation = {
  type: 'date',
  operator: 'between',
  allowBlank: true,
  formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Ngày không hợp lệ',
  error: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/12/2024.',
};

export type FillKind = 'status' | 'text' | 'count' | 'amount' | 'date' | 'phone';

/** Validation and number format for a fill cell of the given kind. */
export function applyFillRule(cell: Cell, kind: FillKind): void {
  switch (kind) {
    case 'status':
      cell.dataValidation = STATUS_RULE;
      return;
    case 'count':
      cell.dataValidation = COUNT_RULE;
      cell.numFmt = '#,##0';
      return;
    case 'amount':
      cell.dataValidation = AMOUNT_RULE;
      cell.numFmt = '#,##0.00';
      return;
    case 'date':
      cell.dataValidation = DATE_RULE;
      cell.numFmt = 'dd/mm/yyyy';
      return;
    case 'phone':
      // Text, so a leading zero (0204 …) survives.
      cell.numFmt = '@';
      return;
    case 'text':
      return;
  }
}
