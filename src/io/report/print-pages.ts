/**
 * Where a printed sheet's pages end. Every row of the report's sheets is
 * given its height (report-table.ts), and each sheet prints at a fixed scale
 * (report-style.ts, printScale), so the pages can be laid out here, row by
 * row, and written as manual page breaks: no group header is left alone at
 * the foot of a page, and the last page never carries a single orphan row.
 * The page is taken a little shorter than it is, so that neither Excel nor
 * LibreOffice needs a break of its own before ours (which would leave a
 * sliver of a page): a break comes early, never late.
 */
import type { Sheet } from '../xlsx-write/sheet-api.js';
import { printableHeightPoints, type Orientation } from './report-style.js';

/** Excel's height of a row given none (the sheets' defaultRowHeight). */
export const DEFAULT_ROW_POINTS = 15;
/** Share of the page's height the rows may fill: row heights are rounded differently by each program. */
const PAGE_FILL = 0.99;
/** Least rows on the last page of a sheet that runs over more than one. */
export const MIN_LAST_PAGE_ROWS = 3;

export interface PageLayout {
  /** Height in points at 100 % of row `row` (1-based). */
  readonly height: (row: number) => number;
  readonly lastRow: number;
  /** Rows repeated at the top of every page (print titles), e.g. the table's header row; none when absent. */
  readonly titleRows?: { readonly from: number; readonly to: number };
  /** Points of rows a page holds at 100 %: the printable height divided by the scale. */
  readonly pagePoints: number;
  /** Rows that must not end a page (a group's header, a section heading, a signature block's lines). */
  readonly keepWithNext?: ReadonlySet<number>;
  /** Least rows on the last page (MIN_LAST_PAGE_ROWS unless given). */
  readonly minLastRows?: number;
}

/**
 * The rows after which a page ends. Pages are filled greedily; a page that
 * would end on a row kept with the next ends before it (unless that would
 * leave the page empty); then, when the last page would carry fewer than
 * `minLastRows` rows, the last break moves up so that it carries that many,
 * when the page before keeps at least as many and the rows still fit.
 * Breaks are never placed above the print titles' last row.
 */
export function choosePageBreaks(layout: PageLayout): number[] {
  const { height, lastRow, pagePoints } = layout;
  const keep = layout.keepWithNext ?? new Set<number>();
  const titles = layout.titleRows;
  const titlePoints = titles ? sum(height, titles.from, titles.to) : 0;
  const firstBody = titles ? titles.to + 1 : 2;
  const breaks: number[] = [];
  let pageFirst = 1;
  let used = 0;
  for (let row = 1; row <= lastRow; row += 1) {
    const h = height(row);
    if (used + h > pagePoints && row > pageFirst && row > firstBody) {
      let last = row - 1;
      while (keep.has(last) && last > pageFirst && last >= firstBody) last -= 1;
      if (last < firstBody || keep.has(last)) last = row - 1;
      breaks.push(last);
      pageFirst = last + 1;
      used = titlePoints + sum(height, pageFirst, row - 1);
    }
    used += h;
  }
  const least = layout.minLastRows ?? MIN_LAST_PAGE_ROWS;
  const lastBreak = breaks.at(-1);
  if (lastBreak !== undefined && lastRow - lastBreak < least) {
    const previousFirst = breaks.length > 1 ? breaks.at(-2)! + 1 : firstBody;
    let moved = lastRow - least;
    while (keep.has(moved) && moved > previousFirst) moved -= 1;
    const keepsEnough = moved - previousFirst + 1 >= least;
    if (moved < lastBreak && moved >= firstBody && keepsEnough && !keep.has(moved) && titlePoints + sum(height, moved + 1, lastRow) <= pagePoints) {
      breaks[breaks.length - 1] = moved;
    }
  }
  return breaks;
}

/** Points of rows a page is filled with at `scale` percent: a little less than it holds (PAGE_FILL). */
export function pagePoints(orientation: Orientation, scale: number): number {
  return (printableHeightPoints(orientation) * PAGE_FILL * 100) / scale;
}

function sum(height: (row: number) => number, from: number, to: number): number {
  let points = 0;
  for (let row = from; row <= to; row += 1) points += height(row);
  return points;
}

export interface SheetPages {
  readonly orientation: Orientation;
  /** The sheet's print scale in percent. */
  readonly scale: number;
  readonly lastRow: number;
  /** The table's header row, repeated on every page. */
  readonly headerRow?: number;
  readonly keepWithNext?: ReadonlySet<number>;
  readonly minLastRows?: number;
}

/** A written row's height in points, Excel's default when it has none. */
export function rowHeightOf(sheet: Sheet): (row: number) => number {
  return (row) => (sheet.rowHeight ? sheet.rowHeight(row) : sheet.getRow(row).height) || DEFAULT_ROW_POINTS;
}

/** Lays a written sheet's rows out on pages and sets the breaks. */
export function setPageBreaks(sheet: Sheet, o: SheetPages): void {
  const breaks = choosePageBreaks({
    height: rowHeightOf(sheet),
    lastRow: o.lastRow,
    ...(o.headerRow !== undefined ? { titleRows: { from: o.headerRow, to: o.headerRow } } : {}),
    pagePoints: pagePoints(o.orientation, o.scale),
    ...(o.keepWithNext ? { keepWithNext: o.keepWithNext } : {}),
    ...(o.minLastRows !== undefined ? { minLastRows: o.minLastRows } : {}),
  });
  if (sheet.setRowBreaks) sheet.setRowBreaks(breaks);
  else for (const row of breaks) sheet.getRow(row).addPageBreak?.();
}
