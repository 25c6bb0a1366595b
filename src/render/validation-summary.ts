/** Counts over all checked files, shared by every output format. Complete: nothing is ever left out of them. */
import { countByCode, countBySeverity, type Diagnostic, type Severity } from '../core/diagnostics/diagnostic.js';
import { formatLocation, type Lang } from '../core/diagnostics/format.js';
import type { CheckedFile } from '../core/submission/submission.js';

export interface ValidationSummary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Code → number of diagnostics, keys sorted. */
  readonly byCode: Readonly<Record<string, number>>;
}

export function summarizeValidation(files: readonly CheckedFile[]): ValidationSummary {
  const all = files.flatMap((f) => f.diagnostics);
  const counts = countBySeverity(all);
  return { files: files.length, errors: counts.error, warnings: counts.warning, infos: counts.info, byCode: countByCode(all) };
}

/** "3 tệp, 2 lỗi, 1 cảnh báo": the last line a person reads. */
export function renderSummaryLine(s: ValidationSummary, lang: Lang): string {
  return lang === 'en'
    ? `${s.files} file(s), ${s.errors} error(s), ${s.warnings} warning(s)`
    : `${s.files} tệp, ${s.errors} lỗi, ${s.warnings} cảnh báo`;
}

export const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' },
  en: { error: 'error', warning: 'warning', info: 'note' },
};

/** `Sheet!C7`, `Sheet`, `line:col`, or '' when the diagnostic is about the whole file. */
export function placeInFile(d: Diagnostic): string {
  const loc = d.location;
  if (!loc) return '';
  if (loc.sheet !== undefined) return loc.cell ? `${loc.sheet}!${loc.cell}` : loc.sheet;
  if (loc.line !== undefined) return formatLocation({ ...loc, file: '' }).replace(/^:/, '');
  return '';
}
