import type { Diagnostic } from './diagnostic.js';

/**
 * The only exception thrown on purpose: the command cannot go on (bad flag
 * value, no workspace, a plan that does not load, a file that would be
 * overwritten). The CLI's top-level handler prints it and exits with
 * `exitCode` (2 usage/configuration by default). It sits here, below every
 * layer, because the app, the CLI and the edges (the workspace lock) may
 * all have to stop a command.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 | 3 = 2,
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}
