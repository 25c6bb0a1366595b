/** Counts over all checked files, shared by every output format. Complete: nothing is ever left out of them. */
import { countByCode, countBySeverity, type Diagnostic, type Severity } from '../core/diagnostics/diagnostic.js';
import { formatLocation, type Lang } from '../core/diagnostics/format.js';
import { SHEETS } from '../core/form/form-layout.js';
import type { CheckedFile } from '../core/submission/submission.js';
import { terminalSafe } from '../core/text/terminal-safe.js';

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
  const rank = sheetRanks(file);
  const keyed = file.diagnostics.map((d, index) => ({ d, index, key: placeKey(d, rank) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index);
  return keyed.map((k) => k.d);
}

type PlaceKey = readonly [sheetRank: number, sheet: string, row: number, column: number];

function sheetRanks(file: CheckedFile): Map<string, number> {
  const found = file.submission?.sheets ?? {};
  const order = [SHEETS.instructions, found.cover ?? SHEETS.cover, found.tasks ?? SHEETS.tasks, found.indicators ?? SHEETS.indicators, found.meta ?? SHEETS.meta];
  return new Map(order.map((name, i) => [name, i + 1]));
}

function placeKey(d: Diagnostic, rank: Map<string, number>): PlaceKey {
  const loc = d.location;
  if (loc?.sheet === undefined) return [0, '', loc?.line ?? 0, loc?.column ?? 0];
  const cell = /^\$?([A-Z]+)\$?(\d+)$/i.exec((loc.cell ?? '').split(':')[0]!);
  const column = cell ? [...cell[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
  return [rank.get(loc.sheet) ?? Number.MAX_SAFE_INTEGER, loc.sheet, cell ? Number(cell[2]) : 0, column];
}

function compareKeys(a: PlaceKey, b: PlaceKey): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return a[2] - b[2] || a[3] - b[3];
}
