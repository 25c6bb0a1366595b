/** The indicators table: one row per indicator part, its figure for the year. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { INDICATOR_COLUMNS, type IndicatorColumnKey } from '../form/form-layout.js';
import type { SheetGrid } from '../workbook/cell-grid.js';
import { CellReader } from './cell-reader.js';
import { tableColumns, type HeaderMatch } from './find-header-row.js';
import type { IndicatorReport } from './submission.js';

const HEADERS = new Map<string, string>(INDICATOR_COLUMNS.map((c) => [c.key, c.header]));

export function parseIndicators(sheet: SheetGrid, header: HeaderMatch, file: string, out: Diagnostic[]): IndicatorReport[] {
  const reader = new CellReader(file, sheet, out);
  const col = (key: IndicatorColumnKey): number | undefined => header.columns.get(key);
  const rows: IndicatorReport[] = [];
  const columns = tableColumns(INDICATOR_COLUMNS, header);
  for (let row = header.row + 1; row <= sheet.maxRow; row += 1) {
    const partId = reader.text(row, col('partId'), HEADERS.get('partId')!).toLowerCase();
    // Rows without an id carry nothing the plan can place (titles, signatures).
    if (partId === '') continue;
    const cells = columns.cellsOf(row);
    const read = reader.number(row, col('value'), HEADERS.get('value')!, { integer: true });
    rows.push({
      partId,
      row,
      sheet: sheet.name,
      ...(read.value !== undefined && { value: read.value }),
      notes: reader.text(row, col('notes'), HEADERS.get('notes')!),
      cells,
      ...(read.refused && { valueRefused: true }),
    });
  }
  return rows;
}
