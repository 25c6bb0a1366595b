import { referenceDate, resolveHolders } from '../plan/agency-lifetime.js';
import { agencyById } from '../plan/plan-index.js';
import type { Plan } from '../plan/plan-schema.js';
import { jurisdictionOn } from '../plan/territories.js';
import type { AgencyRef, ReportHeader } from './consolidated-report.js';

/** The heading data for year Y: names as they stand on the year's deadline (the coordinator follows its successors). */
export function buildReportHeader(plan: Plan, year: number): ReportHeader {
  const date = referenceDate(plan, year);
  const agencies = agencyById(plan);
  const holder = (id: string): string => resolveHolders(agencies, id, 'atvsld', date)[0] ?? id;
  const jurisdiction = jurisdictionOn(plan, date);
  return {
    planId: plan.id,
    planTitle: plan.title,
    ...(plan.reference !== undefined ? { planReference: plan.reference } : {}),
    issuer: plan.issuer,
    jurisdictionName: jurisdiction.name,
    coordinator: agencyRef(plan, holder(plan.calendar.coordinator)),
    recipient: agencyRef(plan, holder(plan.calendar.recipient)),
  };
}

/** Display names of an agency id; the id itself when the plan does not know it. */
export function agencyRef(plan: Plan, id: string, fallbackName?: string): AgencyRef {
  const agency = agencyById(plan).get(id);
  if (!agency) return { id, name: fallbackName ?? id };
  return { id, name: agency.name, ...(agency.shortName !== undefined ? { shortName: agency.shortName } : {}) };
}
