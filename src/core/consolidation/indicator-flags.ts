/**
 * The rules that decide whether an indicator's figure can be trusted enough
 * for a verdict, kept apart from the row builder (indicator-rows.ts):
 *
 * - a value built from incomplete parts (an owing agency did not report a
 *   part, or did not report at all) is partial and gets no verdict;
 * - a rate's numerator and denominator always cover the same agencies;
 * - a rate whose denominator moved by more than the plan's limit from last
 *   year is flagged (the fall of a rate may come from its denominator);
 * - the agencies behind a part changed from last year: through the
 *   reorganisation (successions, an information note) or for another reason
 *   (a warning naming who came and who went).
 *
 * Comparisons use the part values the row itself shows for Y-1, whatever
 * built them, so they follow any base the row uses.
 */
import { referenceDate, resolveHolders } from '../plan/agency-lifetime.js';
import { agencyById, indicatorObligationsOf } from '../plan/plan-index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Indicator, Plan } from '../plan/plan-schema.js';
import type { IndicatorFlag, IndicatorFlagNote, PartYearValue } from './consolidated-report.js';
import { compareText } from './counted-submissions.js';
import type { CountedByYear } from './part-values.js';

/** Part id → year (as a string) → value, as the row holds them. */
export type PartValues = Readonly<Record<string, Readonly<Record<string, PartYearValue>>>>;

/** A rate's denominator may move this much (percent, either way) from last year before it is flagged, unless the plan says otherwise. */
export const DEFAULT_DENOMINATOR_CHANGE_LIMIT = 20;

/** The parts an indicator's value is computed from. */
export function usedParts(indicator: Indicator): string[] {
  const c = indicator.compute;
  return c.kind === 'count' ? [c.part] : [c.numerator, c.denominator];
}

/**
 * The value of a rate from the agencies that reported both its numerator and
 * its denominator in year `y`: an agency that gave deaths but no workers adds
 * to neither. Null when no agency gave both, or the denominator is zero.
 * Undefined when the year's parts do not come from submissions (history
 * holds province totals, already matched).
 */
export function computeMatchedRate(indicator: Indicator, y: number, parts: PartValues, countedByYear: CountedByYear): number | null | undefined {
  const c = indicator.compute;
  if (c.kind !== 'rate') return undefined;
  const num = parts[c.numerator]?.[String(y)];
  const den = parts[c.denominator]?.[String(y)];
  if (num?.source !== 'submissions' || den?.source !== 'submissions') return undefined;
  if (sameSet(num.agencies, den.agencies)) return undefined;
  let numerator = 0;
  let denominator = 0;
  let any = false;
  for (const [, d] of countedByYear.get(y) ?? []) {
    const n = d.submission.indicators.find((r) => r.partId === c.numerator && r.value !== undefined)?.value;
    const m = d.submission.indicators.find((r) => r.partId === c.denominator && r.value !== undefined)?.value;
    if (n === undefined || m === undefined) continue;
    numerator += n;
    denominator += m;
    any = true;
  }
  return !any || denominator === 0 ? null : (numerator / denominator) * c.scale;
}

/** Who owed a part of the indicator in year `y` and gave no figure for it. Sorted by part (plan order), then agency. */
export function findMissingParts(plan: Plan, indicator: Indicator, y: number, parts: PartValues): { part: string; agency: string }[] {
  const out: { part: string; agency: string }[] = [];
  const owing = indicatorObligationsOf(plan, y);
  for (const part of usedParts(indicator)) {
    const value = parts[part]?.[String(y)];
    // History figures are the province's own totals: nothing to match them against.
    if (value === undefined || value.source !== 'submissions') continue;
    const reported = new Set(value.agencies);
    const missing = [...new Set(owing.filter((o) => o.part === part && !reported.has(o.agency)).map((o) => o.agency))].sort(compareText);
    for (const agency of missing) out.push({ part, agency });
  }
  return out;
}

/**
 * The notes behind flags of year Y against Y-1, in a fixed order. `previous`
 * is the Y-1 value of each part the row compares with, when it is not
 * `parts[part][Y-1]` (a like-for-like base across a territory merger): the
 * denominator and agency comparisons use it.
 */
export function computeFlagNotes(
  plan: Plan,
  indicator: Indicator,
  year: number,
  parts: PartValues,
  previous?: Readonly<Record<string, PartYearValue>>,
): IndicatorFlagNote[] {
  const notes: IndicatorFlagNote[] = [];
  const before = (part: string): PartYearValue | undefined => (previous ? previous[part] : parts[part]?.[String(year - 1)]);
  const missing = findMissingParts(plan, indicator, year, parts);
  // Y-1 with no figure at all is MISSING_PREVIOUS already; a Y-1 sum that left an owing agency out is partial too.
  const missingBefore = findMissingParts(plan, indicator, year - 1, parts).filter((m) => parts[m.part]?.[String(year - 1)]?.value != null);
  const names = partNames(indicator);
  if (missing.length > 0 || missingBefore.length > 0) {
    const list = [...missing.map((m) => ({ ...m, y: year })), ...missingBefore.map((m) => ({ ...m, y: year - 1 }))];
    notes.push({
      flag: 'PARTS_INCOMPLETE',
      args: {
        // Names and years only, so that the wording reads in both languages.
        missing: list.map((m) => `"${names.get(m.part) ?? m.part}" (${agencyLabel(plan, m.agency)}, ${m.y})`).join('; '),
        parts: [...new Set(list.map((m) => m.part))].join(', '),
        agencies: [...new Set(list.map((m) => m.agency))].join(', '),
      },
    });
  }
  const c = indicator.compute;
  if (c.kind === 'rate') {
    const now = parts[c.denominator]?.[String(year)]?.value ?? null;
    const was = before(c.denominator)?.value ?? null;
    const limit = c.denominatorChangeLimit ?? DEFAULT_DENOMINATOR_CHANGE_LIMIT;
    if (now !== null && was !== null && was > 0) {
      const change = ((now - was) / was) * 100;
      if (Math.abs(change) > limit) {
        notes.push({
          flag: 'DENOMINATOR_CHANGED',
          args: { part: c.denominator, name: names.get(c.denominator) ?? c.denominator, year, value: now, previousYear: year - 1, previous: was, change: `${change > 0 ? '+' : ''}${Math.round(change)}`, limit },
        });
      }
    }
  }
  const change = agencyChange(plan, year, indicator, parts, before);
  if (change) notes.push(change);
  return notes;
}

/** True when a note withholds the verdict: a figure built from incomplete parts cannot be judged. */
export function withholdsVerdict(flags: readonly IndicatorFlag[]): boolean {
  return flags.includes('PARTS_INCOMPLETE');
}

/**
 * Last year's agencies mapped to whoever holds their safety duties in Y
 * (Sở LĐTBXH 2024 → Sở Nội vụ 2025). Equal after mapping but not before: the
 * reorganisation explains the change (AGENCIES_REORGANISED). Unequal after
 * mapping: some other reason (AGENCIES_CHANGED, naming who came and went).
 */
function agencyChange(
  plan: Plan,
  year: number,
  indicator: Indicator,
  parts: PartValues,
  before: (part: string) => PartYearValue | undefined,
): IndicatorFlagNote | undefined {
  const agencies = agencyById(plan);
  const date = referenceDate(plan, year);
  const added = new Set<string>();
  const dropped = new Set<string>();
  const reorganised: string[] = [];
  for (const part of usedParts(indicator)) {
    const current = parts[part]?.[String(year)];
    const previous = before(part);
    if (!current || !previous || current.source !== 'submissions' || previous.source !== 'submissions') continue;
    if (current.value === null || previous.value === null) continue;
    const now = new Set(current.agencies);
    const mapped = new Set<string>();
    for (const a of previous.agencies) {
      const holders = resolveHolders(agencies, a, 'atvsld', date);
      const to = holders.length > 0 ? holders : [a];
      for (const h of to) mapped.add(h);
      if (!to.includes(a)) reorganised.push(`${agencyLabel(plan, a)} → ${to.map((h) => agencyLabel(plan, h)).join(', ')}`);
    }
    for (const a of now) if (!mapped.has(a)) added.add(a);
    for (const a of mapped) if (!now.has(a)) dropped.add(a);
  }
  if (added.size > 0 || dropped.size > 0) {
    const list = (s: Set<string>): string => [...s].sort(compareText).map((a) => agencyLabel(plan, a)).join(', ') || '—';
    return { flag: 'AGENCIES_CHANGED', args: { year, previousYear: year - 1, added: list(added), dropped: list(dropped) } };
  }
  if (reorganised.length > 0) {
    return { flag: 'AGENCIES_REORGANISED', args: { year, previousYear: year - 1, successions: [...new Set(reorganised)].sort(compareText).join('; ') } };
  }
  return undefined;
}

function partNames(indicator: Indicator): Map<string, string> {
  return new Map(indicator.parts.map((p) => [p.id, p.name]));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function agencyLabel(plan: Plan, id: string): string {
  const agency = agencyById(plan).get(id);
  return agency?.shortName ?? agency?.name ?? id;
}

/** A note as a diagnostic of its own code, for the catalog to word (formatMessage). */
export function flagNoteDiagnostic(note: IndicatorFlagNote): Diagnostic {
  return { code: note.flag, severity: note.flag === 'AGENCIES_REORGANISED' ? 'info' : 'warning', args: note.args } as Diagnostic;
}
