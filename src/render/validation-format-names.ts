/**
 * The names `validate --format` and `--report NAME=FILE` accept, apart from
 * the renderers themselves (validation-formats.ts, which must have exactly
 * these keys): parsing the flags does not load every renderer.
 */
export const VALIDATION_FORMAT_NAMES = ['text', 'json', 'junit', 'github', 'markdown', 'summary'] as const;

export type ValidationFormat = (typeof VALIDATION_FORMAT_NAMES)[number];

export function isValidationFormat(name: string): name is ValidationFormat {
  return (VALIDATION_FORMAT_NAMES as readonly string[]).includes(name);
}
