/**
 * An agency's indicator figure that is far from its own figure of the year
 * before: most often a digit typed twice or left out (PRODUCT.md: "a change
 * against last year so large it needs a second look"). Compared only where
 * both years have a counted form from the same agency; small counts are left
 * alone (2 deaths one year, 7 the next is not a typing slip).
 */
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
  for (const [agency, now] of current) {
    const before = previous.get(agency);
    if (!before) continue;
    const earlier = new Map(before.submission.indicators.map((f) => [f.partId, f.value]));
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
          args: { part: part.id, name: part.name, year, value: figure.value, previousYear: before.year, previous: last },
          location: { file, ...(figure.sheet !== undefined && { sheet: figure.sheet }), ...(figure.cell !== undefined && { cell: figure.cell }) },
          agency,
        },
      });
    }
  }
  return out;
}

export function isLargeChange(previous: number, value: number): boolean {
  const [low, high] = previous < value ? [previous, value] : [value, previous];
  return high - low >= LARGE_CHANGE_MIN_DIFFERENCE && high > LARGE_CHANGE_FACTOR * low;
}
