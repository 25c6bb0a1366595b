import { describe, expect, it } from 'vitest';
import { computeExpectedAgencies, computeIndicatorObligations, computeObligations } from '../../../src/core/plan/obligations.js';
import {
  agencyByFoldedName,
  agencyById,
  agencyIds,
  expectedAgencies,
  indicatorObligationsOf,
  indicatorPartsByAgency,
  obligationsByAgency,
  obligationsOf,
} from '../../../src/core/plan/plan-index.js';
import { foldKey } from '../../../src/core/text/fold-key.js';
import { agency, buildPlan, indicator, task } from './minimal-plan.js';

const plan = buildPlan({
  agencies: [
    agency('a', { name: 'Sở Y tế', aliases: ['SYT'] }),
    agency('b', { name: 'Sở Nội vụ', shortName: 'SYT' }),
    agency('c', { until: '2024-06-30', successors: [{ agency: 'b', from: '2024-07-01', functions: ['atvsld'] }] }),
  ],
  tasks: [task('1.1', ['a', 'c']), task('1.2', ['b'], { support: ['a'] })],
  indicators: [indicator()],
});

describe('plan lookups', () => {
  it('group the year\'s obligations by agency, as computeObligations gives them', () => {
    for (const year of [2024, 2025]) {
      const grouped = obligationsByAgency(plan, year);
      expect([...grouped.values()].flat()).toEqual(expect.arrayContaining(computeObligations(plan, year)));
      expect([...grouped.values()].flat()).toHaveLength(computeObligations(plan, year).length);
      for (const [id, list] of grouped) expect(list.every((o) => o.agency === id)).toBe(true);
    }
    expect(obligationsByAgency(plan, 2024).get('b')?.map((o) => [o.task, o.role])).toEqual([['1.1', 'lead'], ['1.2', 'lead']]);
    expect(indicatorPartsByAgency(plan, 2024).get('a')?.map((o) => o.part)).toEqual(computeIndicatorObligations(plan, 2024).map((o) => o.part));
  });

  it('give the lists and the expected agencies as obligations.ts computes them', () => {
    for (const year of [2024, 2025]) {
      expect(obligationsOf(plan, year)).toEqual(computeObligations(plan, year));
      expect(indicatorObligationsOf(plan, year)).toEqual(computeIndicatorObligations(plan, year));
      expect(expectedAgencies(plan, year)).toEqual(computeExpectedAgencies(plan, year));
    }
    expect(expectedAgencies(plan, 2024)).toEqual(['a', 'b']);
  });

  it('find an agency by id', () => {
    expect(agencyById(plan).get('b')).toBe(plan.agencies[1]);
    expect(agencyById(plan).get('x')).toBeUndefined();
  });

  it('compute once per plan and year', () => {
    expect(obligationsOf(plan, 2024)).toBe(obligationsOf(plan, 2024));
    expect(expectedAgencies(plan, 2024)).toBe(expectedAgencies(plan, 2024));
    expect(agencyById(plan)).toBe(agencyById(plan));
    expect(obligationsByAgency(plan, 2024)).toBe(obligationsByAgency(plan, 2024));
    expect(obligationsByAgency(plan, 2025)).not.toBe(obligationsByAgency(plan, 2024));
    expect(agencyIds(plan)).toBe(agencyIds(plan));
  });

  it('match folded names to the first agency in plan order that carries them', () => {
    const names = agencyByFoldedName(plan);
    expect(names.get(foldKey('SỞ Y TẾ'))).toBe('a');
    expect(names.get(foldKey('SYT'))).toBe('a');
    expect(names.get(foldKey('Sở Nội vụ'))).toBe('b');
    expect(agencyIds(plan).has('c')).toBe(true);
  });
});
