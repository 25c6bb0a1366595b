import type { Diagnostic, DiagnosticLocation } from '../../core/diagnostics/diagnostic.js';
import type { ArgsOf, DiagnosticCode } from '../../core/diagnostics/catalog.js';
import { makeDiagnostic } from '../../core/diagnostics/make-diagnostic.js';

/** A WORKBOOK_* diagnostic with its catalog severity. */
export function workbookDiagnostic<C extends DiagnosticCode>(code: C, location: DiagnosticLocation, args: ArgsOf<C>): Diagnostic {
  return makeDiagnostic(code, args, { location });
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

export function fail<C extends DiagnosticCode>(code: C, file: string, args: ArgsOf<C>): never {
  throw new ReadFailure(workbookDiagnostic(code, { file }, args));
}
