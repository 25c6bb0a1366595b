/**
 * A workbook writer finds each cell's style id by rendering the cell's style
 * to XML, unless it has seen that very style object before. A national
 * report has ≈450,000 table cells but only a few dozen distinct looks, so
 * table cells are given one frozen style object per look (`TableStyles`),
 * found by the identity of its parts — no per-cell key text. Frozen, because
 * a shared object changed through one cell would change all.
 */
import type { Borders, Fill, Font, Style } from 'exceljs';
import type { SheetCell, SheetRow } from '../xlsx-write/sheet-api.js';

type Horizontal = 'left' | 'center' | 'right';

/** Nested maps keyed by the parts of a look: font, fill, number format, alignment, quote prefix. */
export class TableStyles {
  private readonly byFont = new Map<unknown, Map<unknown, Map<unknown, Map<Horizontal, Style[]>>>>();

  constructor(
    private readonly border: Partial<Borders>,
    private readonly alignments: Readonly<Record<Horizontal, Style['alignment']>>,
  ) {}

  /** The shared style for a table cell whose content has set font, fill, number format and quote prefix. */
  of(font: Partial<Font> | undefined, fill: Fill | undefined, numFmt: string | undefined, horizontal: Horizontal, quotePrefix: boolean): Style {
    // Plain lookups, no closures: this runs for every table cell.
    let byFill = this.byFont.get(font);
    if (!byFill) this.byFont.set(font, (byFill = new Map()));
    let byFormat = byFill.get(fill);
    if (!byFormat) byFill.set(fill, (byFormat = new Map()));
    let byAlign = byFormat.get(numFmt);
    if (!byAlign) byFormat.set(numFmt, (byAlign = new Map()));
    let pair = byAlign.get(horizontal);
    if (!pair) byAlign.set(horizontal, (pair = []));
    const index = quotePrefix ? 1 : 0;
    let style = pair[index];
    if (!style) {
      style = Object.freeze({
        ...(numFmt !== undefined ? { numFmt } : {}),
        ...(font !== undefined ? { font } : {}),
        ...(fill !== undefined ? { fill } : {}),
        border: this.border,
        alignment: this.alignments[horizontal],
        ...(quotePrefix ? { quotePrefix: true } : {}),
      }) as Style;
      pair[index] = style;
    }
    return style;
  }

  /** The look last shared in each column: a column's cells mostly look alike, row after row. */
  private readonly lastInColumn: { font: unknown; fill: unknown; numFmt: unknown; horizontal: Horizontal; quotePrefix: boolean; style: Style }[] = [];

  /** Replace the cell's own style object by the shared one of the same look; false when it cannot be shared. */
  share(cell: SheetCell, horizontal: Horizontal, column = 0): boolean {
    const s = cell.style as Partial<Style> & { quotePrefix?: boolean };
    // exceljs caches a style id per object and, without a number format, takes the format from the first cell's type:
    // only text and empty cells may share a format-less style (table numbers and dates always carry a format).
    if (s.numFmt === undefined && (typeof cell.value === 'number' || cell.value instanceof Date)) return false;
    const quotePrefix = s.quotePrefix === true;
    const last = this.lastInColumn[column];
    if (last && last.font === s.font && last.fill === s.fill && last.numFmt === s.numFmt && last.horizontal === horizontal && last.quotePrefix === quotePrefix) {
      cell.style = last.style;
      return true;
    }
    const style = this.of(s.font, s.fill, s.numFmt, horizontal, quotePrefix);
    this.lastInColumn[column] = { font: s.font, fill: s.fill, numFmt: s.numFmt, horizontal, quotePrefix, style };
    cell.style = style;
    return true;
  }
}

/** Commit a finished row: a streaming sheet writes it out and forgets it; an in-memory sheet keeps it as it is. */
export function commitRow(row: SheetRow): void {
  row.commit();
}
