/**
 * A ReadonlyMap<string, Cell> stored as one value array per row; Cell objects
 * are made when asked for. A plain Map of a million A1 keys and Cell objects
 * spent most of a large read in hashing and in the garbage collector copying
 * survivors (measured: 0.7 s for 1.2 M inserts; scavenges 390 ms against 31 ms
 * for a bare SAX pass). Here a 100,000-row sheet keeps 100,000 small arrays;
 * numbers sit in them as plain JS numbers and most other values are shared
 * objects (shared strings, dates), so reading allocates almost nothing per cell.
 *
 * Cells come back as fresh objects on each `get`, equal but not identical.
 * Iteration is in row-major order.
 */
import type { Cell, CellValue } from '../../core/workbook/cell-grid.js';
import { type ParsedRef, cachedCellRef, parseCellRef } from './cell-ref.js';
import type { StoredValue } from './cell-value.js';

const scratch: ParsedRef = { row: 0, col: 0, canonical: true };
/** Keys for the formula side table; 16,385 keeps every column (≤ 16,384) distinct. */
const COL_SPAN = 16_385;
/** Rows are not presized past this many slots. */
const MAX_PRESIZE = 64;

/**
 * `undefined` in a row array means "no cell"; `null` a cell without a value (a formula with no
 * cached result); a number a `{ kind: 'number' }` value.
 */
type Slot = StoredValue | null | undefined;

// Small non-negative integers come back as shared frozen values: forms repeat them endlessly.
const SMALL_INT_LIMIT = 4096;
const smallInts: CellValue[] = [];

export class CellMap implements ReadonlyMap<string, Cell> {
  private readonly rows: Array<Slot[] | undefined> = [];
  private readonly rowNumbers: number[] = [];
  private readonly formulas = new Map<number, string>();
  private rowsSorted = true;
  /** The last row created and the slots its cells need: the next row is presized like it. */
  private newest: Slot[] | undefined;
  private newestUsed = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds or replaces the cell at `row`, `col` (both 1-based). */
  put(row: number, col: number, value: StoredValue | null, formula?: string): void {
    let slots = this.rows[row];
    if (slots === undefined) {
      // Sized like the previous row: a growing array keeps ~40 % unused capacity. Only like the
      // previous one, and capped, so one wide row cannot make a million narrow ones wide.
      const width = Math.min(this.newestUsed, MAX_PRESIZE);
      slots = width > 0 ? new Array<Slot>(width) : [];
      this.newest = slots;
      this.newestUsed = 0;
      this.rows[row] = slots;
      const last = this.rowNumbers[this.rowNumbers.length - 1];
      if (last !== undefined && last > row) this.rowsSorted = false;
      this.rowNumbers.push(row);
    }
    if (slots[col] === undefined) this.count += 1;
    slots[col] = value;
    if (slots === this.newest && col >= this.newestUsed) this.newestUsed = col + 1;
    if (formula !== undefined) this.formulas.set(row * COL_SPAN + col, formula);
    else if (this.formulas.size > 0) this.formulas.delete(row * COL_SPAN + col);
  }

  at(row: number, col: number): Cell | undefined {
    const value = this.rows[row]?.[col];
    return value === undefined ? undefined : this.makeCell(row, col, value);
  }

  get(ref: string): Cell | undefined {
    return parseCellRef(ref, scratch) ? this.at(scratch.row, scratch.col) : undefined;
  }

  has(ref: string): boolean {
    return parseCellRef(ref, scratch) && this.rows[scratch.row]?.[scratch.col] !== undefined;
  }

  *values(): MapIterator<Cell> {
    if (!this.rowsSorted) {
      this.rowNumbers.sort((a, b) => a - b);
      this.rowsSorted = true;
    }
    for (const row of this.rowNumbers) {
      const slots = this.rows[row] ?? [];
      for (let col = 0; col < slots.length; col += 1) {
        const value = slots[col];
        if (value !== undefined) yield this.makeCell(row, col, value);
      }
    }
  }

  *keys(): MapIterator<string> {
    for (const cell of this.values()) yield cell.ref;
  }

  *entries(): MapIterator<[string, Cell]> {
    for (const cell of this.values()) yield [cell.ref, cell];
  }

  [Symbol.iterator](): MapIterator<[string, Cell]> {
    return this.entries();
  }

  forEach(callback: (value: Cell, key: string, map: ReadonlyMap<string, Cell>) => void, thisArg?: unknown): void {
    for (const cell of this.values()) callback.call(thisArg, cell, cell.ref, this);
  }

  private makeCell(row: number, col: number, stored: StoredValue | null): Cell {
    const ref = cachedCellRef(row, col);
    const value = typeof stored === 'number' ? numberValue(stored) : stored;
    const formula = this.formulas.size > 0 ? this.formulas.get(row * COL_SPAN + col) : undefined;
    return formula === undefined ? { ref, row, col, value } : { ref, row, col, value, formula };
  }
}

function numberValue(value: number): CellValue {
  if (!Number.isInteger(value) || value < 0 || value >= SMALL_INT_LIMIT || Object.is(value, -0)) {
    return { kind: 'number', value };
  }
  return (smallInts[value] ??= Object.freeze({ kind: 'number', value }));
}
