/**
 * A problem found in the user's data. Diagnostics are values, never thrown:
 * validation collects all of them, one formatter words them (see format.ts),
 * and tests assert on `code` and location rather than on prose.
 */
import { compareIds } from '../text/compare-ids.js';
export type Severity = 'error' | 'warning' | 'info';

/** Where a diagnostic points. YAML uses line/column (1-based); workbooks use sheet + A1 cell. */
export interface DiagnosticLocation {
  file?: string;
  line?: number;
  column?: number;
  sheet?: string;
  cell?: string;
}

export type DiagnosticArgs = Readonly<Record<string, string | number>>;

export interface Diagnostic {
  /** Stable, upper-snake-case identifier documented in docs/diagnostics.md. */
  readonly code: string;
  readonly severity: Severity;
  readonly args: DiagnosticArgs;
  readonly location?: DiagnosticLocation;
  /** Agency id the diagnostic concerns, where it applies. */
  readonly agency?: string;
  /** Task id the diagnostic concerns, where it applies. */
  readonly task?: string;
}

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
