import { describe, expect, it } from 'vitest';
import { computeConsolidation } from '../../../src/core/consolidation/compute-consolidation.js';
import { EMPTY_HISTORY } from '../../../src/core/consolidation/indicator-history.js';
import { form, makePlan, type FormSpec } from './fixtures.js';

// These cases test where a date comes from and its day in Vietnam at the 20/21 boundary, so the
// rest-day rule is off here; it is tested on its own below (20/12/2025 is a Saturday).
const strictPlan = makePlan();
const plan = { ...strictPlan, calendar: { ...strictPlan.calendar, extendOverRestDays: false } };

function rowFor(spec: Omit<FormSpec, 'file' | 'agency' | 'year'>, receivedAt?: string) {
  const receipts = receivedAt
    ? [{ originalName: 'o', storedName: 's', sha256: 'sha-a.xlsx', receivedAt, errors: 0, warnings: 0 }]
    : [];
  const report = computeConsolidation({
    plan,
    year: 2025,
    asOf: '2026-01-10',
    files: [form({ file: 'a.xlsx', agency: 'a', year: 2025, ...spec })],
    receipts,
    history: EMPTY_HISTORY,
  });
  return report.agencies.find((r) => r.id === 'a')!;
}

describe('timeliness', () => {
  it.each([
    // [cover date, mtime, receipt, expected date, source, status, days late]
    ['2025-12-20', undefined, undefined, '2025-12-20', 'cover', 'on-time', 0],
    ['2025-12-21', undefined, undefined, '2025-12-21', 'cover', 'late', 1],
    ['2026-01-02', undefined, undefined, '2026-01-02', 'cover', 'late', 13],
    // A file's mtime (UTC) and a receipt count by their date in Vietnam (UTC+7), the deadline's time zone.
    [undefined, '2025-12-19T23:00:00.000Z', undefined, '2025-12-20', 'file-mtime', 'on-time', 0],
    [undefined, '2025-12-20T16:59:59.000Z', undefined, '2025-12-20', 'file-mtime', 'on-time', 0],
    [undefined, '2025-12-20T17:30:00.000Z', undefined, '2025-12-21', 'file-mtime', 'late', 1],
    [undefined, undefined, '2025-12-20T18:00:00+00:00', '2025-12-21', 'receipt', 'late', 1],
    [undefined, undefined, '2025-12-21T06:00:00+07:00', '2025-12-21', 'receipt', 'late', 1],
    [undefined, undefined, '2025-12-20T10:00:00', '2025-12-20', 'receipt', 'on-time', 0],
    ['2025-12-01', '2025-12-02T00:00:00.000Z', '2025-12-22T10:00:00+07:00', '2025-12-22', 'receipt', 'late', 2],
    [undefined, undefined, '2025-12-20T23:30:00+07:00', '2025-12-20', 'receipt', 'on-time', 0],
  ] as const)('cover %s, mtime %s, receipt %s → %s (%s), %s, %i days', (cover, mtime, receipt, date, source, status, days) => {
    const row = rowFor({ reportDate: cover, modifiedAt: mtime }, receipt);
    expect(row).toMatchObject({ receivedOn: date, dateSource: source, status, daysLate: days });
  });

  it('warns when the counted date is after --as-of (a cover date in the future)', () => {
    const report = computeConsolidation({
      plan,
      year: 2025,
      asOf: '2025-12-18',
      files: [form({ file: 'a.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-23' })],
      receipts: [],
      history: EMPTY_HISTORY,
    });
    const warning = report.diagnostics.find((d) => d.code === 'SUBMISSION_DATE_AFTER_AS_OF');
    expect(warning).toMatchObject({ severity: 'warning', agency: 'a', location: { file: 'a.xlsx' } });
    expect(warning?.args).toMatchObject({ date: '23/12/2025', asOf: '18/12/2025' });
  });

  it('keeps an undated submission as received and says the date is unknown', () => {
    const report = computeConsolidation({
      plan,
      year: 2025,
      asOf: '2026-01-10',
      files: [form({ file: 'a.xlsx', agency: 'a', year: 2025 })],
      receipts: [],
      history: EMPTY_HISTORY,
    });
    expect(report.agencies.find((r) => r.id === 'a')).toMatchObject({ status: 'on-time' });
    expect(report.diagnostics.map((d) => d.code)).toContain('SUBMISSION_DATE_UNKNOWN');
    expect(report.submissions[0]).toMatchObject({ onTime: null });
  });

  it.each([
    // [first cover, first mtime, second cover, second mtime, counted]
    ['2025-12-10', '2025-12-01T00:00:00Z', '2025-12-09', '2025-12-30T00:00:00Z', 'first.xlsx'],
    ['2025-12-10', '2025-12-12T00:00:00Z', '2025-12-10', '2025-12-11T00:00:00Z', 'first.xlsx'],
    ['2025-12-10', '2025-12-11T00:00:00Z', '2025-12-10', '2025-12-12T00:00:00Z', 'second.xlsx'],
    [undefined, '2025-12-11T00:00:00Z', '2025-12-01', undefined, 'second.xlsx'],
  ] as const)('duplicates: later cover date, then mtime, counts (%s %s vs %s %s → %s)', (c1, m1, c2, m2, counted) => {
    const report = computeConsolidation({
      plan,
      year: 2025,
      asOf: '2026-01-10',
      files: [
        form({ file: 'first.xlsx', agency: 'a', year: 2025, reportDate: c1, modifiedAt: m1 }),
        form({ file: 'second.xlsx', agency: 'a', year: 2025, reportDate: c2, modifiedAt: m2 }),
      ],
      receipts: [],
      history: EMPTY_HISTORY,
    });
    const other = counted === 'first.xlsx' ? 'second.xlsx' : 'first.xlsx';
    expect(report.agencies.find((r) => r.id === 'a')).toMatchObject({ file: counted, superseded: [other] });
    expect(report.submissions.find((s) => s.file === other)).toMatchObject({ superseded: true, supersededBy: counted });
    expect(report.completeness.received).toBe(1);
  });

  it('does not count a form of another year', () => {
    const report = computeConsolidation({
      plan,
      year: 2025,
      asOf: '2026-01-10',
      files: [form({ file: 'a.xlsx', agency: 'a', year: 2024, reportDate: '2024-12-01' })],
      receipts: [],
      history: EMPTY_HISTORY,
    });
    expect(report.completeness.received).toBe(0);
    expect(report.diagnostics.map((d) => d.code)).toContain('SUBMISSION_OTHER_YEAR');
  });

  it.each([
    // [receipt, status, days late] with the rule on: the Saturday 20/12/2025 deadline ends Monday 22/12.
    ['2025-12-22T16:30:00+07:00', 'on-time', 0],
    ['2025-12-21T10:00:00+07:00', 'on-time', 0],
    ['2025-12-23T08:00:00+07:00', 'late', 1],
    ['2026-01-02T08:00:00+07:00', 'late', 11],
  ] as const)('rest-day rule: received %s → %s, %i days late', (receivedAt, status, days) => {
    const report = computeConsolidation({
      plan: strictPlan,
      year: 2025,
      asOf: '2026-01-10',
      files: [form({ file: 'a.xlsx', agency: 'a', year: 2025 })],
      receipts: [{ originalName: 'o', storedName: 's', sha256: 'sha-a.xlsx', receivedAt, errors: 0, warnings: 0 }],
      history: EMPTY_HISTORY,
    });
    expect(report.deadlineEnd).toBe('2025-12-22');
    expect(report.agencies.find((r) => r.id === 'a')).toMatchObject({ status, daysLate: days });
    expect(report.submissions[0]).toMatchObject({ onTime: days === 0, daysLate: days });
    const late = report.diagnostics.find((d) => d.code === 'REPORT_LATE');
    if (days === 0) expect(late).toBeUndefined();
    else expect(late?.args).toMatchObject({ days, deadline: '22/12/2025' });
  });
});
