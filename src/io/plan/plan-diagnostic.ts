import type { Diagnostic, DiagnosticArgs, DiagnosticLocation } from '../../core/diagnostics/diagnostic.js';
import { PLAN_MESSAGES } from '../../core/diagnostics/plan-messages.js';

/** A plan diagnostic with the catalog's default severity. */
export function planDiagnostic(code: string, args: DiagnosticArgs, location: DiagnosticLocation): Diagnostic {
  return { code, severity: PLAN_MESSAGES[code]?.severity ?? 'error', args, location };
}
