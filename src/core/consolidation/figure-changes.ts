/**
 * An agency's indicator figure that is far from its own figure of the year
 * before: most often a digit typed twice or left out (PRODUCT.md: "a change
 * against last year so large it needs a second look"). Last year's figure is
 * its predecessors' when the agency took over their safety duties (Sở
 * LĐTBXH 2024 → Sở Nội vụ 2025; two merged departments: their sum). Compared
 * only where both years have a counted form; small counts are left alone (2
 * deaths one year, 7 the next is not a typing slip).
 */
import { referenceDate, resolveHolders } from '../plan/agency-lifetime.js';
import { agencyById } from '../plan/plan-index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { IndicatorPart, Plan } from '../plan/plan-schema.js';
import type { DatedSubmission } from './counted-submissions.js';

/** Flagged when the larger figure is over this many times the smaller… */
export const LARGE_CHANGE_FACTOR = 3;
/** …and they differ by at least this much. */
export const LARGE_CHANGE_MIN_DIFFERENCE = 10;

/** An INDICATOR_LARGE_CHANGE warning and the file it belongs to. */
export interface FileDiagnostic {
  readonly file: string;
  readonly diagnostic: Diagnostic;
}

export function largeChangeDiagnostics(
  plan: Plan,
  year: number,
  current: ReadonlyMap<string, DatedSubmission>,
  previous: ReadonlyMap<string, DatedSubmission> | undefined,
): FileDiagnostic[] {
  if (!previous) return [];
  const parts = new Map<string, IndicatorPart>(plan.indicators.flatMap((i) => i.parts.map((p) => [p.id, p] as const)));
  const out: FileDiagnostic[] = [];
  const predecessors = predecessorsOf(plan, year, previous);
  for (const [agency, now] of current) {
    const sources = predecessors.get(agency) ?? [];
    if (sources.length === 0) continue;
    const before = sources[0]!;
    const earlier = new Map<string, number>();
    for (const source of sources) {
      for (const f of source.submission.indicators) {
        if (f.value !== undefined) earlier.set(f.partId, (earlier.get(f.partId) ?? 0) + f.value);
      }
    }
    for (const figure of now.submission.indicators) {
      const last = earlier.get(figure.partId);
      const part = parts.get(figure.partId);
      if (figure.value === undefined || last === undefined || !part || !isLargeChange(last, figure.value)) continue;
      const file = now.file.file;
      out.push({
        file,
        diagnostic: {
          code: 'INDICATOR_LARGE_CHANGE',
          severity: 'warning',
          args: { part: part.id, name: part.name, year, value: figure.value, previousYear: before.year, previous: last, previousAgencies: names(plan, sources) },
          location: { file, ...(figure.sheet !== undefined && { sheet: figure.sheet }), ...(figure.cell !== undefined && { cell: figure.cell }) },
          agency,
        },
      });
    }
  }
  return out;
}

/** Agency of Y → last year's counted submissions whose safety duties it holds in Y (itself when it still exists). */
function predecessorsOf(plan: Plan, year: number, previous: ReadonlyMap<string, DatedSubmission>): Map<string, DatedSubmission[]> {
  const agencies = agencyById(plan);
  const date = referenceDate(plan, year);
  const out = new Map<string, DatedSubmission[]>();
  for (const [agency, d] of previous) {
    const holders = resolveHolders(agencies, agency, 'atvsld', date);
    for (const holder of holders.length > 0 ? holders : [agency]) {
      const list = out.get(holder);
      if (list) list.push(d);
      else out.set(holder, [d]);
    }
  }
  return out;
}

export function isLargeChange(previous: number, value: number): boolean {
  const [low, high] = previous < value ? [previous, value] : [value, previous];
  return high - low >= LARGE_CHANGE_MIN_DIFFERENCE && high > LARGE_CHANGE_FACTOR * low;
}

function names(plan: Plan, sources: readonly DatedSubmission[]): string {
  const agencies = agencyById(plan);
  return sources.map((d) => {
    const id = d.submission.agency ?? '';
    const agency = agencies.get(id);
    return agency?.shortName ?? agency?.name ?? id;
  }).join(', ');
}
