/**
 * "Chỉ tiêu": the indicator parts the agency reports for year Y, with last
 * year's figure beside the cell to fill so that a slip of a digit shows.
 */
import type { Workbook } from 'exceljs';
import { INDICATOR_COLUMNS, SHEETS, type IndicatorColumnKey } from '../../core/form/form-layout.js';
import { setTextCell } from '../xlsx-write/safe-text.js';
import { applyFillRule, type FillKind } from './cell-rules.js';
import { fitRowHeight } from './row-height.js';
import type { FormIndicatorPart } from './build-form-workbook.js';
import { BOLD_FONT, NOTE_FONT, finishSheet, markFillCell, setColumns, styleHeaderCell, styleLockedCell, writeTitle } from './form-style.js';

export const INDICATORS_HEADER_ROW = 4;

const WIDTHS: Record<IndicatorColumnKey, number> = {
  partId: 22,
  name: 55,
  unit: 14,
  previous: 16,
  value: 18,
  notes: 35,
};

export function addIndicatorsSheet(workbook: Workbook, agencyName: string, year: number, parts: readonly FormIndicatorPart[]): void {
  const sheet = workbook.addWorksheet(SHEETS.indicators, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: INDICATORS_HEADER_ROW, topLeftCell: `A${INDICATORS_HEADER_ROW + 1}` }],
  });
  setColumns(sheet, INDICATOR_COLUMNS.map((c) => WIDTHS[c.key]));
  writeTitle(sheet, 1, INDICATOR_COLUMNS.length, `SỐ LIỆU CHỈ TIÊU NĂM ${year}`);
  writeTitle(sheet, 2, INDICATOR_COLUMNS.length, agencyName, BOLD_FONT);
  const hint = sheet.getCell(3, 1);
  hint.value = `Nhập số liệu năm ${year} vào các ô màu vàng (số nguyên không âm); không phát sinh thì nhập 0 — ô để trống được coi là chưa báo cáo.`;
  hint.font = NOTE_FONT;

  const header = sheet.getRow(INDICATORS_HEADER_ROW);
  INDICATOR_COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    styleHeaderCell(cell);
  });
  fitRowHeight(sheet, header);

  parts.forEach(({ part, previous }, index) => {
    const row = sheet.getRow(INDICATORS_HEADER_ROW + 1 + index);
    INDICATOR_COLUMNS.forEach((column, columnIndex) => {
      const cell = row.getCell(columnIndex + 1);
      if (column.kind !== 'locked') {
        markFillCell(cell);
        applyFillRule(cell, column.kind as FillKind);
        return;
      }
      if (column.key === 'previous') {
        if (previous !== undefined) {
          cell.value = previous;
          cell.numFmt = Number.isInteger(previous) ? '#,##0' : '#,##0.00';
        }
      } else {
        setTextCell(cell, column.key === 'partId' ? part.id : column.key === 'name' ? part.name : part.unit);
      }
      styleLockedCell(cell);
    });
    fitRowHeight(sheet, row);
  });
  finishSheet(sheet, 'landscape', INDICATORS_HEADER_ROW);
}
