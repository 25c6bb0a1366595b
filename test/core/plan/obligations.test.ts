import { describe, expect, it } from 'vitest';
import {
  computeExpectedAgencies,
  computeIndicatorObligations,
  computeObligations,
} from '../../../src/core/plan/obligations.js';
import { agency, buildPlan, indicator, task } from './minimal-plan.js';

const owed = (plan: ReturnType<typeof buildPlan>, year: number) =>
  computeObligations(plan, year).map((o) => `${o.task} ${o.agency} ${o.role}${o.inheritedFrom ? ` ←${o.inheritedFrom}` : ''}`);

describe('computeObligations', () => {
  it.each([
    ['a direct lead and support', { tasks: [task('1.1', ['a'], { support: ['b'] })] }, 2024, ['1.1 a lead', '1.1 b support']],
    [
      'a group expanded',
      { groups: [{ id: 'g', name: 'G', members: ['b', 'c'] }], tasks: [task('1.1', ['g'])] },
      2024,
      ['1.1 b lead', '1.1 c lead'],
    ],
    [
      'nested groups, each agency once',
      {
        groups: [
          { id: 'g', name: 'G', members: ['a', 'h'] },
          { id: 'h', name: 'H', members: ['b', 'a'] },
        ],
        tasks: [task('1.1', ['g', 'h'])],
      },
      2024,
      ['1.1 a lead', '1.1 b lead'],
    ],
    [
      'lead wins over support',
      { groups: [{ id: 'g', name: 'G', members: ['a', 'b'] }], tasks: [task('1.1', ['a'], { support: ['g'] })] },
      2024,
      ['1.1 a lead', '1.1 b support'],
    ],
    [
      'lead wins even when support is listed first through a group',
      { groups: [{ id: 'g', name: 'G', members: ['a'] }], tasks: [task('1.1', ['g'], { support: ['a'] })] },
      2024,
      ['1.1 a lead'],
    ],
    [
      'placeholders owe nothing',
      { tasks: [task('1.1', ['a']), task('2.2', [], { placeholder: true, support: ['b'] })] },
      2024,
      ['1.1 a lead'],
    ],
    [
      'tasks in plan order, agencies by id',
      { tasks: [task('3.1', ['c', 'a']), task('2.10', ['b']), task('2.2.1', ['a'])] },
      2024,
      ['2.2.1 a lead', '2.10 b lead', '3.1 a lead', '3.1 c lead'],
    ],
  ])('%s', (_name, overrides, year, expected) => {
    expect(owed(buildPlan(overrides), year)).toEqual(expected);
  });

  it('a group succeeded by another group: its members before the date, the other group from then on', () => {
    // "UBND các huyện" means the communes from 2025-07-01: the successor group's members, not the old members' successors.
    const plan = buildPlan({
      agencies: [
        agency('a', { until: '2025-06-30', successors: [{ agency: 'b', from: '2025-07-01', functions: ['atvsld'] }] }),
        agency('b', { from: '2025-07-01' }),
        agency('c', { from: '2025-07-01' }),
      ],
      groups: [
        { id: 'huyen', name: 'Huyện', members: ['a'], successor: { group: 'xa', from: '2025-07-01' } },
        { id: 'xa', name: 'Xã', members: ['b', 'c'] },
      ],
      tasks: [task('1.1', ['huyen'])],
    });
    expect(owed(plan, 2024)).toEqual(['1.1 a lead']);
    expect(owed(plan, 2025)).toEqual(['1.1 b lead', '1.1 c lead']);
  });

  describe('agencies that change', () => {
    const plan = buildPlan({
      agencies: [
        agency('a'),
        agency('old', {
          until: '2025-02-28',
          successors: [
            { agency: 'new', from: '2025-03-01', functions: ['atvsld'] },
            { agency: 'a', from: '2025-03-01', functions: ['bao-chi'] },
          ],
        }),
        agency('new', { until: '2026-06-30', successors: [{ agency: 'newer', from: '2026-07-01', functions: ['atvsld'] }] }),
        agency('newer', { from: '2026-07-01' }),
        agency('huyen', { until: '2025-06-30' }),
        agency('late', { from: '2026-01-01' }),
      ],
      tasks: [
        task('1.1', ['old']),
        task('1.2', ['old'], { function: 'bao-chi' }),
        task('3.1', ['huyen', 'late']),
      ],
    });

    it.each([
      [2024, ['1.1 old lead', '1.2 old lead', '3.1 huyen lead']],
      // The duty passes to the successor for the task's function; the district's lapses.
      [2025, ['1.1 new lead ←old', '1.2 a lead ←old']],
      // Successors are followed transitively; an agency created later owes from its first year.
      [2026, ['1.1 newer lead ←old', '1.2 a lead ←old', '3.1 late lead']],
    ])('in %i', (year, expected) => {
      expect(owed(plan, year)).toEqual(expected);
    });
  });
});

describe('computeIndicatorObligations and computeExpectedAgencies', () => {
  const plan = buildPlan({
    agencies: [agency('a'), agency('b', { until: '2024-06-30', successors: [{ agency: 'c', from: '2024-07-01', functions: ['atvsld'] }] }), agency('c')],
    tasks: [task('1.1', ['a'])],
    indicators: [
      indicator({
        parts: [
          { id: 'tu', name: 'T', unit: 'n', reportedBy: ['b'] },
          { id: 'mau', name: 'M', unit: 'n', reportedBy: ['b', 'c'] },
        ],
      }),
    ],
  });

  it('passes indicator parts to successors, once per agency and part', () => {
    expect(computeIndicatorObligations(plan, 2024).map((o) => `${o.part} ${o.agency}`)).toEqual(['mau c', 'tu c']);
  });

  it('lists every agency that owes a task or a figure', () => {
    expect(computeExpectedAgencies(plan, 2024)).toEqual(['a', 'c']);
  });
});
