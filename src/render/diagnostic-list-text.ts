import type { ChalkInstance } from 'chalk';
import { countBySeverity, type Diagnostic, type Severity } from '../core/diagnostics/diagnostic.js';
import { formatLocation, formatMessage, type Lang } from '../core/diagnostics/format.js';

const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' },
  en: { error: 'error', warning: 'warning', info: 'note' },
};

/** One line per diagnostic: `location  CODE  severity: message`. */
export function renderDiagnosticList(
  diagnostics: readonly Diagnostic[],
  o: { lang: Lang; chalk: ChalkInstance },
): string {
  return diagnostics
    .map((d) => {
      const paint = d.severity === 'error' ? o.chalk.red : d.severity === 'warning' ? o.chalk.yellow : o.chalk.cyan;
      const where = formatLocation(d.location);
      const word = SEVERITY_WORDS[o.lang][d.severity];
      return `${where ? `${where}  ` : ''}${paint(d.code)}  ${word}: ${formatMessage(d, o.lang)}\n`;
    })
    .join('');
}

/** The last line a person reads: "2 lỗi, 3 cảnh báo". */
export function renderCounts(diagnostics: readonly Diagnostic[], lang: Lang): string {
  const c = countBySeverity(diagnostics);
  return lang === 'en'
    ? `${c.error} error(s), ${c.warning} warning(s)`
    : `${c.error} lỗi, ${c.warning} cảnh báo`;
}
