/** Output formats of `atvsld validate`, by the name given to `--format`. */
import type { Lang } from '../core/diagnostics/format.js';
import type { CheckedFile } from '../core/submission/submission.js';
import { renderValidationGithub } from './validation-github.js';
import { renderValidationJson } from './validation-json.js';
import { renderValidationJunit } from './validation-junit.js';
import { renderValidationText } from './validation-text.js';

export interface RenderOptions {
  readonly lang: Lang;
  readonly color: boolean;
  /** `--strict`: warnings count as failures where a format marks failures (JUnit). */
  readonly strict?: boolean;
}

export type ValidationRenderer = (files: readonly CheckedFile[], o: RenderOptions) => string;

export const VALIDATION_FORMATS = {
  text: (files, o) => renderValidationText(files, o),
  json: (files, o) => renderValidationJson(files, o.lang),
  junit: (files, o) => renderValidationJunit(files, o.lang, { strict: o.strict === true }),
  github: (files, o) => renderValidationGithub(files, o.lang),
} as const satisfies Record<string, ValidationRenderer>;

export type ValidationFormat = keyof typeof VALIDATION_FORMATS;

export function isValidationFormat(name: string): name is ValidationFormat {
  return Object.hasOwn(VALIDATION_FORMATS, name);
}
