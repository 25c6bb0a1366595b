import { describe, expect, it } from 'vitest';
import { reportingWindow, swapDayAndMonth } from '../../../src/core/submission/validate-report-date.js';

describe('reportingWindow', () => {
  it.each([
    ['12-20', 2025, { from: '2025-12-01', to: '2026-01-31' }],
    ['11-30', 2025, { from: '2025-11-01', to: '2025-12-31' }],
    ['01-15', 2024, { from: '2024-01-01', to: '2024-02-29' }],
  ])('deadline %s of %i: from the first of its month to the end of the next', (agencyDeadline, year, expected) => {
    expect(reportingWindow({ agencyDeadline }, year)).toEqual(expected);
  });
});

describe('swapDayAndMonth', () => {
  it.each([
    ['2025-10-12', '2025-12-10'],
    ['2026-05-01', '2026-01-05'],
    ['2025-12-12', undefined],
    ['2025-03-13', undefined],
    ['2025-02-30', undefined],
  ])('%s → %s', (iso, expected) => {
    expect(swapDayAndMonth(iso)).toBe(expected);
  });
});
