/**
 * `atvsld validate --report markdown=FILE` and the GitHub job summary
 * ($GITHUB_STEP_SUMMARY): the counts, every code with its count, and the
 * files with most problems with their first few problems. Text from the
 * forms (paths, cell values in messages) is escaped so that it can neither
 * break the tables nor turn into links or HTML.
 */
import type { Severity } from '../core/diagnostics/diagnostic.js';
import { formatMessage, formatText, type Lang } from '../core/diagnostics/format.js';
import type { CheckedFile } from '../core/submission/submission.js';
import { SEVERITY_WORDS, placeInFile, sortDiagnostics, summarizeValidation } from './validation-summary.js';

export interface MarkdownOptions {
  /** How many of the files with most problems are listed; default 10. */
  readonly worstFiles?: number;
  /** How many problems are shown per listed file; default 3. */
  readonly problemsPerFile?: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function renderValidationMarkdown(files: readonly CheckedFile[], lang: Lang, o: MarkdownOptions = {}): string {
  const n = (value: number): string => formatText(lang, 'validate.summary.number', { n: value });
  const summary = summarizeValidation(files);
  const withErrors = files.filter((f) => f.diagnostics.some((d) => d.severity === 'error')).length;
  const out = [
    `## ${formatText(lang, 'validate.summary.title')}`,
    '',
    row([formatText(lang, 'validate.summary.files'), formatText(lang, 'validate.summary.filesWithErrors'), formatText(lang, 'validate.summary.errors'), formatText(lang, 'validate.summary.warnings'), formatText(lang, 'validate.summary.notes')]),
    '| ---: | ---: | ---: | ---: | ---: |',
    row([n(summary.files), n(withErrors), n(summary.errors), n(summary.warnings), n(summary.infos)]),
    '',
  ];
  const codes = codeSeverities(files);
  if (codes.size === 0) {
    out.push(formatText(lang, 'validate.summary.clean'));
    return `${out.join('\n')}\n`;
  }
  out.push(`### ${formatText(lang, 'validate.summary.byCode')}`, '', row([formatText(lang, 'validate.summary.code'), formatText(lang, 'validate.summary.severity'), formatText(lang, 'validate.summary.count')]), '| --- | --- | ---: |');
  const byCode = [...codes].sort((a, b) => RANK[a[1]] - RANK[b[1]] || (summary.byCode[b[0]] ?? 0) - (summary.byCode[a[0]] ?? 0) || (a[0] < b[0] ? -1 : 1));
  for (const [code, severity] of byCode) out.push(row([`\`${code}\``, SEVERITY_WORDS[lang][severity], n(summary.byCode[code] ?? 0)]));
  out.push('');
  const worst = worstFiles(files);
  const shown = worst.slice(0, o.worstFiles ?? 10);
  out.push(`### ${formatText(lang, 'validate.summary.worst', { shown: shown.length, count: worst.length })}`, '');
  out.push(row([formatText(lang, 'validate.summary.file'), formatText(lang, 'validate.summary.errors'), formatText(lang, 'validate.summary.warnings'), formatText(lang, 'validate.summary.firstProblems')]), '| --- | ---: | ---: | --- |');
  for (const w of shown) {
    const first = sortDiagnostics(w.file)
      .sort((a, b) => RANK[a.severity] - RANK[b.severity])
      .slice(0, o.problemsPerFile ?? 3)
      .map((d) => {
        const place = placeInFile(d);
        return `${place ? `${escapeMarkdown(place)} ` : ''}\`${d.code}\` ${escapeMarkdown(formatMessage(d, lang))}`;
      });
    out.push(row([escapeMarkdown(w.file.file), n(w.errors), n(w.warnings), first.join('<br>')]));
  }
  out.push('', formatText(lang, 'validate.summary.docs'));
  return `${out.join('\n')}\n`;
}

/** Each code once, with the most severe severity it was reported with. */
function codeSeverities(files: readonly CheckedFile[]): Map<string, Severity> {
  const codes = new Map<string, Severity>();
  for (const f of files) {
    for (const d of f.diagnostics) {
      const known = codes.get(d.code);
      if (known === undefined || RANK[d.severity] < RANK[known]) codes.set(d.code, d.severity);
    }
  }
  return codes;
}

interface Ranked {
  readonly file: CheckedFile;
  readonly errors: number;
  readonly warnings: number;
  readonly index: number;
}

/** Files with problems, most errors first, then most warnings, then most problems, then input order. */
function worstFiles(files: readonly CheckedFile[]): Ranked[] {
  const ranked: Ranked[] = [];
  files.forEach((file, index) => {
    if (file.diagnostics.length === 0) return;
    let errors = 0;
    let warnings = 0;
    for (const d of file.diagnostics) {
      if (d.severity === 'error') errors += 1;
      else if (d.severity === 'warning') warnings += 1;
    }
    ranked.push({ file, errors, warnings, index });
  });
  return ranked.sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || b.file.diagnostics.length - a.file.diagnostics.length || a.index - b.index);
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * Text as literal Markdown in a table cell: HTML characters as entities, the
 * cell separator as an entity, line breaks as spaces, and Markdown's own
 * punctuation backslash-escaped so a file name cannot become a link or emphasis.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]()#~!]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/\r\n|\r|\n/g, ' ');
}
