/**
 * `--report FORMAT=FILE` (repeatable) and `--annotations N|all` of
 * `atvsld validate`, parsed before any form is read so that a typo stops the
 * run at once (exit 2, kind usage) rather than after minutes of checking.
 */
import { resolve } from 'node:path';
import { UserError } from '../core/diagnostics/user-error.js';
import { VALIDATION_FORMAT_NAMES, isValidationFormat, type ValidationFormat } from '../render/validation-format-names.js';

export interface ReportRequest {
  readonly format: ValidationFormat;
  /** Absolute path of the file to write. */
  readonly path: string;
}

/** commander's collector: every `--report` value, in order, unparsed. */
export function collectReport(value: string, previous: readonly string[] = []): string[] {
  return [...previous, value];
}

export function parseReports(values: readonly string[], cwd: string): ReportRequest[] {
  const out: ReportRequest[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    const eq = value.indexOf('=');
    const format = eq > 0 ? value.slice(0, eq).trim() : '';
    const file = eq > 0 ? value.slice(eq + 1) : '';
    if (!isValidationFormat(format) || file === '') {
      throw new UserError('REPORT_OPTION_INVALID', { value, formats: VALIDATION_FORMAT_NAMES.join(', ') });
    }
    const path = resolve(cwd, file);
    if (seen.has(path)) throw new UserError('REPORT_FILE_TWICE', { file });
    seen.add(path);
    out.push({ format, path });
  }
  return out;
}

/** `--annotations`: a whole number ≥ 0, or `all`. */
export function parseAnnotationCap(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value === 'all') return Number.POSITIVE_INFINITY;
  if (!/^\d{1,6}$/.test(value)) {
    throw new UserError('ANNOTATIONS_INVALID', { value });
  }
  return Number(value);
}
