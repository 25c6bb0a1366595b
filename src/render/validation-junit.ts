/**
 * `atvsld validate --format junit`, valid against Jenkins' junit-10.xsd
 * (test/fixtures/junit/junit-10.xsd). That schema allows `file` on a
 * testsuite but not on a testcase, so each file is its own testsuite
 * (`name` and `file` = the path, the path again as a property) holding one
 * testcase (`classname` atvsld.validate, `name` the path).
 * A file with errors fails (with `strict`, warnings fail it too); the failure
 * `message` names the first failing code and cell and how many others there
 * are, its body lists every problem of the file. A file that passes with
 * warnings or notes lists them in `<system-err>`, which reporters show.
 * Attribute values escape every character that XML would otherwise change
 * (newlines and tabs as character references).
 */
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { formatMessage, formatText, type Lang } from '../core/diagnostics/format.js';
import type { CheckedFile } from '../core/submission/submission.js';
import { SEVERITY_WORDS, placeInFile, sortDiagnostics } from './validation-summary.js';

export interface JunitOptions {
  /** `--strict`: warnings fail a file, as they fail the exit code. */
  readonly strict?: boolean;
}

export const JUNIT_CLASSNAME = 'atvsld.validate';

export function renderValidationJunit(files: readonly CheckedFile[], lang: Lang, o: JunitOptions = {}): string {
  const fails = (d: Diagnostic): boolean => d.severity === 'error' || (o.strict === true && d.severity === 'warning');
  let failed = 0;
  const suites: string[] = [];
  for (const file of files) {
    const sorted = sortDiagnostics(file);
    const failing = sorted.filter(fails);
    if (failing.length > 0) failed += 1;
    for (const line of testSuite(file.file, sorted, failing, lang)) suites.push(line);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="atvsld validate" tests="${files.length}" failures="${failed}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function testSuite(path: string, sorted: readonly Diagnostic[], failing: readonly Diagnostic[], lang: Lang): string[] {
  const name = escapeXmlAttribute(path);
  const out = [
    `  <testsuite name="${name}" file="${name}" tests="1" failures="${failing.length > 0 ? 1 : 0}" errors="0" skipped="0">`,
    `    <properties><property name="file" value="${name}"/></properties>`,
  ];
  const open = `    <testcase classname="${JUNIT_CLASSNAME}" name="${name}"`;
  if (sorted.length === 0) {
    out.push(`${open}/>`);
  } else {
    out.push(`${open}>`);
    if (failing.length > 0) {
      const first = failing[0]!;
      out.push(`      <failure message="${escapeXmlAttribute(failureMessage(first, sorted.length - 1, lang))}" type="${escapeXmlAttribute(first.code)}">${escapeXml(lines(sorted, lang))}</failure>`);
    } else {
      out.push(`      <system-err>${escapeXml(lines(sorted, lang))}</system-err>`);
    }
    out.push('    </testcase>');
  }
  out.push('  </testsuite>');
  return out;
}

/** `STATUS_MISSING tại Nhiệm vụ!D12: Chưa chọn … (và 2 vấn đề khác)`. */
export function failureMessage(first: Diagnostic, others: number, lang: Lang): string {
  const place = placeInFile(first);
  const message = formatMessage(first, lang);
  const head = place ? formatText(lang, 'validate.junit.failureAt', { code: first.code, place, message }) : `${first.code}: ${message}`;
  return others > 0 ? `${head} ${formatText(lang, 'validate.junit.failureOthers', { count: others })}` : head;
}

function lines(diagnostics: readonly Diagnostic[], lang: Lang): string {
  return diagnostics
    .map((d) => {
      const place = placeInFile(d);
      return `${place ? `${place}  ` : ''}${d.code}  ${SEVERITY_WORDS[lang][d.severity]}: ${formatMessage(d, lang)}`;
    })
    .join('\n');
}

/** Characters XML 1.0 cannot carry at all: control characters, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes markup and drops characters XML 1.0 cannot carry; for element text. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // A literal CR would be read back as LF (XML 1.0 §2.11).
    .replace(/\r/g, '&#13;');
}

/**
 * For attribute values: also tab, LF and CR as character references, since a
 * parser turns literal ones into spaces (attribute-value normalisation, XML 1.0 §3.3.3).
 */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
