import { describe, expect, it } from 'vitest';
import { computeConsolidation } from '../../../src/core/consolidation/compute-consolidation.js';
import { IndicatorHistorySchema, type IndicatorHistory } from '../../../src/core/consolidation/indicator-history.js';
import { form, indicatorForms2024, indicatorForms2025, makePlan } from './fixtures.js';
import type { CheckedFile, Submission } from '../../../src/core/submission/submission.js';

const plan = makePlan();

function consolidate(files: CheckedFile<Submission>[], previousFiles: CheckedFile<Submission>[], history: unknown) {
  return computeConsolidation({
    plan,
    year: 2025,
    asOf: '2025-12-28',
    files,
    previousFiles,
    receipts: [],
    history: IndicatorHistorySchema.parse(history) as IndicatorHistory,
  });
}

// Hand-computed: rate 2023 = 20/200000×1e5 = 10; 2024 = 18/200000×1e5 = 9; 2025 = 17/200000×1e5 = 8.5.
// Change 2025: (8.5−9)/9 = −5.5556 % → met (≤ −4). Cumulative from 2023: 8.5/10 − 1 = −15 % vs 0.96² − 1 = −7.84 % → met.
// Exams: 2023 140 (history); 2024 a 100 + b 50 = 150; 2025 a 160 only. Change +6.6667 % would meet +5 %, but b owes the
// part and did not report it: the value is partial, so no verdict (met null), yearly or cumulative (160/140 − 1 = 14.2857 %).
const history = { years: { 2023: { chet: 20, 'lao-dong': { value: 200000, note: 'số liệu mẫu' }, 'kham-bnn': 140 } } };
const y2024 = indicatorForms2024();
const y2025 = indicatorForms2025();

describe('indicators year over year', () => {
  const [rate, exams] = consolidate(y2025, y2024, history).indicators;

  it('computes the rate per year from its parts and history', () => {
    expect(rate!.values).toEqual({ '2023': 10, '2024': 9, '2025': 8.5 });
    expect(rate!.parts.chet).toEqual({
      '2023': { value: 20, source: 'history', agencies: [] },
      '2024': { value: 18, source: 'submissions', agencies: ['old'] },
      '2025': { value: 17, source: 'submissions', agencies: ['new'] },
    });
    expect(rate!.parts['lao-dong']!['2023']).toMatchObject({ source: 'history', note: 'số liệu mẫu' });
    expect(rate!.changePercent).toBeCloseTo(-5.5556, 4);
    expect(rate!.met).toBe(true);
    expect(rate!.cumulative!.changePercent).toBeCloseTo(-15, 9);
    expect(rate!.cumulative!.targetPercent).toBeCloseTo(-7.84, 9);
    expect(rate!.cumulative!.met).toBe(true);
  });

  it('notes a change of agency that is a succession (old → new), and does not call it a change', () => {
    expect(rate!.flags).toEqual(['AGENCIES_REORGANISED']);
    expect(rate!.flagNotes).toEqual([{ flag: 'AGENCIES_REORGANISED', args: { year: 2025, previousYear: 2024, successions: 'Sở Cũ → Sở Mới' } }]);
  });

  it('sums a count over agencies and flags a part some owing agency left out', () => {
    expect(exams!.values).toEqual({ '2023': 140, '2024': 150, '2025': 160 });
    expect(exams!.changePercent).toBeCloseTo(6.6667, 4);
    expect(exams!.met).toBeNull();
    expect(exams!.cumulative!.changePercent).toBeCloseTo(14.2857, 4);
    expect(exams!.cumulative!.targetPercent).toBeCloseTo(10.25, 9);
    expect(exams!.cumulative!.met).toBeNull();
    expect(exams!.flags).toEqual(['AGENCIES_CHANGED', 'PARTS_INCOMPLETE']);
    expect(exams!.flagNotes).toEqual([
      { flag: 'PARTS_INCOMPLETE', args: { missing: '"Số người được khám" (Sở B, 2025)', parts: 'kham-bnn', agencies: 'b' } },
      { flag: 'AGENCIES_CHANGED', args: { year: 2025, previousYear: 2024, added: '—', dropped: 'Sở B' } },
    ]);
    expect(exams!.partInfo).toEqual([{ id: 'kham-bnn', name: 'Số người được khám', unit: 'người', role: 'count' }]);
  });

  it.each([
    // [2024 history, a's 2025 figures (b reports 0), expected change, met, flags]
    ['previous zero', { 2024: { 'kham-bnn': 0 } }, { 'kham-bnn': 10 }, null, null, ['PREVIOUS_ZERO', 'MISSING_BASE']],
    ['missing current', { 2024: { 'kham-bnn': 10 } }, {}, null, null, ['MISSING_VALUE', 'PARTS_INCOMPLETE', 'MISSING_BASE']],
    ['missing previous', {}, { 'kham-bnn': 10 }, null, null, ['MISSING_PREVIOUS', 'MISSING_BASE']],
    ['exactly +5 %', { 2024: { 'kham-bnn': 100 } }, { 'kham-bnn': 105 }, 5, true, ['MISSING_BASE']],
    ['just under +5 %', { 2024: { 'kham-bnn': 1000 } }, { 'kham-bnn': 1049 }, 4.9, false, ['MISSING_BASE']],
  ] as const)('%s', (_name, years, parts, change, met, flags) => {
    const files = [
      form({ file: 'a.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-01', parts }),
      form({ file: 'b.xlsx', agency: 'b', year: 2025, reportDate: '2025-12-01', parts: 'kham-bnn' in parts ? { 'kham-bnn': 0 } : {} }),
    ];
    const report = consolidate(files, [], { years });
    const row = report.indicators[1]!;
    if (change === null) expect(row.changePercent).toBeNull();
    else expect(row.changePercent).toBeCloseTo(change, 9);
    expect(row.met).toBe(met);
    expect(row.flags).toEqual(flags);
  });

  it('meets a decrease of exactly 4 % despite floating point', () => {
    // 2024: 10/100000 → 10; 2025: 9.6 → −4 % exactly on paper.
    const report = consolidate(
      [form({ file: 'new.xlsx', agency: 'new', year: 2025, reportDate: '2025-12-01', parts: { chet: 9.6, 'lao-dong': 100000 } })],
      [],
      { years: { 2024: { chet: 10, 'lao-dong': 100000 } } },
    );
    expect(report.indicators[0]!.changePercent).toBeCloseTo(-4, 9);
    expect(report.indicators[0]!.met).toBe(true);
  });

  it('flags a denominator whose definition changed', () => {
    const report = consolidate(
      [form({ file: 'new.xlsx', agency: 'new', year: 2025, reportDate: '2025-12-01', parts: { chet: 9, 'lao-dong': 100000 } })],
      [],
      { years: { 2024: { chet: 10, 'lao-dong': { value: 100000, definition: 'Số người tham gia BHXH' } } } },
    );
    expect(report.indicators[0]!.flags).toContain('DEFINITION_CHANGED');
  });

  it('gives no rate when the denominator is zero', () => {
    const report = consolidate(
      [form({ file: 'new.xlsx', agency: 'new', year: 2025, reportDate: '2025-12-01', parts: { chet: 1, 'lao-dong': 0 } })],
      [],
      { years: {} },
    );
    expect(report.indicators[0]!.values['2025']).toBeNull();
    expect(report.indicators[0]!.flags).toContain('MISSING_VALUE');
  });
});

describe('figures that cannot be trusted (indicator-flags.ts)', () => {
  // A plan where the rate's parts are reported by two agencies, a and b.
  const twoSources = (() => {
    const p = makePlan();
    const [rate, exams] = p.indicators;
    return {
      ...p,
      indicators: [{ ...rate!, parts: rate!.parts.map((part) => ({ ...part, reportedBy: ['a', 'b'] })) }, exams!],
    };
  })();
  const run = (files: CheckedFile<Submission>[], previous: CheckedFile<Submission>[], history: unknown = { years: {} }, plan = twoSources) =>
    computeConsolidation({ plan, year: 2025, asOf: '2025-12-28', files, previousFiles: previous, receipts: [], history: IndicatorHistorySchema.parse(history) as IndicatorHistory })
      .indicators[0]!;

  it('gives a rate from the agencies that reported both parts, and no verdict while a part is missing', () => {
    // a: 10 deaths / 100 000 workers; b: 5 deaths, workers not given. Unmatched, the rate would be 15/100 000 × 1e5 = 15.
    const row = run(
      [
        form({ file: 'a.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-01', parts: { chet: 10, 'lao-dong': 100000 } }),
        form({ file: 'b.xlsx', agency: 'b', year: 2025, reportDate: '2025-12-01', parts: { chet: 5 } }),
      ],
      [],
      { years: { 2024: { chet: 20, 'lao-dong': 100000 } } },
    );
    expect(row.values['2025']).toBe(10);
    expect(row.met).toBeNull();
    expect(row.flags).toContain('PARTS_INCOMPLETE');
    expect(row.flagNotes?.find((n) => n.flag === 'PARTS_INCOMPLETE')?.args).toMatchObject({ parts: 'lao-dong', agencies: 'b' });
  });

  it('names an owing agency that did not report at all', () => {
    const row = run([form({ file: 'a.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-01', parts: { chet: 10, 'lao-dong': 100000 } })], [], {
      years: { 2024: { chet: 20, 'lao-dong': 100000 } },
    });
    expect(row.met).toBeNull();
    expect(row.cumulative?.met ?? null).toBeNull();
    expect(row.flagNotes?.find((n) => n.flag === 'PARTS_INCOMPLETE')?.args).toMatchObject({ parts: 'chet, lao-dong', agencies: 'b' });
  });

  it.each([
    // [2024 workers, 2025 workers, flagged]: the default limit is 20 % either way.
    [100000, 250000, true], // +150 %
    [100000, 120000, false], // +20 % exactly is within the limit
    [100000, 120001, true],
    [100000, 79000, true], // −21 %
  ] as const)('denominator %i → %i: DENOMINATOR_CHANGED %s', (before, after, flagged) => {
    const row = run(
      [
        form({ file: 'a.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-01', parts: { chet: 10, 'lao-dong': after } }),
        form({ file: 'b.xlsx', agency: 'b', year: 2025, reportDate: '2025-12-01', parts: { chet: 0, 'lao-dong': 0 } }),
      ],
      [],
      { years: { 2024: { chet: 20, 'lao-dong': before } } },
    );
    expect(row.flags.includes('DENOMINATOR_CHANGED')).toBe(flagged);
    if (flagged) expect(row.flagNotes?.find((n) => n.flag === 'DENOMINATOR_CHANGED')?.args).toMatchObject({ previous: before, value: after, limit: 20 });
    // The verdict itself still stands: the flag asks for a second look.
    expect(row.met).not.toBeNull();
  });

  it('takes the limit from the plan', () => {
    const p = structuredClone(twoSources);
    const compute = p.indicators[0]!.compute;
    if (compute.kind === 'rate') compute.denominatorChangeLimit = 200;
    const row = run(
      [
        form({ file: 'a.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-01', parts: { chet: 10, 'lao-dong': 250000 } }),
        form({ file: 'b.xlsx', agency: 'b', year: 2025, reportDate: '2025-12-01', parts: { chet: 0, 'lao-dong': 0 } }),
      ],
      [],
      { years: { 2024: { chet: 20, 'lao-dong': 100000 } } },
      p,
    );
    expect(row.flags).not.toContain('DENOMINATOR_CHANGED');
  });

  it('flags agencies that changed for a reason other than the reorganisation, naming them', () => {
    // 2024: only a reported the rate's parts (b owed them too: partial then); 2025: a and b. Not a succession.
    const row = run(
      [
        form({ file: 'a.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-01', parts: { chet: 10, 'lao-dong': 100000 } }),
        form({ file: 'b.xlsx', agency: 'b', year: 2025, reportDate: '2025-12-01', parts: { chet: 1, 'lao-dong': 10000 } }),
      ],
      [form({ file: 'a-2024.xlsx', agency: 'a', year: 2024, reportDate: '2024-12-01', parts: { chet: 12, 'lao-dong': 100000 } })],
    );
    expect(row.flags).toContain('AGENCIES_CHANGED');
    expect(row.flags).not.toContain('AGENCIES_REORGANISED');
    expect(row.flagNotes?.find((n) => n.flag === 'AGENCIES_CHANGED')?.args).toEqual({ year: 2025, previousYear: 2024, added: 'Sở B', dropped: '—' });
    // 2024's sum left b out: the base is partial, so no verdict either.
    expect(row.met).toBeNull();
  });
});
