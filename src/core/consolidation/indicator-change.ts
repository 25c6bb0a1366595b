/**
 * Change in percent and target verdicts. A yearly target of p % compounds:
 * after n years a decrease target is (1 − p)^n − 1, an increase target
 * (1 + p)^n − 1 (4 %/year over two years is −7,84 %, not −8 %).
 */
import type { Target } from '../plan/plan-schema.js';
import type { CumulativeChange, IndicatorFlag } from './consolidated-report.js';

/** Floating-point slack: a change of exactly −4 % must meet a −4 % target even when computed as −3,9999999999. */
const EPSILON = 1e-9;

export interface YearlyChange {
  readonly changePercent: number | null;
  readonly met: boolean | null;
  readonly flags: readonly IndicatorFlag[];
}

export function computeYearlyChange(target: Target, current: number | null, previous: number | null): YearlyChange {
  const flags: IndicatorFlag[] = [];
  if (current === null) flags.push('MISSING_VALUE');
  if (previous === null) flags.push('MISSING_PREVIOUS');
  else if (previous === 0) flags.push('PREVIOUS_ZERO');
  if (current === null || previous === null || previous === 0) return { changePercent: null, met: null, flags };
  const changePercent = percentChange(current, previous);
  return { changePercent, met: isMet(target.direction, changePercent, target.percentPerYear), flags };
}

export function computeCumulative(target: Target, year: number, current: number | null, base: number | null): CumulativeChange {
  const n = year - target.baseYear;
  const sign = target.direction === 'decrease' ? -1 : 1;
  const targetPercent = (Math.pow(1 + (sign * target.percentPerYear) / 100, n) - 1) * 100;
  if (current === null || base === null || base === 0) {
    return { fromYear: target.baseYear, changePercent: null, targetPercent, met: null };
  }
  const changePercent = percentChange(current, base);
  const met = target.direction === 'decrease' ? changePercent <= targetPercent + EPSILON : changePercent >= targetPercent - EPSILON;
  return { fromYear: target.baseYear, changePercent, targetPercent, met };
}

export function percentChange(current: number, previous: number): number {
  return ((current - previous) / previous) * 100;
}

/** decrease: met when change ≤ −p; increase: met when change ≥ +p. */
export function isMet(direction: Target['direction'], changePercent: number, percentPerYear: number): boolean {
  return direction === 'decrease' ? changePercent <= -percentPerYear + EPSILON : changePercent >= percentPerYear - EPSILON;
}
