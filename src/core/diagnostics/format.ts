import type { Diagnostic, DiagnosticLocation } from './diagnostic.js';
import { CATALOG } from './catalog.js';

export type Lang = 'vi' | 'en';

/** Fill `{name}` placeholders; unknown placeholders are left visible rather than dropped. */
function fill(template: string, args: Diagnostic['args']): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = args[key];
    return value === undefined ? whole : String(value);
  });
}

export function formatMessage(diagnostic: Diagnostic, lang: Lang = 'vi'): string {
  const entry = CATALOG[diagnostic.code];
  if (!entry) return `${diagnostic.code} ${JSON.stringify(diagnostic.args)}`;
  return fill(lang === 'en' ? entry.en : entry.vi, diagnostic.args);
}

/** `file:line:column` for YAML, `file Sheet!C7` for workbooks; empty when nothing is known. */
export function formatLocation(location: DiagnosticLocation | undefined): string {
  if (!location) return '';
  const { file, line, column, sheet, cell } = location;
  if (line !== undefined) return `${file ?? ''}:${line}:${column ?? 1}`;
  const where = sheet !== undefined ? `${sheet}${cell ? `!${cell}` : ''}` : '';
  return [file, where].filter(Boolean).join(' ');
}
