import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../src/core/consolidation/consolidated-report.js';
import { renderIndicatorChartSvg, targetPoints } from '../../src/render/indicator-chart-svg.js';
import { smallReport } from '../io/report/report-fixture.js';

// The demo's "Số cơ sở được quan trắc": 702 in 2024 on old Bắc Giang, 1.447 on the merged territory (702 + 745), 1.510
// in 2025: +4,35 % against +5 %, "Không đạt".
const merged: IndicatorRow = {
  ...smallReport().indicators[1]!,
  values: { '2023': 655, '2024': 702, '2025': 1510 },
  changePercent: 4.353835521769177,
  met: false,
  cumulative: { fromYear: 2024, changePercent: 4.353835521769177, targetPercent: 5, met: false, baseTerritories: ['bac-giang', 'bac-ninh-cu'], baseValue: 1447 },
  previousTerritories: ['bac-giang', 'bac-ninh-cu'],
  previousValue: 1447,
  flags: [],
};

describe('the chart reads as the verdict does', () => {
  it('draws the target path from the base the verdict compares with: 1.447 on the merged territory, not 702', () => {
    const path = targetPoints(merged, 2025);
    expect(path.map((p) => p.year)).toEqual([2024, 2025]);
    expect(path[0]!.value).toBe(1447);
    expect(path[1]!.value).toBeCloseTo(1519.35, 6); // 1.510 is under it: "Không đạt"
    const svg = renderIndicatorChartSvg(merged, 2025, 0);
    expect(svg).toContain('(người; lộ trình từ năm 2024 trên địa bàn năm 2025)');
    expect(svg).toMatch(/fill="#c00000">1\.447<\/text>/); // where the path starts, since it is not the plotted 702
  });

  it('without a merger, the path starts at the plotted base-year value, which needs no label of its own', () => {
    const row: IndicatorRow = { ...merged, cumulative: { fromYear: 2024, changePercent: 4.35, targetPercent: 5, met: false, baseTerritories: ['bac-ninh'], baseValue: 702 } };
    expect(targetPoints(row, 2025)[0]!.value).toBe(702);
    const svg = renderIndicatorChartSvg(row, 2025, 0);
    expect(svg).toContain('>(người)<');
    expect(svg).not.toMatch(/fill="#c00000">/);
  });
});
