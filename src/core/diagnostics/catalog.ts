/** Every diagnostic code atvsld can emit, merged from the per-area catalogs. */
import type { EntryArgs, MessageCatalog } from './message-catalog.js';
import { PLAN_MESSAGES } from './plan-messages.js';
import { TEMPLATE_MESSAGES } from './template-messages.js';
import { CONSOLIDATION_MESSAGES } from './consolidation-messages.js';
import { WORKBOOK_MESSAGES } from './workbook-messages.js';
import { SUBMISSION_MESSAGES } from './submission-messages.js';
import { USER_ERROR_MESSAGES } from './user-error-messages.js';
import { FILE_SYSTEM_MESSAGES } from './file-system-messages.js';

export const CATALOG = {
  ...PLAN_MESSAGES,
  ...TEMPLATE_MESSAGES,
  ...CONSOLIDATION_MESSAGES,
  ...WORKBOOK_MESSAGES,
  ...SUBMISSION_MESSAGES,
  ...USER_ERROR_MESSAGES,
  ...FILE_SYSTEM_MESSAGES,
} as const satisfies MessageCatalog;

/** A stable code documented in docs/diagnostics.md; any other string is a compile error. */
export type DiagnosticCode = keyof typeof CATALOG;

/** The arguments a code's messages need (its placeholders), by code. */
export type ArgsOf<C extends DiagnosticCode> = EntryArgs<(typeof CATALOG)[C]>;

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(CATALOG, code);
}
