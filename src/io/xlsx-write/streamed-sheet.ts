/**
 * A worksheet written as it is filled: rows are turned into XML when they
 * are committed (a row's commit writes every row above it too) and then
 * forgotten, so the national report's 40,000 task rows never exist whole.
 * Cells, rows and columns behave as exceljs's streaming ones do where the
 * report's sheets rely on it: a new cell takes its column's style; setting a
 * column's font also sets it on that column's cells in rows that have values;
 * the cells of a merge share their master's style object and value; rows with
 * neither a value nor a height are left out.
 */
import type { AddWorksheetOptions, AutoFilter, CellValue, Font, HeaderFooter, PageSetup, Style, ValueType, WorksheetView } from 'exceljs';
import { cellAddress, columnLetters } from './cell-address.js';
import type { SharedStrings } from './shared-strings.js';
import { pageSetupWithDefaults, sheetHead, sheetTail } from './sheet-setup-xml.js';
import type { LineChartSpec } from './line-chart-xml.js';
import type { Sheet, SheetCell, SheetColumn, SheetRow } from './sheet-api.js';
import type { StyleRegistry } from './style-registry.js';
import type { ZipEntryWriter } from './zip-writer.js';

// exceljs's ValueType numbers (a declared enum: its values are not importable without loading exceljs).
const NULL = 0 as ValueType;
const MERGE = 1 as ValueType;
const NUMBER = 2 as ValueType;
const STRING = 3 as ValueType;
const DATE = 4 as ValueType;

const MS_PER_DAY = 24 * 3600 * 1000;
/** Days from Excel's day 0 (1899-12-30, 1900 system) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;

type Value = string | number | Date | null;

export interface SheetWriting {
  readonly styles: StyleRegistry;
  readonly strings: SharedStrings;
  /** The zip entry for the sheet's XML, opened when the sheet first writes. */
  readonly open: () => ZipEntryWriter;
}

export class StreamedCell implements SheetCell {
  private currentStyle: Partial<Style>;
  /** Whether `currentStyle` is this cell's (or its merge's) own object, which setters may change. */
  private ownsStyle = false;
  private own: Value = null;
  private master: StreamedCell | undefined;
  private mergedInto = 0;

  constructor(column: StreamedColumn) {
    // The column's style, copied only when the cell changes it: most cells get a shared table style instead.
    this.currentStyle = column.cellStyle;
  }

  get style(): Partial<Style> {
    return this.currentStyle;
  }

  set style(v: Partial<Style>) {
    this.currentStyle = v;
    this.ownsStyle = false;
  }

  get value(): CellValue {
    return this.master ? this.master.value : this.own;
  }

  set value(v: CellValue) {
    if (this.master) this.master.value = v;
    else this.own = toValue(v);
  }

  get type(): ValueType {
    if (this.master) return MERGE;
    const v = this.own;
    return v === null ? NULL : typeof v === 'number' ? NUMBER : typeof v === 'string' ? STRING : DATE;
  }

  get isMerged(): boolean {
    return this.mergedInto > 0 || this.master !== undefined;
  }

  get numFmt(): string {
    return this.currentStyle.numFmt as string;
  }
  set numFmt(v: string) {
    if (this.currentStyle.numFmt !== v) this.writableStyle().numFmt = v;
  }
  get font(): Partial<Font> {
    return this.currentStyle.font as Partial<Font>;
  }
  set font(v: Partial<Font>) {
    if (this.currentStyle.font !== v) this.writableStyle().font = v;
  }
  get fill(): Style['fill'] {
    return this.currentStyle.fill as Style['fill'];
  }
  set fill(v: Style['fill']) {
    if (this.currentStyle.fill !== v) this.writableStyle().fill = v;
  }
  get border(): Style['border'] {
    return this.currentStyle.border as Style['border'];
  }
  set border(v: Style['border']) {
    if (this.currentStyle.border !== v) this.writableStyle().border = v;
  }
  get alignment(): Style['alignment'] {
    return this.currentStyle.alignment as Style['alignment'];
  }
  set alignment(v: Style['alignment']) {
    if (this.currentStyle.alignment !== v) this.writableStyle().alignment = v;
  }

  /** Become a non-master cell of `master`'s merge: its value and its style object (changed through either) from now on. */
  mergeInto(master: StreamedCell): void {
    this.own = null;
    this.master = master;
    master.mergedInto += 1;
    this.currentStyle = master.writableStyle();
    this.ownsStyle = true;
  }

  /** The style object to change, copied first when shared (a setter giving the value it already has copies nothing). */
  private writableStyle(): Partial<Style> {
    if (!this.ownsStyle) {
      this.currentStyle = { ...this.currentStyle };
      this.ownsStyle = true;
    }
    return this.currentStyle;
  }

  /** Write the cell's `<c>` element (nothing for an empty cell without style); `row` is the row number's text. */
  writeTo(out: ZipEntryWriter, column: number, row: string, w: SheetWriting): void {
    const v = this.master ? null : this.own;
    const s = w.styles.idOf(this.currentStyle, v instanceof Date);
    if (v === null && !s && !this.master) return;
    out.ascii(cellOpening(column));
    out.ascii(row);
    if (s) out.ascii(styleAttribute(s));
    if (v === null) out.ascii('"/>');
    else if (typeof v === 'string') {
      out.ascii('" t="s"><v>');
      out.digits(w.strings.idInColumn(v, column));
      out.ascii('</v></c>');
    } else {
      out.ascii('"><v>');
      out.ascii(String(typeof v === 'number' ? v : EXCEL_EPOCH_DAYS + v.getTime() / MS_PER_DAY));
      out.ascii('</v></c>');
    }
  }
}

// The pieces of `<c r="B12" s="3"`, made once: the national report writes half a million cells.
const cellOpenings: string[] = [];
const styleAttributes: string[] = [];

/** `<c r="B`: the start of a cell element of `column`, before the row number. */
function cellOpening(column: number): string {
  return (cellOpenings[column] ??= `<c r="${columnLetters(column)}`);
}

/** `" s="3`: the end of the address and the style attribute but its closing quote. */
function styleAttribute(id: number): string {
  return (styleAttributes[id] ??= `" s="${id}`);
}

function toValue(v: CellValue): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  throw new TypeError(`xlsx-write: unsupported cell value ${JSON.stringify(v)}`);
}

export class StreamedRow implements SheetRow {
  height!: number;
  private readonly cells: (StreamedCell | undefined)[] = [];

  constructor(
    private readonly sheet: StreamedSheet,
    readonly number: number,
  ) {}

  getCell(column: number): StreamedCell {
    let cell = this.cells[column - 1];
    if (!cell) {
      cell = new StreamedCell(this.sheet.getColumn(column));
      this.cells[column - 1] = cell;
    }
    return cell;
  }

  eachCell(callback: (cell: StreamedCell, column: number) => void): void {
    const cells = this.cells;
    for (let i = 0; i < cells.length; i += 1) {
      const cell = cells[i];
      if (cell && cell.type !== NULL) callback(cell, i + 1);
    }
  }

  get hasValues(): boolean {
    return this.cells.some((cell) => cell !== undefined && cell.type !== NULL);
  }

  commit(): void {
    this.sheet.commitRow(this);
  }

  writeTo(out: ZipEntryWriter, w: SheetWriting): void {
    const row = String(this.number);
    out.ascii('<row r="');
    out.ascii(row);
    out.ascii(this.height ? `" ht="${this.height}" customHeight="1">` : '">');
    const cells = this.cells;
    for (let i = 0; i < cells.length; i += 1) cells[i]?.writeTo(out, i + 1, row, w);
    out.ascii('</row>');
  }
}

export class StreamedColumn implements SheetColumn {
  width?: number;
  readonly style: Partial<Style> = {};
  private template: Partial<Style> | undefined;

  constructor(
    private readonly sheet: StreamedSheet,
    readonly number: number,
  ) {}

  get font(): Partial<Font> | undefined {
    return this.style.font;
  }

  /** What a new cell of the column starts with: a frozen copy of the column's style, made once per change. */
  get cellStyle(): Partial<Style> {
    return (this.template ??= Object.freeze(inherit(this.style)));
  }

  set font(value: Partial<Font> | undefined) {
    this.style.font = value;
    this.template = undefined;
    this.sheet.eachRowWithValues((row) => {
      row.getCell(this.number).font = value as Partial<Font>;
    });
  }

  /** Whether exceljs would leave the column out of `<cols>`. */
  get isDefault(): boolean {
    const s = this.style;
    const customWidth = this.width !== undefined && this.width !== DEFAULT_WIDTH;
    return !customWidth && !(s.font || s.numFmt || s.alignment || s.border || s.fill || s.protection);
  }
}

const DEFAULT_WIDTH = 9;

/** A new cell's style: its column's (exceljs copies the parts, not the object). */
function inherit(column: Partial<Style>): Partial<Style> {
  const style: Partial<Style> = {};
  if (column.numFmt) style.numFmt = column.numFmt;
  if (column.font) style.font = column.font;
  if (column.alignment) style.alignment = column.alignment;
  if (column.border) style.border = column.border;
  if (column.fill) style.fill = column.fill;
  if (column.protection) style.protection = column.protection;
  return style;
}

/** Equal content (as exceljs compares columns): the same parts, each the same object or alike. */
function sameStyle(a: Partial<Style>, b: Partial<Style>): boolean {
  const keys = Object.keys(a) as (keyof Style)[];
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!(key in b)) return false;
    if (a[key] !== b[key] && JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  }
  return true;
}

interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export class StreamedSheet implements Sheet {
  autoFilter?: AutoFilter;
  private readonly pageSetup: Partial<PageSetup>;
  private readonly headerFooter: Partial<HeaderFooter> | undefined;
  private readonly views: readonly Partial<WorksheetView>[];
  private readonly columns: StreamedColumn[] = [];
  private rows: (StreamedRow | undefined)[] = [];
  private rowZero = 1;
  private readonly merges: Range[] = [];
  /** Height of each written row by row number (0: none given): what page breaks are chosen from. */
  private readonly heights: number[] = [];
  private rowBreaks: readonly number[] = [];
  private out: ZipEntryWriter | undefined;
  private startedData = false;
  private committed = false;

  constructor(
    readonly name: string,
    options: Partial<AddWorksheetOptions>,
    private readonly writing: SheetWriting,
  ) {
    for (const key of Object.keys(options)) {
      if (!['pageSetup', 'headerFooter', 'views', 'state'].includes(key)) throw new Error(`xlsx-write: worksheet option ${key} is not supported`);
    }
    this.state = options.state === 'hidden' ? 'hidden' : 'visible';
    this.pageSetup = pageSetupWithDefaults(options.pageSetup);
    this.headerFooter = options.headerFooter;
    this.views = options.views ?? [];
  }

  /** Charts drawn on the sheet, written with the workbook (streamed-workbook.ts). */
  readonly charts: LineChartSpec[] = [];

  addLineChart(chart: LineChartSpec): void {
    this.charts.push(chart);
  }

  /** Hidden sheets are kept in the file but neither shown nor printed (the technical sheets). */
  readonly state: 'visible' | 'hidden';

  /** "5:5": the rows repeated on every printed page. */
  get printTitlesRow(): string | undefined {
    return this.pageSetup.printTitlesRow;
  }

  /** "A:B": the columns repeated on every printed page. */
  get printTitlesColumn(): string | undefined {
    return this.pageSetup.printTitlesColumn;
  }

  get isCommitted(): boolean {
    return this.committed;
  }

  getRow(rowNumber: number): StreamedRow {
    const index = rowNumber - this.rowZero;
    if (index < 0) throw new Error(`xlsx-write: row ${rowNumber} of ${this.name} is already written`);
    let row = this.rows[index];
    if (!row) {
      row = new StreamedRow(this, rowNumber);
      this.rows[index] = row;
    }
    return row;
  }

  getCell(row: number, column: number): StreamedCell {
    return this.getRow(row).getCell(column);
  }

  getColumn(column: number): StreamedColumn {
    while (this.columns.length < column) this.columns.push(new StreamedColumn(this, this.columns.length + 1));
    return this.columns[column - 1]!;
  }

  rowHeight(rowNumber: number): number | undefined {
    const index = rowNumber - this.rowZero;
    if (index >= 0) return this.rows[index]?.height || undefined;
    return this.heights[rowNumber] || undefined;
  }

  setRowBreaks(rows: readonly number[]): void {
    this.rowBreaks = [...rows].sort((a, b) => a - b);
  }

  mergeCells(top: number, left: number, bottom: number, right: number): void {
    if (this.merges.some((m) => m.left <= right && left <= m.right && m.top <= bottom && top <= m.bottom)) {
      throw new Error(`xlsx-write: ${cellAddress(top, left)}:${cellAddress(bottom, right)} overlaps a merge of ${this.name}`);
    }
    const master = this.getCell(top, left);
    for (let r = top; r <= bottom; r += 1) {
      for (let c = left; c <= right; c += 1) if (r > top || c > left) this.getCell(r, c).mergeInto(master);
    }
    this.merges.push({ top, left, bottom, right });
  }

  eachRowWithValues(callback: (row: StreamedRow) => void): void {
    for (const row of this.rows) if (row?.hasValues) callback(row);
  }

  /** Write out every pending row up to and including `row`. */
  commitRow(row: StreamedRow): void {
    let index = 0;
    while (index < this.rows.length && this.rowZero + index <= row.number) {
      const pending = this.rows[index];
      if (pending) this.writeRow(pending);
      index += 1;
    }
    this.rows = this.rows.slice(index);
    this.rowZero += index;
  }

  /** Write the remaining rows and the sheet's closing parts. */
  commit(): void {
    if (this.committed) return;
    for (const row of this.rows) if (row) this.writeRow(row);
    this.rows = [];
    const out = this.output();
    if (!this.startedData) out.write('<sheetData>');
    const merges = this.merges.map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`);
    out.write(sheetTail({ autoFilter: this.autoFilter, merges, pageSetup: this.pageSetup, headerFooter: this.headerFooter, rowBreaks: this.rowBreaks, drawing: this.charts.length > 0 }));
    out.end();
    this.committed = true;
  }

  private writeRow(row: StreamedRow): void {
    if (row.height) this.heights[row.number] = row.height;
    if (!row.hasValues && !row.height) return;
    const out = this.output();
    if (!this.startedData) {
      out.write(this.colsXml());
      out.write('<sheetData>');
      this.startedData = true;
    }
    row.writeTo(out, this.writing);
  }

  private output(): ZipEntryWriter {
    if (!this.out) {
      this.out = this.writing.open();
      this.out.write(sheetHead(this.pageSetup, this.views));
    }
    return this.out;
  }

  /** `<cols>`, neighbouring columns alike in one element, as exceljs groups them. */
  private colsXml(): string {
    let xml = '';
    let run: { style: Partial<Style>; width: number; min: number; max: number } | undefined;
    const flush = (): void => {
      if (!run) return;
      const style = this.writing.styles.idOf(run.style, false);
      xml += `<col min="${run.min}" max="${run.max}"${run.width ? ` width="${run.width}"` : ''}${style ? ` style="${style}"` : ''} customWidth="1"/>`;
      run = undefined;
    };
    this.columns.forEach((column, index) => {
      if (column.isDefault) flush();
      else if (run && column.width === run.width && sameStyle(column.style, run.style)) run.max = index + 1;
      else {
        flush();
        run = { style: column.style, width: column.width ?? DEFAULT_WIDTH, min: index + 1, max: index + 1 };
      }
    });
    flush();
    return xml ? `<cols>${xml}</cols>` : '';
  }
}
