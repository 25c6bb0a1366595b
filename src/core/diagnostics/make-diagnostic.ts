import { CATALOG, type ArgsOf, type DiagnosticCode } from './catalog.js';
import type { Diagnostic, DiagnosticFields } from './diagnostic.js';

/**
 * A diagnostic of `code` with its arguments checked against the code's
 * placeholders, and the catalog's severity unless one is given. For helpers
 * that take the code as a parameter (`report(code, args)`): type that
 * parameter `C extends DiagnosticCode` and its args `ArgsOf<C>`.
 */
export function makeDiagnostic<C extends DiagnosticCode>(
  code: C,
  args: ArgsOf<C>,
  more: Partial<DiagnosticFields> = {},
): Diagnostic {
  const { severity = CATALOG[code].severity, ...where } = more;
  return { code, severity, args, ...where } as unknown as Diagnostic;
}
