import type { Diagnostic, DiagnosticLocation } from '../../core/diagnostics/diagnostic.js';
import { WORKBOOK_MESSAGES } from '../../core/diagnostics/workbook-messages.js';

/** A WORKBOOK_* diagnostic with its catalog severity. */
export function workbookDiagnostic(
  code: string,
  location: DiagnosticLocation,
  args: Record<string, string | number> = {},
): Diagnostic {
  const severity = WORKBOOK_MESSAGES[code]?.severity ?? 'error';
  return { code, severity, args, location };
}

/**
 * Thrown inside the reader to abandon the whole read; read-workbook.ts turns it
 * back into its diagnostic, so nothing escapes the public API for bad input.
 */
export class ReadFailure extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.code);
    this.name = 'ReadFailure';
  }
}

export function fail(code: string, file: string, args: Record<string, string | number> = {}): never {
  throw new ReadFailure(workbookDiagnostic(code, { file }, args));
}
