import type { Diagnostic } from './diagnostic.js';
import type { ArgsOf } from './catalog.js';
import { USER_ERROR_MESSAGES, type UserErrorKind } from './user-error-messages.js';
import { formatMessage } from './format.js';

export type UserErrorCode = keyof typeof USER_ERROR_MESSAGES;
export type { UserErrorKind };

/**
 * The only exception thrown on purpose: the command cannot go on (bad flag
 * value, no workspace, a plan that does not load, a file that would be
 * overwritten). It is a typed value — a code of USER_ERROR_MESSAGES and its
 * arguments — worded by the same formatter as diagnostics; its `kind` lets
 * the CLI alone choose the exit code. It sits here, below every layer,
 * because the app, the CLI and the edges (the workspace lock) may all have
 * to stop a command.
 */
export class UserError<C extends UserErrorCode = UserErrorCode> extends Error {
  readonly kind: UserErrorKind;

  constructor(
    readonly code: C,
    readonly args: ArgsOf<C>,
    /** Problems behind the error (a plan's diagnostics), listed before it. */
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    // The message, for logs and stack traces only: the CLI words `problem` in the user's language.
    super(formatMessage({ code, severity: 'error', args } as unknown as Diagnostic, 'vi'));
    this.name = 'UserError';
    this.kind = USER_ERROR_MESSAGES[code].kind;
  }

  /** The error as a diagnostic, for the formatter and for JSON output. */
  get problem(): Diagnostic {
    return { code: this.code, severity: 'error', args: this.args } as unknown as Diagnostic;
  }
}
