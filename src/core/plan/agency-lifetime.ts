import type { Agency, Plan } from './plan-schema.js';

/** True when the agency exists on `date` (`YYYY-MM-DD`); ISO dates compare as strings. */
export function agencyExistsOn(agency: Agency, date: string): boolean {
  return (agency.from === undefined || agency.from <= date) && (agency.until === undefined || date <= agency.until);
}

/** The day in year Y on which obligations are judged: the agencies' deadline of that year. */
export function referenceDate(plan: Plan, year: number): string {
  return `${year}-${plan.calendar.agencyDeadline}`;
}

/**
 * The agencies that hold `fn` of `agencyId` on `date`: the agency itself while
 * it exists, otherwise its successors for that function, followed
 * transitively (Sở LĐTBXH → Sở Nội vụ). An agency whose function lapsed
 * (successors hold other functions) resolves to nobody.
 */
export function resolveHolders(
  agencies: ReadonlyMap<string, Agency>,
  agencyId: string,
  fn: string,
  date: string,
  seen: Set<string> = new Set(),
): string[] {
  const agency = agencies.get(agencyId);
  if (!agency || seen.has(agencyId)) return [];
  seen.add(agencyId);
  if (agencyExistsOn(agency, date)) return [agencyId];
  if (agency.from !== undefined && date < agency.from) return [];
  return agency.successors
    .filter((s) => s.functions.includes(fn) && s.from <= date)
    .flatMap((s) => resolveHolders(agencies, s.agency, fn, date, seen));
}
