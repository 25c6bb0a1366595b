import type { ChalkInstance } from 'chalk';
import { countBySeverity, type Diagnostic } from '../core/diagnostics/diagnostic.js';
import { formatLocation, formatMessage, formatText, type Lang } from '../core/diagnostics/format.js';

export interface DiagnosticListOptions {
  readonly lang: Lang;
  readonly chalk: ChalkInstance;
  /** How a file is shown (the CLI makes paths relative to the workspace or the current folder). */
  readonly showPath?: (file: string) => string;
}

/**
 * Diagnostics for stderr, grouped by file so that a log says which file is
 * wrong: the file on its own line, then one line per problem
 * (`  Nhiệm vụ!D12  STATUS_MISSING  lỗi: …`; a YAML line keeps `file:line:col`,
 * which editors open). Problems of no file (a missing report) come first.
 */
export function renderDiagnosticList(diagnostics: readonly Diagnostic[], o: DiagnosticListOptions): string {
  const show = o.showPath ?? ((file: string) => file);
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = d.location?.file ?? '';
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  const lines: string[] = [];
  for (const d of groups.get('') ?? []) lines.push(diagnosticLine(d, '', o));
  for (const [file, group] of groups) {
    if (file === '') continue;
    lines.push(o.chalk.bold(show(file)));
    for (const d of group) lines.push(`  ${diagnosticLine(d, show(file), o)}`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

function diagnosticLine(d: Diagnostic, shownFile: string, o: DiagnosticListOptions): string {
  const paint = d.severity === 'error' ? o.chalk.red : d.severity === 'warning' ? o.chalk.yellow : o.chalk.cyan;
  const where = d.location?.line !== undefined ? formatLocation({ ...d.location, file: shownFile }) : formatLocation({ ...d.location, file: '' });
  const word = formatText(o.lang, `severity.${d.severity}`);
  return `${where ? `${where}  ` : ''}${paint(d.code)}  ${word}: ${formatMessage(d, o.lang)}`;
}

/** The last line a person reads: "2 lỗi, 3 cảnh báo" / "1 error, 3 warnings". */
export function renderCounts(diagnostics: readonly Diagnostic[], lang: Lang): string {
  const c = countBySeverity(diagnostics);
  return formatText(lang, 'counts.problems', { errors: c.error, warnings: c.warning });
}
