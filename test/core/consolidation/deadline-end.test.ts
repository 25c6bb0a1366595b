import { describe, expect, it } from 'vitest';
import { computeDaysLate, computeDeadlineEnd, isRestDay } from '../../../src/core/consolidation/deadline-end.js';

const ON = { extendOverRestDays: true, daysOff: [] as string[] };

describe('deadline end (Bộ luật Dân sự 2015, Điều 148, khoản 5)', () => {
  it.each([
    // [nominal, rule, end, rest days skipped]
    ['2025-12-20', ON, '2025-12-22', ['2025-12-20', '2025-12-21']], // Saturday → Monday
    ['2025-12-21', ON, '2025-12-22', ['2025-12-21']], // Sunday → Monday
    ['2025-12-19', ON, '2025-12-19', []], // Friday stays
    ['2026-01-01', ON, '2026-01-02', ['2026-01-01']], // Tết Dương lịch (a Thursday) → Friday
    ['2026-04-30', ON, '2026-05-04', ['2026-04-30', '2026-05-01', '2026-05-02', '2026-05-03']], // 30/4, 1/5, weekend
    ['2026-02-16', { extendOverRestDays: true, daysOff: ['2026-02-16', '2026-02-17', '2026-02-18'] }, '2026-02-19', ['2026-02-16', '2026-02-17', '2026-02-18']],
    ['2025-12-20', { extendOverRestDays: false, daysOff: [] }, '2025-12-20', []], // rule switched off
  ] as const)('%s → %s', (nominal, rule, end, restDays) => {
    expect(computeDeadlineEnd(nominal, { extendOverRestDays: rule.extendOverRestDays, daysOff: [...rule.daysOff] })).toEqual({
      nominal,
      end,
      restDays,
    });
  });

  it.each([
    ['2025-12-20', true],
    ['2025-12-21', true],
    ['2025-12-22', false],
    ['2025-09-02', true],
  ] as const)('%s is a rest day: %s', (date, rest) => {
    expect(isRestDay(date, [])).toBe(rest);
  });

  it.each([
    // [end, date, days late]: the end day itself is on time
    ['2025-12-22', '2025-12-20', 0],
    ['2025-12-22', '2025-12-22', 0],
    ['2025-12-22', '2025-12-23', 1],
    ['2025-12-22', '2025-12-28', 6],
    ['2025-12-22', '2026-01-02', 11],
  ] as const)('end %s, received %s → %i days late', (end, date, days) => {
    expect(computeDaysLate(end, date)).toBe(days);
  });
});
