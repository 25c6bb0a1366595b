/**
 * `atvsld validate` for people: grouped by file, one line per diagnostic
 * (`Nhiệm vụ!D12  STATUS_MISSING  lỗi: …`), then the counts. With
 * `maxPerCode`, a file's lines of one code are shortened after that many,
 * saying how many more there are; the counts are never shortened.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { formatMessage, type Lang } from '../core/diagnostics/format.js';
import type { CheckedFile } from '../core/submission/submission.js';
import { SEVERITY_WORDS, placeInFile, renderSummaryLine, sortDiagnostics, summarizeValidation } from './validation-summary.js';
import { pushAll } from '../core/collections/push-all.js';
import { terminalSafe } from '../core/text/terminal-safe.js';

export interface TextOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly maxPerCode?: number;
}

export function renderValidationText(files: readonly CheckedFile[], o: TextOptions): string {
  const chalk = new Chalk({ level: o.color ? 1 : 0 });
  const lines: string[] = [];
  for (const file of files) {
    lines.push(chalk.bold(terminalSafe(file.file)) + aboutFile(file));
    if (file.diagnostics.length === 0) lines.push(`  ${chalk.green('✓')} ${o.lang === 'en' ? 'no problems' : 'không có vấn đề'}`);
    pushAll(lines, diagnosticLines(sortDiagnostics(file), o, chalk));
  }
  lines.push(renderSummaryLine(summarizeValidation(files), o.lang));
  return `${lines.join('\n')}\n`;
}

function aboutFile(file: CheckedFile): string {
  const s = file.submission;
  const parts = [s?.agency, s?.year].filter((p) => p !== undefined);
  return parts.length > 0 ? `  (${terminalSafe(parts.join(', '))})` : '';
}

function diagnosticLines(diagnostics: readonly Diagnostic[], o: TextOptions, chalk: ChalkInstance): string[] {
  const shown = new Map<string, number>();
  const out: string[] = [];
  for (const d of diagnostics) {
    const count = (shown.get(d.code) ?? 0) + 1;
    shown.set(d.code, count);
    if (o.maxPerCode !== undefined && count > o.maxPerCode) continue;
    const paint = d.severity === 'error' ? chalk.red : d.severity === 'warning' ? chalk.yellow : chalk.cyan;
    const place = placeInFile(d);
    out.push(`  ${place ? `${place}  ` : ''}${paint(d.code)}  ${SEVERITY_WORDS[o.lang][d.severity]}: ${formatMessage(d, o.lang)}`);
  }
  if (o.maxPerCode !== undefined) {
    for (const [code, count] of shown) {
      const hidden = count - o.maxPerCode;
      if (hidden > 0) out.push(`  … ${o.lang === 'en' ? `${hidden} more ${code}` : `còn ${hidden} ${code} nữa`}`);
    }
  }
  return out;
}
