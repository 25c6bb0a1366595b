/**
 * Compile-time checks of the message catalogs, run by `npm run typecheck`:
 * each `@ts-expect-error` line must fail to compile, or tsc reports the
 * directive as unused. test/types/catalog-types.test.ts also compiles a
 * fixture with such mistakes and checks that tsc refuses it.
 */
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.js';
import { makeDiagnostic } from '../../src/core/diagnostics/make-diagnostic.js';
import { UserError } from '../../src/core/diagnostics/user-error.js';
import { formatText } from '../../src/core/diagnostics/format.js';
import type { PlaceholderNames } from '../../src/core/diagnostics/message-catalog.js';

export const checks: unknown[] = [
  makeDiagnostic('REPORT_LATE', { agencyName: 'Sở Y tế', date: '23/12/2025', days: 3, deadline: '20/12/2025' }),
  // @ts-expect-error an unknown code
  makeDiagnostic('REPORT_LATER', {}),
  // @ts-expect-error REPORT_LATE's {deadline} is missing
  makeDiagnostic('REPORT_LATE', { agencyName: 'Sở Y tế', date: '23/12/2025', days: 3 }),
  { code: 'FORM_META_MISSING', severity: 'info', args: {} } satisfies Diagnostic,
  // @ts-expect-error a literal diagnostic of an unknown code
  { code: 'FORM_META_MISING', severity: 'info', args: {} } satisfies Diagnostic,
  new UserError('YEAR_INVALID', { value: '25' }),
  // @ts-expect-error YEAR_INVALID's {value} is missing
  new UserError('YEAR_INVALID', {}),
  formatText('en', 'counts.problems', { errors: 1, warnings: 2 }),
  // @ts-expect-error {warnings} is missing
  formatText('en', 'counts.problems', { errors: 1 }),
  formatText('vi', 'validate.noProblems'),
  // @ts-expect-error an unknown UI key
  formatText('vi', 'validate.noProblem'),
];

// Placeholder names: plain, grouped number, plural; prose braces are not placeholders.
type Expect<T extends true> = T;
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type PlaceholderChecks = [
  Expect<Equal<PlaceholderNames<'{a} và {b:n} {c:# day|# days}'>, 'a' | 'b' | 'c'>>,
  Expect<Equal<PlaceholderNames<'{ value, source } hoặc {x}'>, 'x'>>,
  Expect<Equal<PlaceholderNames<'không có'>, never>>,
];
