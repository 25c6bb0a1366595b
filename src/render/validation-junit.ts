/**
 * `atvsld validate --format junit`: one test case per file for CI test
 * reports. A file with errors fails (with `strict`, warnings fail it too),
 * the failing diagnostics in the failure body; the rest go to the case's
 * system-out, so nothing is left out.
 */
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { formatMessage, type Lang } from '../core/diagnostics/format.js';
import type { CheckedFile } from '../core/submission/submission.js';
import { renderCounts } from './diagnostic-list-text.js';
import { SEVERITY_WORDS, placeInFile, sortDiagnostics } from './validation-summary.js';

export interface JunitOptions {
  /** `--strict`: warnings fail a file, as they fail the exit code. */
  readonly strict?: boolean;
}

export function renderValidationJunit(files: readonly CheckedFile[], lang: Lang, o: JunitOptions = {}): string {
  const fails = (d: Diagnostic): boolean => d.severity === 'error' || (o.strict === true && d.severity === 'warning');
  const failed = files.filter((f) => f.diagnostics.some(fails)).length;
  const counts = `tests="${files.length}" failures="${failed}" errors="0"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="atvsld validate" ${counts}>`,
    `  <testsuite name="atvsld validate" ${counts} skipped="0">`,
    ...files.flatMap((f) => testCase(f, lang, fails)),
    '  </testsuite>',
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

function testCase(file: CheckedFile, lang: Lang, fails: (d: Diagnostic) => boolean): string[] {
  const sorted = sortDiagnostics(file);
  const failing = sorted.filter(fails);
  const others = sorted.filter((d) => !fails(d));
  const open = `    <testcase classname="atvsld.validate" name="${escapeXml(file.file)}"`;
  if (sorted.length === 0) return [`${open}/>`];
  const out = [`${open}>`];
  if (failing.length > 0) {
    out.push(`      <failure message="${escapeXml(renderCounts(sorted, lang))}" type="${escapeXml(failing[0]!.code)}">${escapeXml(lines(failing, lang))}</failure>`);
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
