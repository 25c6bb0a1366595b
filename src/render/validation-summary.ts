/** Counts over all checked files, shared by every output format. Complete: nothing is ever left out of them. */
import { orderByIndex } from '../core/collections/order-by-index.js';
import { countByCode, countBySeverity, type Diagnostic, type Severity } from '../core/diagnostics/diagnostic.js';
import { formatLocation, formatText, type Lang } from '../core/diagnostics/format.js';
import { SHEETS } from '../core/form/form-layout.js';
import type { CheckedFile } from '../core/submission/submission.js';
import { terminalSafe } from '../core/text/terminal-safe.js';
import { readA1, type A1Place } from '../core/workbook/read-a1.js';

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
  return formatText(lang, 'counts.filesProblems', { files: s.files, errors: s.errors, warnings: s.warnings });
}

export const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  vi: { error: formatText('vi', 'severity.error'), warning: formatText('vi', 'severity.warning'), info: formatText('vi', 'severity.info') },
  en: { error: formatText('en', 'severity.error'), warning: formatText('en', 'severity.warning'), info: formatText('en', 'severity.info') },
};

/** `Sheet!C7`, `Sheet`, `line:col`, or '' when the diagnostic is about the whole file. */
export function placeInFile(d: Diagnostic): string {
  const loc = d.location;
  if (!loc) return '';
  if (loc.sheet !== undefined) return terminalSafe(loc.cell ? `${loc.sheet}!${loc.cell}` : loc.sheet);
  if (loc.line !== undefined) return formatLocation({ ...loc, file: '' }).replace(/^:/, '');
  return '';
}

/**
 * A file's diagnostics in reading order: whole-file ones first, then sheet by
 * sheet in the form's order (other sheets after, by name), then row, then
 * column. Stable, so equal places keep the order the checks found them in.
 */
export function sortDiagnostics(file: CheckedFile): Diagnostic[] {
  // Keys in typed arrays, not an object per diagnostic: a form of 150,000 task rows has as many diagnostics.
  const rank = sheetRanks(file);
  const list = file.diagnostics;
  const n = list.length;
  const ranks = new Float64Array(n);
  const sheets: string[] = new Array<string>(n);
  const rows = new Float64Array(n);
  const cols = new Float64Array(n);
  const place: A1Place = { row: 0, col: 0 };
  const compare = (a: number, b: number): number => {
    if (ranks[a] !== ranks[b]) return ranks[a]! - ranks[b]!;
    if (sheets[a] !== sheets[b]) return sheets[a]! < sheets[b]! ? -1 : 1;
    return rows[a]! - rows[b]! || cols[a]! - cols[b]! || a - b;
  };
  for (let i = 0; i < n; i += 1) {
    const loc = list[i]!.location;
    if (loc?.sheet === undefined) {
      ranks[i] = 0;
      sheets[i] = '';
      rows[i] = loc?.line ?? 0;
      cols[i] = loc?.column ?? 0;
    } else {
      const found = readA1(loc.cell ?? '', place, false);
      ranks[i] = rank.get(loc.sheet) ?? Number.MAX_SAFE_INTEGER;
      sheets[i] = loc.sheet;
      rows[i] = found ? place.row : 0;
      cols[i] = found ? place.col : 0;
    }
  }
  return orderByIndex(list, compare);
}

function sheetRanks(file: CheckedFile): Map<string, number> {
  const found = file.submission?.sheets ?? {};
  const order = [SHEETS.instructions, found.cover ?? SHEETS.cover, found.tasks ?? SHEETS.tasks, found.indicators ?? SHEETS.indicators, found.meta ?? SHEETS.meta];
  return new Map(order.map((name, i) => [name, i + 1]));
}
