import { agencyExistsOn } from '../agency-lifetime.js';
import type { Agency } from '../plan-schema.js';
import type { PlanRule } from './rule-context.js';

/**
 * An agency's life and its hand-overs must line up, otherwise obligations
 * silently vanish in the gap: a successor takes over between the agency's
 * `from` and the day after its `until`, and exists on that day.
 */
export const checkSuccessorDates: PlanRule = (ctx) => {
  const agencies = new Map(ctx.plan.agencies.map((a) => [a.id, a]));
  ctx.plan.agencies.forEach((agency, i) => {
    if (agency.from !== undefined && agency.until !== undefined && agency.from > agency.until) {
      ctx.report('PLAN_AGENCY_DATES', { agency: agency.id, from: agency.from, until: agency.until }, ['agencies', i, 'until'], {
        agency: agency.id,
      });
    }
    agency.successors.forEach((successor, j) => {
      const path = ['agencies', i, 'successors', j];
      if (successor.agency === agency.id) {
        ctx.report('PLAN_SUCCESSOR_SELF', { agency: agency.id }, [...path, 'agency'], { agency: agency.id });
        return;
      }
      const target = agencies.get(successor.agency);
      if (target === undefined) return; // reported as an unknown reference
      const reason = dateProblem(agency, target, successor.from);
      if (reason !== undefined) {
        const args = { agency: agency.id, successor: target.id, from: successor.from, ...reason };
        ctx.report('PLAN_SUCCESSOR_DATE', args, [...path, 'from'], { agency: agency.id });
      }
    });
  });
};

function dateProblem(agency: Agency, target: Agency, from: string): { reason: string; reasonEn: string } | undefined {
  if (agency.from !== undefined && from < agency.from) {
    return {
      reason: `trước ngày ${agency.id} bắt đầu tồn tại (${agency.from})`,
      reasonEn: `before ${agency.id} comes into existence (${agency.from})`,
    };
  }
  if (agency.until !== undefined && from > dayAfter(agency.until)) {
    return {
      reason: `để trống khoảng thời gian sau ngày ${agency.id} kết thúc (${agency.until})`,
      reasonEn: `it leaves a gap after ${agency.id} ends (${agency.until})`,
    };
  }
  if (!agencyExistsOn(target, from)) {
    return {
      reason: `${target.id} không tồn tại vào ngày đó (từ ${target.from ?? '…'} đến ${target.until ?? '…'})`,
      reasonEn: `${target.id} does not exist on that day (from ${target.from ?? '…'} to ${target.until ?? '…'})`,
    };
  }
  return undefined;
}

/** `YYYY-MM-DD` of the next day, computed in UTC so the host time zone cannot shift it. */
export function dayAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
