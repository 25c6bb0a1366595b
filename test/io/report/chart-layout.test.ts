import { describe, expect, it } from 'vitest';
import { layoutCharts } from '../../../src/io/report/chart-layout.js';

// The indicators sheet prints landscape at 89 %: a page holds (8,27 − 1,2) × 72 / 0,89 = 572 pt of rows.
const page = { firstRow: 24, pageHeightPt: 572, repeatedPt: 47, rowPt: 15, maxRows: 18, minRows: 12 };

describe('layoutCharts: no chart straddles a printed page', () => {
  it('starts the charts on a page of their own, two to a page, the third on the next', () => {
    // (572 × 0,96 − 47) / 15 = 33 rows a page: the title, two charts of 15 rows and the row between them.
    const layout = layoutCharts({ ...page, count: 3 });
    expect(layout.charts).toEqual([
      { firstRow: 25, lastRow: 39 },
      { firstRow: 41, lastRow: 55 },
      { firstRow: 57, lastRow: 71 },
    ]);
    expect(layout.pageStarts).toEqual([24, 57]);
    expect(layout.lastRow).toBe(72);
  });

  it('keeps charts at most 18 rows tall on a page that holds more', () => {
    // At 60 %: (8,27 − 1,2) × 72 / 0,6 = 848 pt → 51 rows; (51 − 2) / 2 = 24, capped at 18. The title and two charts
    // with their gaps use 1 + 19 + 19 = 39 rows; the third's 18 more would make 57 > 51, so it starts the next page.
    const layout = layoutCharts({ ...page, pageHeightPt: 848, count: 3 });
    expect(layout.charts.map((c) => c.lastRow - c.firstRow + 1)).toEqual([18, 18, 18]);
    expect(layout.pageStarts).toEqual([24, 63]);
  });

  it('on a page too short for two, one chart a page, never shorter than 12 rows', () => {
    const layout = layoutCharts({ ...page, pageHeightPt: 400, count: 2 });
    // (400 × 0,96 − 47) / 15 = 22 rows: the title and one chart of 12 rows; the second starts the next page.
    expect(layout.charts).toEqual([
      { firstRow: 25, lastRow: 36 },
      { firstRow: 38, lastRow: 49 },
    ]);
    expect(layout.pageStarts).toEqual([24, 38]);
  });

  it('with no chart, only the title row', () => {
    expect(layoutCharts({ ...page, count: 0 })).toEqual({ charts: [], pageStarts: [24], lastRow: 24 });
  });
});
