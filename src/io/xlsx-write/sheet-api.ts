/**
 * The part of exceljs's workbook API that atvsld's report sheets are written
 * against. exceljs's own Workbook satisfies it (an in-memory workbook, for
 * tests and small callers), and so does `StreamedWorkbook`, our streaming
 * writer for the national report. Only types from exceljs: using this API
 * does not load exceljs.
 */
import type { LineChartSpec } from './line-chart-xml.js';
import type { AddWorksheetOptions, Alignment, AutoFilter, Borders, CellValue, Fill, Font, Style, ValueType, WorkbookView } from 'exceljs';

export interface SheetCell {
  value: CellValue;
  numFmt: string;
  font: Partial<Font>;
  fill: Fill;
  border: Partial<Borders>;
  alignment: Partial<Alignment>;
  /** The cell's style object; shared with the other cells of a merge. */
  style: Partial<Style>;
  readonly type: ValueType;
  readonly isMerged: boolean;
}

export interface SheetRow {
  height: number;
  getCell(column: number): SheetCell;
  /** Cells with a value (or merged), left to right. */
  eachCell(callback: (cell: SheetCell, column: number) => void): void;
  /** The row is final: a streaming sheet writes it (and every row above it) out and forgets it. */
  commit(): void;
  /** exceljs: a manual page break after this row (a streaming sheet takes its breaks at once: Sheet.setRowBreaks). */
  addPageBreak?(): void;
}

export interface SheetColumn {
  width?: number;
  /** Setting it also sets the font of the column's cells in rows that have values. */
  font?: Partial<Font> | undefined;
}

export interface Sheet {
  getCell(row: number, column: number): SheetCell;
  getRow(row: number): SheetRow;
  getColumn(column: number): SheetColumn;
  mergeCells(top: number, left: number, bottom: number, right: number): void;
  autoFilter?: AutoFilter;
  /** A native line chart (our streamed writer only; exceljs writes none, and its sheets lack this). */
  addLineChart?(chart: LineChartSpec): void;
  /** Our streamed writer: the height given to a row, written out or not (its rows are forgotten once written). */
  rowHeight?(row: number): number | undefined;
  /** Our streamed writer: manual page breaks, each after the given row, written with the sheet's tail. */
  setRowBreaks?(rows: readonly number[]): void;
}

export interface SheetBook {
  creator: string;
  lastModifiedBy: string;
  created: Date;
  modified: Date;
  title: string;
  subject: string;
  views: WorkbookView[];
  addWorksheet(name: string, options?: Partial<AddWorksheetOptions>): Sheet;
}
