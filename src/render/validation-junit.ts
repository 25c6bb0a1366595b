/**
 * `atvsld validate --format junit`: one test case per file for CI test
 * reports. A file with errors fails, its diagnostics in the failure body;
 * warnings and notes go to the case's system-out.
 */
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { formatMessage, type Lang } from '../core/diagnostics/format.js';
import type { CheckedFile } from '../core/submission/submission.js';
import { renderCounts } from './diagnostic-list-text.js';
import { SEVERITY_WORDS, placeInFile } from './validation-summary.js';

export function renderValidationJunit(files: readonly CheckedFile[], lang: Lang): string {
  const failed = files.filter((f) => f.diagnostics.some((d) => d.severity === 'error')).length;
  const counts = `tests="${files.length}" failures="${failed}" errors="0"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="atvsld validate" ${counts}>`,
    `  <testsuite name="atvsld validate" ${counts} skipped="0">`,
    ...files.flatMap((f) => testCase(f, lang)),
    '  </testsuite>',
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

function testCase(file: CheckedFile, lang: Lang): string[] {
  const errors = file.diagnostics.filter((d) => d.severity === 'error');
  const others = file.diagnostics.filter((d) => d.severity !== 'error');
  const open = `    <testcase classname="atvsld.validate" name="${escapeXml(file.file)}"`;
  if (file.diagnostics.length === 0) return [`${open}/>`];
  const out = [`${open}>`];
  if (errors.length > 0) {
    out.push(`      <failure message="${escapeXml(renderCounts(file.diagnostics, lang))}" type="${escapeXml(errors[0]!.code)}">${escapeXml(lines(errors, lang))}</failure>`);
  }
  if (others.length > 0) out.push(`      <system-out>${escapeXml(lines(others, lang))}</system-out>`);
  out.push('    </testcase>');
  return out;
}

function lines(diagnostics: readonly Diagnostic[], lang: Lang): string {
  return diagnostics
    .map((d) => {
      const place = placeInFile(d);
      return `${place ? `${place}  ` : ''}${d.code}  ${SEVERITY_WORDS[lang][d.severity]}: ${formatMessage(d, lang)}`;
    })
    .join('\n');
}

/** Escapes markup and drops characters XML 1.0 cannot carry at all (control characters, lone surrogates). */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
