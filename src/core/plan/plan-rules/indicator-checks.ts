import type { PlanRule } from './rule-context.js';

/** A rate of a part over itself is always 1; a base year before the plan needs figures the tool never collected. */
export const checkIndicators: PlanRule = (ctx) => {
  const firstYear = ctx.plan.calendar.firstYear;
  ctx.plan.indicators.forEach((indicator, i) => {
    const compute = indicator.compute;
    if (compute.kind === 'rate' && compute.numerator === compute.denominator) {
      ctx.report('PLAN_RATE_PARTS', { indicator: indicator.id, part: compute.numerator }, [
        'indicators',
        i,
        'compute',
        'denominator',
      ]);
    }
    if (indicator.target.baseYear < firstYear) {
      ctx.report('PLAN_TARGET_BASE_YEAR', { indicator: indicator.id, baseYear: indicator.target.baseYear, firstYear }, [
        'indicators',
        i,
        'target',
        'baseYear',
      ]);
    }
  });
};
