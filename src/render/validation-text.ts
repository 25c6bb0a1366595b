/**
 * `atvsld validate` for people: grouped by file, one line per diagnostic
 * (`Nhiệm vụ!D12  STATUS_MISSING  lỗi: …`), then the counts. With
 * `maxPerCode`, a file's lines of one code are shortened after that many,
 * saying how many more there are; the counts are never shortened.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { formatMessage, formatText, type Lang } from '../core/diagnostics/format.js';
import type { CheckedFile } from '../core/submission/submission.js';
import { SEVERITY_WORDS, placeInFile, renderSummaryLine, sortDiagnostics, summarizeValidation } from './validation-summary.js';
import { joinedChunks } from './pretty-json-chunks.js';
import { terminalSafe } from '../core/text/terminal-safe.js';

export interface TextOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly maxPerCode?: number;
}

export function renderValidationText(files: readonly CheckedFile[], o: TextOptions): string {
  return [...renderValidationTextChunks(files, o)].join('');
}

/**
 * The text in pieces of about 64 KB, each line worded only when it is
 * written: 150,000 diagnostics of one form were 13 million characters held
 * as lines, then joined, then encoded, all at once.
 */
export function renderValidationTextChunks(files: readonly CheckedFile[], o: TextOptions): Generator<string> {
  return joinedChunks(textLines(files, o));
}

function* textLines(files: readonly CheckedFile[], o: TextOptions): Generator<string> {
  const chalk = new Chalk({ level: o.color ? 1 : 0 });
  for (const file of files) {
    yield `${chalk.bold(terminalSafe(file.file)) + aboutFile(file)}\n`;
    if (file.diagnostics.length === 0) yield `  ${chalk.green('✓')} ${formatText(o.lang, 'validate.noProblems')}\n`;
    for (const line of diagnosticLines(sortDiagnostics(file), o, chalk)) yield `${line}\n`;
  }
  yield `${renderSummaryLine(summarizeValidation(files), o.lang)}\n`;
}

function aboutFile(file: CheckedFile): string {
  const s = file.submission;
  const parts = [s?.agency, s?.year].filter((p) => p !== undefined);
  return parts.length > 0 ? `  (${terminalSafe(parts.join(', '))})` : '';
}

function* diagnosticLines(diagnostics: readonly Diagnostic[], o: TextOptions, chalk: ChalkInstance): Generator<string> {
  const shown = new Map<string, number>();
  for (const d of diagnostics) {
    const count = (shown.get(d.code) ?? 0) + 1;
    shown.set(d.code, count);
    if (o.maxPerCode !== undefined && count > o.maxPerCode) continue;
    const paint = d.severity === 'error' ? chalk.red : d.severity === 'warning' ? chalk.yellow : chalk.cyan;
    const place = placeInFile(d);
    yield `  ${place ? `${place}  ` : ''}${paint(d.code)}  ${SEVERITY_WORDS[o.lang][d.severity]}: ${formatMessage(d, o.lang)}`;
  }
  if (o.maxPerCode !== undefined) {
    for (const [code, count] of shown) {
      const hidden = count - o.maxPerCode;
      if (hidden > 0) yield `  … ${formatText(o.lang, 'validate.moreOfCode', { count: hidden, code })}`;
    }
  }
}
