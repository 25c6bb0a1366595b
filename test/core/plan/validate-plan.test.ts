import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../src/core/plan/validate-plan.js';
import { agency, buildPlan, indicator, task } from './minimal-plan.js';

const codes = (plan: ReturnType<typeof buildPlan>) => validatePlan(plan).map((d) => d.code);

describe('validatePlan', () => {
  it('finds nothing in a plain plan', () => {
    expect(validatePlan(buildPlan())).toEqual([]);
  });

  it.each([
    ['duplicate agency id', { agencies: [agency('a'), agency('a')] }, ['PLAN_DUPLICATE_ID']],
    ['agency and group share ids', { groups: [{ id: 'a', name: 'Nhóm', members: ['b'] }] }, ['PLAN_DUPLICATE_ID']],
    ['duplicate task id', { tasks: [task('1.1', ['a']), task('1.1', ['b'])] }, ['PLAN_DUPLICATE_ID']],
    ['duplicate part id across indicators', { indicators: [indicator(), indicator({ id: 'khac' })] }, ['PLAN_DUPLICATE_ID', 'PLAN_DUPLICATE_ID']],
    ['unknown lead', { tasks: [task('1.1', ['x'])] }, ['PLAN_UNKNOWN_REFERENCE']],
    ['unknown support', { tasks: [task('1.1', ['a'], { support: ['x'] })] }, ['PLAN_UNKNOWN_REFERENCE']],
    ['unknown group member', { groups: [{ id: 'g', name: 'Nhóm', members: ['a', 'x'] }] }, ['PLAN_UNKNOWN_REFERENCE']],
    ['successor names a group', {
      agencies: [agency('a', { until: '2025-02-28', successors: [{ agency: 'g', from: '2025-03-01', functions: ['atvsld'] }] })],
      groups: [{ id: 'g', name: 'Nhóm', members: ['a'] }],
    }, ['PLAN_UNKNOWN_REFERENCE']],
    ['unknown coordinator', { calendar: { agencyDeadline: '12-20', consolidationDeadline: '12-31', coordinator: 'x', recipient: 'a', firstYear: 2024 } }, ['PLAN_UNKNOWN_REFERENCE']],
    ['unknown reporter', { indicators: [indicator({ parts: [{ id: 'tu', name: 'T', unit: 'n', reportedBy: ['x'] }, { id: 'mau', name: 'M', unit: 'n', reportedBy: ['a'] }] })] }, ['PLAN_UNKNOWN_REFERENCE']],
    ['unknown compute part', { indicators: [indicator({ compute: { kind: 'count', part: 'khac' } })] }, ['PLAN_UNKNOWN_REFERENCE']],
    ['unknown atMost part', { indicators: [indicator({ parts: [{ id: 'tu', name: 'T', unit: 'n', reportedBy: ['a'], atMost: ['x'] }, { id: 'mau', name: 'M', unit: 'n', reportedBy: ['a'] }] })] }, ['PLAN_UNKNOWN_REFERENCE']],
    ['group cycle', { groups: [{ id: 'g', name: 'G', members: ['h'] }, { id: 'h', name: 'H', members: ['a', 'g'] }] }, ['PLAN_GROUP_CYCLE']],
    ['group containing itself', { groups: [{ id: 'g', name: 'G', members: ['g'] }] }, ['PLAN_GROUP_CYCLE']],
    ['group successor that is not a group', { groups: [{ id: 'g', name: 'G', members: ['a'], successor: { group: 'b', from: '2025-07-01' } }] }, ['PLAN_UNKNOWN_REFERENCE']],
    ['group succeeded by itself through another', {
      groups: [{ id: 'g', name: 'G', members: ['a'], successor: { group: 'h', from: '2025-07-01' } }, { id: 'h', name: 'H', members: ['g'] }],
    }, ['PLAN_GROUP_CYCLE']],
    ['group successor', {
      groups: [{ id: 'g', name: 'G', members: ['a'], successor: { group: 'h', from: '2025-07-01' } }, { id: 'h', name: 'H', members: ['b'] }],
    }, []],
    ['task without lead', { tasks: [task('1.1', [])] }, ['PLAN_TASK_WITHOUT_LEAD']],
    ['placeholder without lead is fine', { tasks: [task('1.1', ['a']), task('2.2', [], { placeholder: true })] }, []],
    ['agency starting after it ends', { agencies: [agency('a'), agency('b', { from: '2025-03-01', until: '2025-02-28' })] }, ['PLAN_AGENCY_DATES']],
    ['rate of a part over itself', { indicators: [indicator({ compute: { kind: 'rate', numerator: 'tu', denominator: 'tu', scale: 1 } })] }, ['PLAN_RATE_PARTS']],
    ['base year before the first year', { indicators: [indicator({ target: { direction: 'increase', percentPerYear: 5, baseYear: 2020 } })] }, ['PLAN_TARGET_BASE_YEAR']],
  ])('%s', (_name, overrides, expected) => {
    expect(codes(buildPlan(overrides))).toEqual(expected);
  });

  describe('successors', () => {
    const withSuccessor = (successor: Record<string, unknown>, ended: Record<string, unknown> = {}, target: Record<string, unknown> = {}) =>
      buildPlan({
        agencies: [
          agency('a'),
          agency('old', { until: '2025-02-28', successors: [{ functions: ['atvsld'], ...successor }], ...ended }),
          agency('new', target),
        ],
        tasks: [task('1.1', ['old'])],
      });

    it.each([
      ['the day after until', { agency: 'new', from: '2025-03-01' }, {}, {}, []],
      ['on the last day', { agency: 'new', from: '2025-02-28' }, {}, {}, []],
      ['leaving a gap', { agency: 'new', from: '2025-03-02' }, {}, {}, ['PLAN_SUCCESSOR_DATE']],
      ['before the agency exists', { agency: 'new', from: '2023-01-01' }, { from: '2024-01-01' }, {}, ['PLAN_SUCCESSOR_DATE']],
      ['to an agency not yet created', { agency: 'new', from: '2025-03-01' }, {}, { from: '2025-07-01' }, ['PLAN_SUCCESSOR_DATE']],
      ['to an agency already gone', { agency: 'new', from: '2025-03-01' }, {}, { until: '2025-01-31' }, ['PLAN_SUCCESSOR_DATE']],
      ['to itself', { agency: 'old', from: '2025-03-01' }, {}, {}, ['PLAN_SUCCESSOR_SELF']],
      ['to nowhere', { agency: 'nowhere', from: '2025-03-01' }, {}, {}, ['PLAN_UNKNOWN_REFERENCE']],
    ])('%s', (_name, successor, ended, target, expected) => {
      expect(codes(withSuccessor(successor, ended, target))).toEqual(expected);
    });
  });

  describe('duty lapses', () => {
    it('notes once per agency and function, listing the duties that lapse', () => {
      const plan = buildPlan({
        agencies: [agency('a'), agency('huyen', { until: '2025-06-30' })],
        groups: [{ id: 'cap-huyen', name: 'UBND cấp huyện', members: ['huyen'] }],
        tasks: [task('3.1', ['cap-huyen']), task('1.2', ['a'], { support: ['huyen'] }), task('2.2', [], { placeholder: true, support: ['huyen'] })],
        indicators: [indicator({ parts: [{ id: 'tu', name: 'T', unit: 'n', reportedBy: ['huyen'] }, { id: 'mau', name: 'M', unit: 'n', reportedBy: ['a'] }] })],
      });
      const notes = validatePlan(plan);
      expect(notes.map((d) => [d.code, d.severity, d.agency, d.args['duties']])).toEqual([
        ['PLAN_DUTY_LAPSES', 'info', 'huyen', '1.2, 3.1, tu'],
      ]);
    });

    it('says nothing when a successor takes the function', () => {
      const plan = buildPlan({
        agencies: [agency('a'), agency('old', { until: '2025-02-28', successors: [{ agency: 'a', from: '2025-03-01', functions: ['atvsld'] }] })],
        tasks: [task('1.1', ['old'])],
      });
      expect(validatePlan(plan)).toEqual([]);
    });

    it('notes a function the successors do not take', () => {
      const plan = buildPlan({
        agencies: [agency('a'), agency('old', { until: '2025-02-28', successors: [{ agency: 'a', from: '2025-03-01', functions: ['bao-chi'] }] })],
        tasks: [task('1.1', ['old'])],
      });
      expect(validatePlan(plan).map((d) => [d.code, d.args['function']])).toEqual([['PLAN_DUTY_LAPSES', 'atvsld']]);
    });
  });

  it('locates each finding through the callback, by plan path', () => {
    const seen: (string | number)[][] = [];
    const locate = (path: (string | number)[]) => {
      seen.push(path);
      return { line: 7, column: 3 };
    };
    const [d] = validatePlan(buildPlan({ tasks: [task('1.1', ['a']), task('1.2', ['a', 'x'])] }), locate);
    expect(d?.location).toEqual({ line: 7, column: 3 });
    expect(d?.task).toBe('1.2');
    expect(d?.args['path']).toBe('tasks[1].lead[1]');
    expect(seen).toEqual([['tasks', 1, 'lead', 1]]);
  });

  it('suggests a close id for an unknown reference', () => {
    const [d] = validatePlan(buildPlan({ agencies: [agency('a'), agency('so-y-te')], tasks: [task('1.1', ['so-yte'])] }));
    expect(d?.args['suggestVi']).toContain('so-y-te');
  });
});
