/**
 * `atvsld validate --format json`, version 1. Key order is fixed and every
 * key is always present (null when unknown), so the same input gives the
 * same bytes and consumers need no existence checks.
 */
import { formatMessage, type Lang } from '../core/diagnostics/format.js';
import type { CheckedFile } from '../core/submission/submission.js';
import { sortDiagnostics, summarizeValidation } from './validation-summary.js';
import { joinedChunks, MappedList, prettyJsonChunks } from './pretty-json-chunks.js';

export function renderValidationJson(files: readonly CheckedFile[], lang: Lang): string {
  return [...renderValidationJsonChunks(files, lang)].join('');
}

/**
 * The JSON in pieces of about 64 KB, each diagnostic worded only when it is
 * written: a form with 150,000 task rows has as many diagnostics, 46 million
 * characters of JSON that, built whole, took more memory than checking it.
 */
export function* renderValidationJsonChunks(files: readonly CheckedFile[], lang: Lang): Generator<string> {
  const summary = summarizeValidation(files);
  const doc = {
    version: 1,
    files: new MappedList(files, (f) => ({
      path: f.file,
      sha256: f.sha256 ?? f.submission?.sha256 ?? null,
      agency: f.submission?.agency ?? null,
      year: f.submission?.year ?? null,
      diagnostics: new MappedList(sortDiagnostics(f), (d) => ({
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
  // Depth 4: the document, its files, each file, each file's diagnostics (one piece per diagnostic).
  yield* joinedChunks(prettyJsonChunks(doc, 4));
  yield '\n';
}
