/**
 * A problem found in the user's data. Diagnostics are values, never thrown:
 * validation collects all of them, one formatter words them (see format.ts),
 * and tests assert on `code` and location rather than on prose.
 */
import { compareIds } from '../text/compare-ids.js';
import type { ArgsOf, DiagnosticCode } from './catalog.js';
export type { ArgsOf, DiagnosticCode } from './catalog.js';
export type Severity = 'error' | 'warning' | 'info';

/** Where a diagnostic points. YAML uses line/column (1-based); workbooks use sheet + A1 cell. */
export interface DiagnosticLocation {
  file?: string;
  line?: number;
  column?: number;
  sheet?: string;
  cell?: string;
}

/** Arguments of some diagnostic, when the code is not known statically. */
export type DiagnosticArgs = Readonly<Record<string, string | number>>;

/** What every diagnostic has besides its code and arguments. */
export interface DiagnosticFields {
  readonly severity: Severity;
  readonly location?: DiagnosticLocation;
  /** Agency id the diagnostic concerns, where it applies. */
  readonly agency?: string;
  /** Task id the diagnostic concerns, where it applies. */
  readonly task?: string;
}

/** A diagnostic of one code, with the arguments its messages need. */
export interface DiagnosticOf<C extends DiagnosticCode> extends DiagnosticFields {
  /** Stable, upper-snake-case identifier documented in docs/diagnostics.md. */
  readonly code: C;
  readonly args: ArgsOf<C>;
}

/**
 * Any diagnostic: a union over the codes, so a literal
 * `{ code: 'TASK_MISSING_LEAD', args: {…} }` is checked against that code's
 * placeholders, and `d.code === 'X'` narrows `d.args`.
 */
export type Diagnostic = { [C in DiagnosticCode]: DiagnosticOf<C> }[DiagnosticCode];

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}

export function countByCode(diagnostics: readonly Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of [...diagnostics].sort((a, b) => compareIds(a.code, b.code))) {
    counts[d.code] = (counts[d.code] ?? 0) + 1;
  }
  return counts;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
