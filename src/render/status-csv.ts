/**
 * `atvsld status --format csv`: the chase list for a mail merge. One row per
 * agency in the text's order; `state` is a stable code, `stateText` and
 * `reason` are worded in the chosen language. RFC 4180 quoting, CRLF line
 * ends, a BOM so that Excel opens the Vietnamese as UTF-8; a cell that would
 * start a formula (= + - @) is written with a leading apostrophe.
 */
import type { ChaseRow } from '../core/consolidation/chase-list.js';
import type { Lang } from '../core/diagnostics/format.js';
import { contactWords, reasonWords, stateWords } from './status-text.js';

const COLUMNS = ['id', 'name', 'state', 'stateText', 'days', 'receivedOn', 'errors', 'warnings', 'reason', 'contact', 'contactFrom'] as const;

export function renderStatusCsv(rows: readonly ChaseRow[], lang: Lang): string {
  const lines = [COLUMNS.join(',')];
  for (const r of rows) {
    const cells: Record<(typeof COLUMNS)[number], string | number | undefined> = {
      id: r.id,
      name: r.name,
      state: r.state,
      stateText: stateWords(r, lang),
      days: r.days,
      receivedOn: r.receivedOn,
      errors: r.errors,
      warnings: r.warnings,
      reason: r.reason !== undefined ? reasonWords(r.reason, lang) : undefined,
      contact: r.contact !== undefined ? r.contact : contactWords(r, lang),
      contactFrom: r.contactFrom,
    };
    lines.push(COLUMNS.map((c) => csvCell(cells[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
