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
  return [...renderDiagnosticListChunks(diagnostics, o)].join('');
}

/**
 * The same text in pieces of about `CHUNK_LINES` lines, to be written one at
 * a time: a plan with 140,000 findings made a 20-million-character text, held
 * three times over (the lines, the lines with their breaks, the joined text)
 * beside its UTF-8 copy on the way out.
 */
export function* renderDiagnosticListChunks(diagnostics: readonly Diagnostic[], o: DiagnosticListOptions): Generator<string> {
  const show = o.showPath ?? ((file: string) => file);
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = d.location?.file ?? '';
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  let lines: string[] = [];
  const flush = (): string => {
    const text = lines.join('');
    lines = [];
    return text;
  };
  for (const d of groups.get('') ?? []) {
    lines.push(`${diagnosticLine(d, '', o)}\n`);
    if (lines.length >= CHUNK_LINES) yield flush();
  }
  for (const [file, group] of groups) {
    if (file === '') continue;
    const shown = show(file);
    lines.push(`${o.chalk.bold(shown)}\n`);
    for (const d of group) {
      lines.push(`  ${diagnosticLine(d, shown, o)}\n`);
      if (lines.length >= CHUNK_LINES) yield flush();
    }
  }
  if (lines.length > 0) yield flush();
}

const CHUNK_LINES = 1_000;

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
