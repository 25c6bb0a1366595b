/**
 * `atvsld validate --format github`: one workflow command per diagnostic,
 * which GitHub Actions shows as an annotation on the file. Escaping follows
 * @actions/core: `%`, CR and LF in the message; also `:` and `,` in properties.
 * Nothing else is printed, so every line is a command.
 */
import { formatMessage, type Lang } from '../core/diagnostics/format.js';
import type { CheckedFile } from '../core/submission/submission.js';
import { placeInFile, sortDiagnostics } from './validation-summary.js';

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function renderValidationGithub(files: readonly CheckedFile[], lang: Lang): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const d of sortDiagnostics(file)) {
      const place = placeInFile(d);
      const message = `${place ? `${place} ` : ''}${formatMessage(d, lang)}`;
      lines.push(`::${COMMANDS[d.severity]} file=${escapeProperty(file.file)},title=${escapeProperty(d.code)}::${escapeData(message)}`);
    }
  }
  // Only workflow commands: CI scripts may treat every line as one.
  return lines.map((l) => `${l}\n`).join('');
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
