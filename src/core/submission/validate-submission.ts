/**
 * A parsed form against the plan: identity (plan, year, agency), cover,
 * tasks owed, indicator figures. Every problem is reported; none stops the
 * others. Obligations are those of the form's own year (the `--year`
 * expected only decides FORM_OTHER_YEAR), so a form for another year is
 * still checked on its own terms.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Plan } from '../plan/plan-schema.js';
import type { Submission } from './submission.js';
import { validateCover } from './validate-cover.js';
import { validateIdentity } from './validate-identity.js';
import { validateIndicators } from './validate-indicators.js';
import { validateTasks } from './validate-tasks.js';

export interface ValidateContext {
  readonly plan: Plan;
  readonly planHash?: string;
  /** Expected reporting year (`--year`); absent: not checked. */
  readonly year?: number;
  /** File name (or path) as received, compared with the agency in the form. */
  readonly fileName: string;
}

export function validateSubmission(submission: Submission, ctx: ValidateContext): Diagnostic[] {
  const identity = validateIdentity(submission, ctx);
  // Against another plan's form, task and figure checks would only add noise.
  if (identity.some((d) => d.code === 'FORM_OTHER_PLAN')) return identity;
  const year = submission.year ?? ctx.year;
  return [
    ...identity,
    ...validateCover(submission, year, ctx.plan.calendar),
    ...validateTasks(submission, ctx.plan, year),
    ...validateIndicators(submission, ctx.plan, year),
  ];
}
