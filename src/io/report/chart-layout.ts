/**
 * Where the indicator sheet's charts go so that none is cut by a printed page
 * (LibreOffice and Excel cut a drawing at a page break, across or down). The
 * charts start a page of their own, under their title; each is as tall as
 * lets two share a page (within limits), and one that would not fit under the
 * previous one starts the next page with a manual break. Across, a chart spans
 * only the leading columns one page holds. Heights are in row points: the
 * rows under the charts are given their height explicitly, so that the plan
 * holds whichever program prints.
 */

export interface ChartLayoutInput {
  /** The row of the charts' title, the first row of their first page. */
  readonly firstRow: number;
  readonly count: number;
  /** The height one printed page holds, in the sheet's row points (printableHeightPoints at the sheet's scale). */
  readonly pageHeightPt: number;
  /** Rows repeated at the top of every printed page (the table's header row), in points. */
  readonly repeatedPt: number;
  /** The height of each row under the charts. */
  readonly rowPt: number;
  /** The tallest and the shortest a chart may be, in rows. */
  readonly maxRows: number;
  readonly minRows: number;
}

export interface ChartPlace {
  /** First and last row (one-based) the chart covers. */
  readonly firstRow: number;
  readonly lastRow: number;
}

export interface ChartLayout {
  readonly charts: readonly ChartPlace[];
  /** Rows a printed page starts at (manual page breaks), the charts' title row first. */
  readonly pageStarts: readonly number[];
  /** The last row the layout uses (for the rows' explicit heights). */
  readonly lastRow: number;
}

/** Left for the printer's own rounding of row heights and for the footer. */
const SLACK = 0.96;

export function layoutCharts(o: ChartLayoutInput): ChartLayout {
  // Rows of the page under the repeated header; at least a title and the shortest chart.
  const perPage = Math.max(o.minRows + 1, Math.floor((o.pageHeightPt * SLACK - o.repeatedPt) / o.rowPt));
  // Two to a page when they can be: the title, two charts and the gap between them.
  const rows = Math.min(o.maxRows, perPage - 1, Math.max(o.minRows, Math.floor((perPage - 2) / 2)));
  const charts: ChartPlace[] = [];
  const pageStarts = [o.firstRow];
  let row = o.firstRow + 1;
  let used = 1;
  for (let i = 0; i < o.count; i++) {
    if (used + rows > perPage) {
      pageStarts.push(row);
      used = 0;
    }
    charts.push({ firstRow: row, lastRow: row + rows - 1 });
    // One empty row between two charts on the same page.
    row += rows + 1;
    used += rows + 1;
  }
  return { charts, pageStarts, lastRow: row - 1 };
}
