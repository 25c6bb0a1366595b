import { describe, expect, it } from 'vitest';
import { computeConsolidation } from '../../../src/core/consolidation/compute-consolidation.js';
import { EMPTY_HISTORY } from '../../../src/core/consolidation/indicator-history.js';
import type { Receipt } from '../../../src/core/consolidation/receipt.js';
import { form, makePlan, unreadable } from './fixtures.js';

const plan = makePlan();
const receipt = (sha256: string, receivedAt: string): Receipt => ({
  originalName: 'x.xlsx',
  storedName: 'y.xlsx',
  sha256,
  receivedAt,
  errors: 0,
  warnings: 0,
});

// Expected in 2025: a, b, c, new (old's duties passed to new on 2025-03-01). Deadline 2025-12-20, a Saturday:
// it ends on Monday 2025-12-22 (Điều 148 BLDS 2015), so b, received on 23/12, is 1 day late.
const files = [
  form({ file: 'a.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-18', contactName: 'Nguyễn Văn A' }),
  form({ file: 'b.xlsx', agency: 'b', year: 2025, reportDate: '2025-12-19', sha256: 'sha-b' }),
  form({ file: 'c1.xlsx', agency: 'c', year: 2025, reportDate: '2025-12-10' }),
  form({ file: 'c2.xlsx', agency: 'c', year: 2025, reportDate: '2025-12-15' }),
  form({ file: 'ubnd.xlsx', agency: 'ubnd', year: 2025, reportDate: '2025-12-01' }),
  form({ file: 'who.xlsx', year: 2025, reportDate: '2025-12-01' }),
  unreadable('broken.xlsx'),
];
const receipts = [receipt('sha-b', '2025-12-23T08:00:00+07:00')];

function run(asOf: string, input = files) {
  return computeConsolidation({ plan, year: 2025, asOf, files: input, receipts, history: EMPTY_HISTORY });
}

describe('computeConsolidation: completeness and timeliness', () => {
  it('counts expected, on-time, late, missing and unexpected agencies by hand', () => {
    const report = run('2025-12-28');
    expect(report.completeness).toEqual({
      expected: 4,
      received: 3,
      onTime: 2,
      late: 1,
      missing: 1,
      notYetDue: 0,
      unexpected: 1,
      completenessRate: 0.75,
      timelinessRate: 0.5,
    });
    expect(report.deadline).toBe('2025-12-20');
    expect(report.deadlineEnd).toBe('2025-12-22');
    expect(report.daysToDeadline).toBe(-6);
  });

  it('gives each agency its status, date source, lateness and superseded files', () => {
    const rows = Object.fromEntries(run('2025-12-28').agencies.map((r) => [r.id, r]));
    expect(Object.keys(rows)).toEqual(['a', 'b', 'c', 'new', 'ubnd']);
    expect(rows.a).toMatchObject({ status: 'on-time', receivedOn: '2025-12-18', dateSource: 'cover', daysLate: 0, contact: 'Nguyễn Văn A' });
    expect(rows.b).toMatchObject({ status: 'late', receivedOn: '2025-12-23', dateSource: 'receipt', daysLate: 1 });
    expect(rows.c).toMatchObject({ status: 'on-time', file: 'c2.xlsx', superseded: ['c1.xlsx'] });
    expect(rows.new).toMatchObject({ status: 'missing', notYetDue: false, daysLate: 6, expected: true });
    expect(rows.ubnd).toMatchObject({ expected: false, status: 'on-time' });
  });

  it('before the deadline a missing agency is not yet due', () => {
    const report = run('2025-12-15');
    const row = report.agencies.find((r) => r.id === 'new');
    expect(row).toMatchObject({ status: 'missing', notYetDue: true });
    expect(row?.daysLate).toBeUndefined();
    expect(report.completeness.notYetDue).toBe(1);
    expect(report.daysToDeadline).toBe(7);
    expect(report.diagnostics.filter((d) => d.agency === 'new').map((d) => d.code)).toEqual(['REPORT_NOT_YET_DUE']);
  });

  it('emits consolidation diagnostics with the file they concern', () => {
    const codes = run('2025-12-28').diagnostics.map((d) => [d.code, d.location?.file ?? d.agency]);
    expect(codes).toEqual([
      ['WORKBOOK_NOT_ZIP', 'broken.xlsx'],
      ['SUBMISSION_SUPERSEDED', 'c1.xlsx'],
      ['SUBMISSION_AGENCY_UNKNOWN', 'who.xlsx'],
      ['REPORT_LATE', 'b.xlsx'],
      ['REPORT_MISSING', 'new'],
      ['REPORT_NOT_OWED', 'ubnd.xlsx'],
    ]);
  });

  it('never exceeds 100 % when every agency sends twice', () => {
    const twice = ['a', 'b', 'c', 'new'].flatMap((agency) => [
      form({ file: `${agency}-1.xlsx`, agency, year: 2025, reportDate: '2025-12-01' }),
      form({ file: `${agency}-2.xlsx`, agency, year: 2025, reportDate: '2025-12-02' }),
    ]);
    const { completeness, submissions } = run('2025-12-28', twice);
    expect(completeness).toMatchObject({ expected: 4, received: 4, onTime: 4, completenessRate: 1, timelinessRate: 1 });
    expect(submissions.filter((s) => s.superseded).map((s) => s.file)).toEqual(['a-1.xlsx', 'b-1.xlsx', 'c-1.xlsx', 'new-1.xlsx']);
  });

  it('lists only forms as submissions and counts a form with errors as received', () => {
    const withErrors = [
      form({ file: 'a.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-01', diagnostics: [{ code: 'FORM_NOT_RECOGNISED', severity: 'error', args: {} }] }),
      unreadable('broken.xlsx'),
    ];
    const report = run('2025-12-28', withErrors);
    expect(report.submissions.map((s) => s.file)).toEqual(['a.xlsx']);
    expect(report.agencies.find((r) => r.id === 'a')).toMatchObject({ status: 'on-time', errors: 1 });
    expect(report.completeness.received).toBe(1);
  });

  it('leaves rates null when nobody is expected', () => {
    const empty = computeConsolidation({ plan: { ...plan, tasks: [], indicators: [] }, year: 2025, asOf: '2025-12-01', files: [], receipts: [], history: EMPTY_HISTORY });
    expect(empty.completeness).toMatchObject({ expected: 0, completenessRate: null, timelinessRate: null });
  });

  it('names the coordinator and jurisdiction as they stand in year Y', () => {
    expect(run('2025-12-28').header).toMatchObject({
      jurisdictionName: 'tỉnh Mới',
      coordinator: { id: 'new', name: 'Sở Mới' },
      recipient: { id: 'ubnd' },
    });
  });

  it('gives byte-identical JSON for identical input in any order', () => {
    const one = JSON.stringify(run('2025-12-28'));
    const two = JSON.stringify(run('2025-12-28', [...files].reverse()));
    expect(two).toBe(one);
  });
});
