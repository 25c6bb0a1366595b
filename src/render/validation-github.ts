/**
 * `atvsld validate --format github`: workflow commands that GitHub Actions
 * shows as annotations on the files. GitHub shows only 10 annotations of each
 * kind per step, so by default each file gets at most one annotation per
 * severity (its first problem in reading order), which counts the file's other
 * problems of that severity; errors come first, then warnings, then notices,
 * and a last notice says how many problems were folded. `annotationsPerFile`
 * raises or lowers the cap (Infinity: every problem).
 * Escaping follows GitHub's workflow-command rules (@actions/core): `%`, CR
 * and LF in the message; also `:` and `,` in properties.
 * Nothing else is printed, so every line is a command.
 */
import type { Diagnostic, Severity } from '../core/diagnostics/diagnostic.js';
import { formatMessage, formatText, type Lang } from '../core/diagnostics/format.js';
import type { CheckedFile } from '../core/submission/submission.js';
import { placeInFile, sortDiagnostics } from './validation-summary.js';

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const MORE = { error: 'validate.annotation.moreErrors', warning: 'validate.annotation.moreWarnings', info: 'validate.annotation.moreNotes' } as const;

export interface GithubOptions {
  /** Annotations per file and severity; default 1, Infinity for all. */
  readonly annotationsPerFile?: number;
  /** Maps a file to the path GitHub links (relative to the repository); default: as given. */
  readonly displayPath?: (file: string) => string;
}

export function renderValidationGithub(files: readonly CheckedFile[], lang: Lang, o: GithubOptions = {}): string {
  const cap = o.annotationsPerFile ?? 1;
  const show = o.displayPath ?? ((file: string) => file);
  const bySeverity: Record<Severity, string[]> = { error: [], warning: [], info: [] };
  let total = 0;
  let shown = 0;
  let withProblems = 0;
  for (const file of files) {
    const sorted = sortDiagnostics(file);
    total += sorted.length;
    if (sorted.length > 0) withProblems += 1;
    for (const severity of SEVERITIES) {
      const all = sorted.filter((d) => d.severity === severity);
      const kept = all.slice(0, cap);
      const hidden = all.length - kept.length;
      kept.forEach((d, i) => {
        const more = hidden > 0 && i === kept.length - 1
          ? ` ${formatText(lang, MORE[severity], { count: hidden })}`
          : '';
        bySeverity[severity].push(annotation(show(file.file), d, lang, more));
      });
      shown += kept.length;
    }
  }
  const lines = [...bySeverity.error, ...bySeverity.warning, ...bySeverity.info];
  if (shown < total) {
    const args = { shown, total, files: withProblems, folded: total - shown, cap };
    lines.push(`::notice title=atvsld::${escapeData(formatText(lang, 'validate.annotation.folded', args))}`);
  }
  // Only workflow commands: CI scripts may treat every line as one.
  return lines.map((l) => `${l}\n`).join('');
}

function annotation(path: string, d: Diagnostic, lang: Lang, more: string): string {
  const place = placeInFile(d);
  const message = `${place ? `${place} ` : ''}${formatMessage(d, lang)}${more}`;
  return `::${COMMANDS[d.severity]} file=${escapeProperty(path)},title=${escapeProperty(d.code)}::${escapeData(message)}`;
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
