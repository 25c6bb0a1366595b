import { agencyIndex } from '../../core/plan/obligations.js';
import { referenceDate, resolveHolders } from '../../core/plan/agency-lifetime.js';
import type { Agency, Plan } from '../../core/plan/plan-schema.js';

/**
 * The agency that collects the reports of year Y. The coordinator named in
 * the plan may have been reorganised (Sở LĐTBXH → Sở Nội vụ on 1/3/2025), so
 * it is followed to whoever holds the occupational-safety function at the
 * year's deadline; the named coordinator is the fallback.
 */
export function resolveReportRecipient(plan: Plan, year: number): Agency | undefined {
  const agencies = agencyIndex(plan);
  const named = plan.calendar.coordinator;
  const [holder] = resolveHolders(agencies, named, 'atvsld', referenceDate(plan, year));
  return agencies.get(holder ?? named);
}
