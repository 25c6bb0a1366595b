import { describe, expect, it } from 'vitest';
import { computeConsolidation } from '../../../src/core/consolidation/compute-consolidation.js';
import { isLargeChange } from '../../../src/core/consolidation/figure-changes.js';
import { EMPTY_HISTORY } from '../../../src/core/consolidation/indicator-history.js';
import { formatMessage } from '../../../src/core/diagnostics/format.js';
import type { CheckedFile, Submission } from '../../../src/core/submission/submission.js';
import { form, makePlan } from './fixtures.js';

const plan = makePlan();

function changes(files: CheckedFile<Submission>[], previousFiles: CheckedFile<Submission>[]) {
  const report = computeConsolidation({ plan, year: 2025, asOf: '2025-12-28', files, previousFiles, receipts: [], history: EMPTY_HISTORY });
  return report.diagnostics.filter((d) => d.code === 'INDICATOR_LARGE_CHANGE');
}

describe('isLargeChange', () => {
  it.each([
    [1200, 12000, true],
    [12000, 1200, true],
    [100, 301, true],
    [100, 300, false],
    [100, 250, false],
    [0, 15, true],
    [2, 7, false],
    [0, 9, false],
    [5000, 5100, false],
  ])('%d → %d: %s', (previous, value, large) => {
    expect(isLargeChange(previous, value)).toBe(large);
  });
});

describe('INDICATOR_LARGE_CHANGE', () => {
  const a2024 = form({ file: 'a-2024.xlsx', agency: 'a', year: 2024, reportDate: '2024-12-10', parts: { 'kham-bnn': 1200 } });
  const b2024 = form({ file: 'b-2024.xlsx', agency: 'b', year: 2024, reportDate: '2024-12-10', parts: { 'kham-bnn': 50 } });

  it("flags an agency's figure far from its own figure of the year before, at the form and sheet it came from", () => {
    const found = changes(
      [
        form({ file: 'a.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-10', parts: { 'kham-bnn': 12000 } }),
        form({ file: 'b.xlsx', agency: 'b', year: 2025, reportDate: '2025-12-10', parts: { 'kham-bnn': 60 } }),
      ],
      [a2024, b2024],
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      agency: 'a',
      location: { file: 'a.xlsx', sheet: 'Chỉ tiêu' },
      args: { part: 'kham-bnn', name: 'Số người được khám', year: 2025, value: 12000, previousYear: 2024, previous: 1200 },
    });
    expect(formatMessage(found[0]!, 'vi')).toBe(
      'Số liệu "Số người được khám" năm 2025 (12.000) khác xa số liệu năm 2024 (1.200) của Sở A (cơ quan này hoặc cơ quan tiền thân): gấp hơn 3 lần hoặc chưa bằng một phần ba.',
    );
  });

  it('compares nothing without the year before, or for an agency that did not report it then', () => {
    const now = [form({ file: 'a.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-10', parts: { 'kham-bnn': 12000 } })];
    expect(changes(now, [])).toEqual([]);
    expect(changes(now, [b2024])).toEqual([]);
  });

  it("follows successions: a successor's figure is compared with its predecessor's (old 2024 → new 2025)", () => {
    const old2024 = form({ file: 'old-2024.xlsx', agency: 'old', year: 2024, reportDate: '2024-12-10', parts: { chet: 18, 'lao-dong': 200000 } });
    const found = changes(
      [form({ file: 'new.xlsx', agency: 'new', year: 2025, reportDate: '2025-12-10', parts: { chet: 17, 'lao-dong': 2000000 } })],
      [old2024],
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ agency: 'new', args: { part: 'lao-dong', value: 2000000, previous: 200000, previousAgencies: 'Sở Cũ' } });
  });
});
