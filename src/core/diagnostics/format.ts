import type { Diagnostic, DiagnosticLocation } from './diagnostic.js';
import { CATALOG } from './catalog.js';
import { REASON_MESSAGES } from './reason-messages.js';

export type Lang = 'vi' | 'en';

/**
 * Fill `{name}` placeholders; unknown placeholders are left visible rather
 * than dropped. `{name:n}` writes a number with its thousands grouped
 * (1.074.790.568 in Vietnamese); `{reason}` is worded from REASON_MESSAGES
 * when it is one of its ids.
 */
function fill(template: string, args: Diagnostic['args'], lang: Lang): string {
  return template.replace(/\{(\w+)(:n)?\}/g, (whole, key: string, asNumber: string | undefined) => {
    const value = args[key];
    if (value === undefined) return whole;
    const reason = key === 'reason' && typeof value === 'string' && Object.hasOwn(REASON_MESSAGES, value) ? REASON_MESSAGES[value] : undefined;
    if (reason) return fill(lang === 'en' ? reason.en : reason.vi, args, lang);
    return asNumber !== undefined && typeof value === 'number' ? groupDigits(value, lang) : String(value);
  });
}

function groupDigits(value: number, lang: Lang): string {
  if (!Number.isInteger(value)) return String(value);
  return String(value).replace(/\B(?=(\d{3})+$)/g, lang === 'en' ? ',' : '.');
}

/** A catalog phrase that is not a diagnostic (report headings, counts), filled like a message. */
export function formatPhrase(phrase: { readonly vi: string; readonly en: string }, args: Diagnostic['args'], lang: Lang = 'vi'): string {
  return fill(lang === 'en' ? phrase.en : phrase.vi, args, lang);
}

export function formatMessage(diagnostic: Diagnostic, lang: Lang = 'vi'): string {
  const entry = CATALOG[diagnostic.code];
  if (!entry) return `${diagnostic.code} ${JSON.stringify(diagnostic.args)}`;
  return fill(lang === 'en' ? entry.en : entry.vi, diagnostic.args, lang);
}

/** `file:line:column` for YAML, `file Sheet!C7` for workbooks; empty when nothing is known. */
export function formatLocation(location: DiagnosticLocation | undefined): string {
  if (!location) return '';
  const { file, line, column, sheet, cell } = location;
  if (line !== undefined) return `${file ?? ''}:${line}:${column ?? 1}`;
  const where = sheet !== undefined ? `${sheet}${cell ? `!${cell}` : ''}` : '';
  return [file, where].filter(Boolean).join(' ');
}
