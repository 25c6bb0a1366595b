/**
 * A clerk who types "12,5" as text in 80 cells of a column gets one warning
 * saying so, not 80 (docs/report-form.md, "Cảnh báo lặp lại" / "Repeated warnings"):
 * the same warning — same code, same arguments, same agency — at
 * MIN_GROUP or more cells of one column of one sheet becomes one diagnostic
 * of the code's `_REPEATED` twin, located at the first cell, with the count,
 * the first and last cells and the range `D5:D84` in its arguments. One or
 * two repeats stay as they are. Errors are never grouped: each needs its
 * own correction. Pure: runs on a file's diagnostics after validation.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/make-diagnostic.js';
import { readA1, type A1Place } from '../workbook/read-a1.js';

/** Warnings that can be grouped, and the code of their group. */
const REPEATED = {
  COUNT_TEXT_NUMBER: 'COUNT_TEXT_NUMBER_REPEATED',
  VALUE_FORMULA: 'VALUE_FORMULA_REPEATED',
} as const;

/** Fewest repeats that are grouped. */
export const MIN_GROUP = 3;

interface Member {
  readonly index: number;
  readonly row: number;
}

export function groupRepeatedWarnings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const groups = new Map<string, Member[]>();
  diagnostics.forEach((d, index) => {
    const place = groupPlace(d);
    if (place === undefined) return;
    let members = groups.get(place.key);
    if (members === undefined) groups.set(place.key, (members = []));
    members.push({ index, row: place.row });
  });

  const grouped = new Map<number, Diagnostic>();
  const dropped = new Set<number>();
  for (const members of groups.values()) {
    if (members.length < MIN_GROUP) continue;
    let first = members[0]!;
    let last = members[0]!;
    for (const m of members) {
      if (m.row < first.row) first = m;
      if (m.row > last.row) last = m;
    }
    for (const m of members) dropped.add(m.index);
    grouped.set(members[0]!.index, groupOf(diagnostics[first.index]!, members.length, diagnostics[last.index]!));
  }
  if (grouped.size === 0) return [...diagnostics];

  const out: Diagnostic[] = [];
  diagnostics.forEach((d, index) => {
    const group = grouped.get(index);
    if (group !== undefined) out.push(group);
    else if (!dropped.has(index)) out.push(d);
  });
  return out;
}

/** The group a diagnostic may join (undefined: never grouped) and its row. */
function groupPlace(d: Diagnostic): { key: string; row: number } | undefined {
  if (d.severity !== 'warning' || !Object.hasOwn(REPEATED, d.code)) return undefined;
  const { file, sheet, cell } = d.location ?? {};
  const place: A1Place = { row: 0, col: 0 };
  if (sheet === undefined || cell === undefined || !readA1(cell, place, true)) return undefined;
  // The task differs from row to row; the warning itself does not.
  const args = Object.entries(d.args).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { key: JSON.stringify([d.code, file, sheet, place.col, d.agency, args]), row: place.row };
}

function groupOf(first: Diagnostic, count: number, last: Diagnostic): Diagnostic {
  const code = REPEATED[first.code as keyof typeof REPEATED];
  const from = first.location!.cell!;
  const to = last.location!.cell!;
  const args = { ...first.args, count, first: from, last: to, range: `${from}:${to}` };
  return makeDiagnostic(code, args as never, {
    severity: first.severity,
    location: { ...first.location },
    ...(first.agency !== undefined && { agency: first.agency }),
  });
}
