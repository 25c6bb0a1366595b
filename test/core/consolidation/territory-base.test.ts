import { describe, expect, it } from 'vitest';
import { computeConsolidation } from '../../../src/core/consolidation/compute-consolidation.js';
import { IndicatorHistorySchema } from '../../../src/core/consolidation/indicator-history.js';
import { PlanSchema, type Plan } from '../../../src/core/plan/plan-schema.js';
import { territoryComponents, territoryOfYear, jurisdictionId } from '../../../src/core/plan/territories.js';
import { validatePlan } from '../../../src/core/plan/validate-plan.js';
import type { CheckedFile, Submission } from '../../../src/core/submission/submission.js';
import { form, indicatorForms2024, makePlan } from './fixtures.js';

/** The test plan with today's province: tỉnh Mới (from 1/7/2025) = tỉnh Thử + tỉnh Bên (never covered by the plan). */
function mergedPlan(): Plan {
  const plan = makePlan();
  return PlanSchema.parse({
    ...plan,
    jurisdiction: [
      { id: 'thu', name: 'tỉnh Thử', until: '2025-06-30' },
      { id: 'moi', name: 'tỉnh Mới', from: '2025-07-01', formedFrom: [{ id: 'thu' }, { id: 'ben-cu', name: 'tỉnh Bên (cũ)' }] },
    ],
  });
}

const plan = mergedPlan();
const y2024 = indicatorForms2024();
const y2025 = [
  form({ file: 'new.xlsx', agency: 'new', year: 2025, reportDate: '2025-12-10', parts: { chet: 28, 'lao-dong': 350000 } }),
  form({ file: 'a.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-10', parts: { 'kham-bnn': 210 } }),
  form({ file: 'b.xlsx', agency: 'b', year: 2025, reportDate: '2025-12-10', parts: { 'kham-bnn': 100 } }),
];
const benCu2024 = { source: 'Cục Thống kê (mẫu)', parts: { chet: 14, 'lao-dong': 150000, 'kham-bnn': 140 } };

function consolidate(p: Plan, history: unknown, year = 2025, files: CheckedFile<Submission>[] = y2025, previous = y2024) {
  return computeConsolidation({ plan: p, year, asOf: `${year}-12-28`, files, previousFiles: previous, receipts: [], history: IndicatorHistorySchema.parse(history) });
}

describe('the territory of a year', () => {
  it('is the jurisdiction entry in force on the reference date; ids default to the folded name', () => {
    expect(territoryOfYear(plan, 2024).id).toBe('thu');
    expect(territoryOfYear(plan, 2025).id).toBe('moi');
    expect(jurisdictionId({ name: 'tỉnh Bắc Giang' })).toBe('bac-giang');
    expect(jurisdictionId({ name: 'thành phố Đà Nẵng' })).toBe('da-nang');
  });

  it('makes up a merged territory from its parts in a year before the merger, and itself after', () => {
    expect(territoryComponents(plan, 'moi', 2024)).toEqual(['thu', 'ben-cu']);
    expect(territoryComponents(plan, 'moi', 2025)).toEqual(['moi']);
    expect(territoryComponents(plan, 'moi', 2023)).toEqual(['thu', 'ben-cu']);
  });

  it('treats an entry without formedFrom as a new name for the territory before it', () => {
    expect(territoryComponents(makePlan(), 'moi', 2024)).toEqual(['thu']);
  });

  it('refuses a formedFrom part that is neither an earlier entry nor named', () => {
    const bad = PlanSchema.parse({ ...plan, jurisdiction: [{ name: 'tỉnh Thử', until: '2025-06-30' }, { name: 'tỉnh Mới', from: '2025-07-01', formedFrom: [{ id: 'ben-cu' }] }] });
    const territorial = (p: Plan) => validatePlan(p).filter((d) => d.code.startsWith('PLAN_TERRITORY') || d.code === 'PLAN_DUPLICATE_ID');
    expect(territorial(bad).map((d) => [d.code, d.args.part])).toEqual([['PLAN_TERRITORY_PART_INVALID', 'ben-cu']]);
    expect(territorial(plan)).toEqual([]);
  });
});

// Hand-computed. 2025 rate: 28 / 350000 × 1e5 = 8. The 2024 base on tỉnh Mới: deaths 18 + 14 = 32,
// workers 200000 + 150000 = 350000 → 9.142857…; change 8 / 9.142857 − 1 = −12.5 % → met (≤ −4 %).
// Averaging the two rates (9 and 9.333…) would give 9.1667 and −12.73 %: not what is computed.
// Exams: 2025 210 + 100 = 310; base 100 + 50 + 140 = 290; change +6.8966 % → met (≥ +5 %).
describe('a year compared with the sum of the territories it was formed from', () => {
  const report = consolidate(plan, { years: { 2024: { 'ben-cu': benCu2024 } } });
  const [rate, exams] = report.indicators;

  it('sums the parts, recomputes the rate and judges the change on the summed base', () => {
    expect(rate!.previousTerritories).toEqual(['thu', 'ben-cu']);
    expect(rate!.previousParts.chet!.value).toBe(32);
    expect(rate!.previousParts['lao-dong']!.value).toBe(350000);
    expect(rate!.previousValue).toBeCloseTo((32 / 350000) * 1e5, 9);
    expect(rate!.changePercent).toBeCloseTo(-12.5, 9);
    expect(rate!.met).toBe(true);
    expect(exams!.previousValue).toBe(290);
    expect(exams!.changePercent).toBeCloseTo((310 / 290 - 1) * 100, 9);
    expect(exams!.met).toBe(true);
    expect(exams!.flags).not.toContain('TERRITORY_PARTIAL_BASE');
  });

  it('keeps each territory\'s figure and its source; the year column stays the plan\'s territory of that year', () => {
    expect(rate!.previousParts.chet!.components).toEqual([
      { territory: 'thu', value: 18, source: 'submissions', agencies: ['old'] },
      { territory: 'ben-cu', value: 14, source: 'history', agencies: [], note: 'Cục Thống kê (mẫu)' },
    ]);
    expect(rate!.values['2024']).toBe(9);
    expect(report.territories).toEqual([
      { id: 'moi', name: 'tỉnh Mới' },
      { id: 'thu', name: 'tỉnh Thử' },
      { id: 'ben-cu', name: 'tỉnh Bên (cũ)' },
    ]);
  });

  it('follows the same rule for the cumulative change when the base year\'s territory differs', () => {
    const later = consolidate(
      PlanSchema.parse({ ...plan, indicators: plan.indicators.map((i) => ({ ...i, target: { ...i.target, baseYear: 2024 } })) }),
      { years: { 2024: { 'ben-cu': benCu2024 } } },
    );
    expect(later.indicators[0]!.cumulative).toMatchObject({ fromYear: 2024, baseTerritories: ['thu', 'ben-cu'], met: true });
    expect(later.indicators[0]!.cumulative!.changePercent).toBeCloseTo(-12.5, 9);
  });
});

describe('a base with a territory missing', () => {
  const report = consolidate(plan, { years: {} });

  it('still shows the change, gives no verdict, flags it and names the territory and year', () => {
    for (const row of report.indicators) {
      expect(row.changePercent).not.toBeNull();
      expect(row.met).toBeNull();
      expect(row.flags).toContain('TERRITORY_PARTIAL_BASE');
      expect(row.baseGaps).toEqual([{ territory: 'ben-cu', year: 2024, parts: expect.any(Array) }]);
    }
    expect(report.indicators[0]!.changePercent).toBeCloseTo((8 / 9 - 1) * 100, 9);
    const warnings = report.diagnostics.filter((d) => d.code === 'TERRITORY_PARTIAL_BASE');
    expect(warnings.map((d) => [d.args.territoryName, d.args.year])).toEqual([
      ['tỉnh Bên (cũ)', 2024],
      ['tỉnh Bên (cũ)', 2024],
    ]);
  });

  it('is partial when only one part of a rate is missing', () => {
    const half = consolidate(plan, { years: { 2024: { 'ben-cu': { parts: { chet: 14 } } } } });
    expect(half.indicators[0]!.baseGaps).toEqual([{ territory: 'ben-cu', year: 2024, parts: ['lao-dong'] }]);
    expect(half.indicators[0]!.met).toBeNull();
    expect(half.indicators[1]!.met).toBeNull();
  });
});

describe('recorded years', () => {
  it('read a territory entry of the plan\'s own territory as that year\'s figures (a 2026 report sees 2024 and 2025)', () => {
    const history = {
      years: {
        2024: { thu: { parts: { chet: 18, 'lao-dong': 200000, 'kham-bnn': 150 } }, 'ben-cu': benCu2024 },
        2025: { moi: { report: { file: 'bao-cao-tong-hop-2025.xlsx', sha256: 'a'.repeat(64) }, parts: { chet: 28, 'lao-dong': 350000, 'kham-bnn': 310 } } },
      },
    };
    const r2026 = consolidate(plan, history, 2026, [], []);
    expect(r2026.indicators[0]!.values['2024']).toBe(9);
    expect(r2026.indicators[0]!.values['2025']).toBe(8);
    expect(r2026.indicators[0]!.previousTerritories).toEqual(['moi']);
    expect(r2026.indicators[0]!.parts.chet!['2025']).toMatchObject({ value: 28, source: 'history', note: 'báo cáo tổng hợp bao-cao-tong-hop-2025.xlsx' });
    expect(r2026.indicators[1]!.values).toMatchObject({ '2024': 150, '2025': 310 });
  });

  it('read the first shape as the figures of the plan\'s territory of that year', () => {
    const r = consolidate(plan, { years: { 2024: { chet: 18, 'lao-dong': 200000, 'kham-bnn': 150, 'ben-cu': benCu2024 } } }, 2025, y2025, []);
    expect(r.indicators[0]!.previousParts.chet!.components.map((c) => [c.territory, c.value, c.source])).toEqual([
      ['thu', 18, 'history'],
      ['ben-cu', 14, 'history'],
    ]);
    expect(r.indicators[0]!.met).toBe(true);
  });
});
