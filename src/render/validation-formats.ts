/**
 * Output formats of `atvsld validate`, keyed by the name given to `--format`
 * or `--report NAME=FILE`; `summary` is another name for `markdown`.
 */
import type { Lang } from '../core/diagnostics/format.js';
import type { CheckedFile } from '../core/submission/submission.js';
import type { ValidationFormat } from './validation-format-names.js';
import { renderValidationGithub } from './validation-github.js';
import { renderValidationJson, renderValidationJsonChunks } from './validation-json.js';
import { renderValidationJunit } from './validation-junit.js';
import { renderValidationMarkdown } from './validation-markdown.js';
import { renderValidationText, renderValidationTextChunks } from './validation-text.js';

export interface RenderOptions {
  readonly lang: Lang;
  readonly color: boolean;
  /** `--strict`: warnings count as failures where a format marks failures (JUnit). */
  readonly strict?: boolean;
  /** GitHub annotations per file and severity (`--annotations`); default 1, Infinity for all. */
  readonly annotationsPerFile?: number;
  /** The path a file is shown under where a tool links it (GitHub annotations); default: as given. */
  readonly displayPath?: (file: string) => string;
}

export type ValidationRenderer = (files: readonly CheckedFile[], o: RenderOptions) => string;

const markdown: ValidationRenderer = (files, o) => renderValidationMarkdown(files, o.lang);

export const VALIDATION_FORMATS = {
  text: (files, o) => renderValidationText(files, o),
  json: (files, o) => renderValidationJson(files, o.lang),
  junit: (files, o) => renderValidationJunit(files, o.lang, { strict: o.strict === true }),
  github: (files, o) =>
    renderValidationGithub(files, o.lang, {
      ...(o.annotationsPerFile !== undefined && { annotationsPerFile: o.annotationsPerFile }),
      ...(o.displayPath !== undefined && { displayPath: o.displayPath }),
    }),
  markdown,
  summary: markdown,
} as const satisfies Record<ValidationFormat, ValidationRenderer>;

/**
 * A format's output in pieces, for stdout: text and JSON, which grow with
 * the number of diagnostics (150,000 for one outsized form), are worded a
 * piece at a time; the others are one piece.
 */
export function validationChunks(format: ValidationFormat, files: readonly CheckedFile[], o: RenderOptions): Iterable<string> {
  if (format === 'text') return renderValidationTextChunks(files, o);
  if (format === 'json') return renderValidationJsonChunks(files, o.lang);
  return [VALIDATION_FORMATS[format](files, o)];
}

export { isValidationFormat, VALIDATION_FORMAT_NAMES, type ValidationFormat } from './validation-format-names.js';
