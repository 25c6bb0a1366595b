/**
 * The province's territory through time (the plan's `jurisdiction`): which
 * territory a report year is about, and which territories' figures make up
 * that territory in an earlier year. Since 1/7/2025 tỉnh Bắc Ninh is the old
 * Bắc Giang plus the old Bắc Ninh (Nghị quyết 202/2025/QH15), so its 2024
 * figure is the sum of theirs, not Bắc Giang's alone.
 */
import { referenceDate } from './agency-lifetime.js';
import type { Jurisdiction, Plan } from './plan-schema.js';

export interface Territory {
  readonly id: string;
  readonly name: string;
  /** False for a territory the plan never covered (named only in a `formedFrom`): its figures come from the history file alone. */
  readonly covered: boolean;
}

/** A jurisdiction entry's id: its own, or its name folded (tỉnh Bắc Giang → `bac-giang`). */
export function jurisdictionId(entry: Pick<Jurisdiction, 'id' | 'name'>): string {
  if (entry.id !== undefined) return entry.id;
  const bare = entry.name.normalize('NFC').replace(/^\s*(tỉnh|thành phố)\s+/iu, '');
  const ascii = bare.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'tinh';
}

/** The entry in force on `date`, else the last (a date past every entry keeps the newest name). */
export function jurisdictionOn(plan: Plan, date: string): Jurisdiction {
  return (
    plan.jurisdiction.find((j) => (j.from === undefined || j.from <= date) && (j.until === undefined || date <= j.until)) ??
    plan.jurisdiction[plan.jurisdiction.length - 1]!
  );
}

/** The territory report year Y is about: the one in force on the year's reference date (the agencies' deadline). */
export function territoryOfYear(plan: Plan, year: number): Territory {
  const entry = jurisdictionOn(plan, referenceDate(plan, year));
  return { id: jurisdictionId(entry), name: entry.name, covered: true };
}

/** Every territory the plan names, by id: its jurisdiction entries and the territories they were formed from. */
export function territoriesById(plan: Plan): Map<string, Territory> {
  const out = new Map<string, Territory>();
  for (const entry of plan.jurisdiction) out.set(jurisdictionId(entry), { id: jurisdictionId(entry), name: entry.name, covered: true });
  for (const entry of plan.jurisdiction) {
    for (const part of entry.formedFrom) {
      if (!out.has(part.id)) out.set(part.id, { id: part.id, name: part.name ?? part.id, covered: false });
    }
  }
  return out;
}

/**
 * The territories whose figures of `year` add up to territory `id`: `[id]`
 * when it is that year's own territory; the territories it was formed from
 * when it came into being after the year's reference date (followed back as
 * far as needed); the territory before it when it is only a new name.
 */
export function territoryComponents(plan: Plan, id: string, year: number, depth = 0): string[] {
  const date = referenceDate(plan, year);
  const own = jurisdictionId(jurisdictionOn(plan, date));
  if (id === own || depth > plan.jurisdiction.length) return [id];
  const index = plan.jurisdiction.findIndex((j) => jurisdictionId(j) === id);
  const entry = plan.jurisdiction[index];
  if (entry === undefined || entry.from === undefined || entry.from <= date) return [id];
  if (entry.formedFrom.length === 0) {
    const before = plan.jurisdiction[index - 1];
    return before ? territoryComponents(plan, jurisdictionId(before), year, depth + 1) : [id];
  }
  const out: string[] = [];
  for (const part of entry.formedFrom) {
    for (const c of territoryComponents(plan, part.id, year, depth + 1)) if (!out.includes(c)) out.push(c);
  }
  return out;
}
