/**
 * "Chỉ tiêu": the indicator parts the agency reports for year Y, with last
 * year's figure beside the cell to fill so that a slip of a digit shows.
 */
import type { Workbook } from 'exceljs';
import { INDICATOR_COLUMNS, SHEETS, type IndicatorColumnKey } from '../../core/form/form-layout.js';
import { setTextCell } from '../xlsx-write/safe-text.js';
import { applyFillRule, type FillKind } from './cell-rules.js';
import { fitRowHeight } from './row-height.js';
import { writeTableHead } from './table-head.js';
import type { FormIndicatorPart } from './build-form-workbook.js';
import { finishSheet, markFillCell, styleLockedCell } from './form-style.js';

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
  writeTableHead(sheet, {
    title: `SỐ LIỆU CHỈ TIÊU NĂM ${year}`,
    agencyName,
    hint: `Nhập số liệu năm ${year} vào các ô màu vàng (số nguyên không âm); không phát sinh thì nhập 0 — ô để trống được coi là chưa báo cáo.`,
    headerRow: INDICATORS_HEADER_ROW,
    columns: INDICATOR_COLUMNS.map((c) => ({ header: c.header, width: WIDTHS[c.key] })),
  });

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
