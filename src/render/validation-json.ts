/**
 * `atvsld validate --format json`, version 1. Key order is fixed and every
 * key is always present (null when unknown), so the same input gives the
 * same bytes and consumers need no existence checks.
 */
import { formatMessage, type Lang } from '../core/diagnostics/format.js';
import type { CheckedFile } from '../core/submission/submission.js';
import { sortDiagnostics, summarizeValidation } from './validation-summary.js';
import { jsonSafe } from './json-safe.js';

export function renderValidationJson(files: readonly CheckedFile[], lang: Lang): string {
  const summary = summarizeValidation(files);
  const doc = {
    version: 1,
    files: files.map((f) => ({
      path: f.file,
      sha256: f.sha256 ?? f.submission?.sha256 ?? null,
      agency: f.submission?.agency ?? null,
      year: f.submission?.year ?? null,
      diagnostics: sortDiagnostics(f).map((d) => ({
        code: d.code,
        severity: d.severity,
        message: formatMessage(d, lang),
        sheet: d.location?.sheet ?? null,
        cell: d.location?.cell ?? null,
        task: d.task ?? null,
        // What filled the message (a grouped warning's count and range `D5:D84`), for programs.
        args: d.args,
      })),
    })),
    summary: { files: summary.files, errors: summary.errors, warnings: summary.warnings, byCode: summary.byCode },
  };
  return `${jsonSafe(JSON.stringify(doc, null, 2))}\n`;
}
