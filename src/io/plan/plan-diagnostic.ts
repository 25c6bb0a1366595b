import type { Diagnostic, DiagnosticLocation } from '../../core/diagnostics/diagnostic.js';
import type { ArgsOf, DiagnosticCode } from '../../core/diagnostics/catalog.js';
import { makeDiagnostic } from '../../core/diagnostics/make-diagnostic.js';

/** A plan diagnostic with the catalog's default severity. */
export function planDiagnostic<C extends DiagnosticCode>(code: C, args: ArgsOf<C>, location: DiagnosticLocation): Diagnostic {
  return makeDiagnostic(code, args, { location });
}
