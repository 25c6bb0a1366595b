import type { Diagnostic, DiagnosticArgs, DiagnosticLocation } from './diagnostic.js';
import { CATALOG } from './catalog.js';
import type { MessageEntry } from './message-catalog.js';
import { REASON_MESSAGES } from './reason-messages.js';
import { UI_MESSAGES, type UiArgs, type UiKey } from './ui-messages.js';
import { terminalSafe } from '../text/terminal-safe.js';

export type Lang = 'vi' | 'en';

/**
 * Fill a template's placeholders (see message-catalog.ts): `{name}`,
 * `{name:n}` grouped number, `{name:one|other}` English plural with `#` for
 * the number. An unknown placeholder is left visible rather than dropped;
 * `{reason}` is worded from REASON_MESSAGES when it is one of its ids.
 */
export function fillTemplate(template: string, args: DiagnosticArgs, lang: Lang): string {
  return template.replace(/\{(\w+)(?::([^{}]*))?\}/g, (whole, key: string, spec: string | undefined) => {
    const value = args[key];
    if (value === undefined) return whole;
    const reason = key === 'reason' && typeof value === 'string' && Object.hasOwn(REASON_MESSAGES, value) ? REASON_MESSAGES[value] : undefined;
    if (reason) return fillTemplate(lang === 'en' ? reason.en : reason.vi, args, lang);
    // Values come from files and file names: no control character or line break of theirs reaches a message.
    if (spec === undefined) return terminalSafe(String(value));
    if (spec === 'n') return typeof value === 'number' ? groupDigits(value, lang) : terminalSafe(String(value));
    const forms = spec.split('|');
    if (forms.length !== 2) return whole;
    const form = Number(value) === 1 ? forms[0]! : forms[1]!;
    return form.replaceAll('#', typeof value === 'number' ? groupDigits(value, lang) : String(value));
  });
}

export function groupDigits(value: number, lang: Lang): string {
  if (!Number.isInteger(value)) return String(value);
  return String(value).replace(/\B(?=(\d{3})+$)/g, lang === 'en' ? ',' : '.');
}

/** A diagnostic's message in one language (its code's catalog wording, filled). */
export function formatMessage(diagnostic: Diagnostic, lang: Lang = 'vi'): string {
  const entry = Object.hasOwn(CATALOG, diagnostic.code) ? CATALOG[diagnostic.code] : undefined;
  if (!entry) return `${diagnostic.code} ${JSON.stringify(diagnostic.args)}`;
  return fillTemplate(lang === 'en' ? entry.en : entry.vi, diagnostic.args, lang);
}

/** A diagnostic's advice in one language, when its catalog entry has one. */
export function formatFix(diagnostic: Diagnostic, lang: Lang = 'vi'): string | undefined {
  const entry: MessageEntry | undefined = Object.hasOwn(CATALOG, diagnostic.code) ? CATALOG[diagnostic.code] : undefined;
  const fix = lang === 'en' ? entry?.fixEn : entry?.fixVi;
  return fix === undefined ? undefined : fillTemplate(fix, diagnostic.args, lang);
}

/**
 * A text of UI_MESSAGES (summaries, headings, help) in one language:
 * `formatText('en', 'counts', { errors: 1, warnings: 2 })` → "1 error, 2 warnings".
 */
export function formatText<K extends UiKey>(lang: Lang, key: K, ...args: UiArgs<K>): string {
  const entry = UI_MESSAGES[key];
  return fillTemplate(lang === 'en' ? entry.en : entry.vi, (args[0] ?? {}) as DiagnosticArgs, lang);
}

/** `file:line:column` for YAML, `file Sheet!C7` for workbooks; empty when nothing is known. */
export function formatLocation(location: DiagnosticLocation | undefined): string {
  if (!location) return '';
  const { line, column, cell } = location;
  const file = location.file === undefined ? undefined : terminalSafe(location.file);
  const sheet = location.sheet === undefined ? undefined : terminalSafe(location.sheet);
  if (line !== undefined) return `${file ?? ''}:${line}:${column ?? 1}`;
  const where = sheet !== undefined ? `${sheet}${cell ? `!${terminalSafe(cell)}` : ''}` : '';
  return [file, where].filter(Boolean).join(' ');
}
