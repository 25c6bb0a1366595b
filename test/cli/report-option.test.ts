import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.js';
import { exitCodeForValidation } from '../../src/cli/exit-codes.js';
import { parseAnnotationCap, parseReports } from '../../src/cli/report-option.js';

describe('--report FORMAT=FILE', () => {
  it('resolves each file against the working folder, keeping the order', () => {
    expect(parseReports(['junit=out/a.xml', 'summary=/tmp/s.md', 'json=b=c.json'], '/repo')).toEqual([
      { format: 'junit', path: '/repo/out/a.xml' },
      { format: 'summary', path: '/tmp/s.md' },
      { format: 'json', path: '/repo/b=c.json' },
    ]);
  });

  it.each([['xml=a.xml'], ['junit'], ['junit='], ['=a.xml'], ['toString=a']])('refuses %s (a usage error: exit 2)', (value) => {
    expect(() => parseReports([value], '/repo')).toThrow(expect.objectContaining({ code: 'REPORT_OPTION_INVALID', kind: 'usage', args: expect.objectContaining({ value }) }));
  });

  it('refuses the same file twice', () => {
    expect(() => parseReports(['json=a.json', 'junit=./a.json'], '/repo')).toThrow(expect.objectContaining({ code: 'REPORT_FILE_TWICE', kind: 'usage' }));
  });
});

describe('--annotations', () => {
  it.each([
    [undefined, undefined],
    ['0', 0],
    ['3', 3],
    ['all', Number.POSITIVE_INFINITY],
  ])('%s → %s', (value, cap) => {
    expect(parseAnnotationCap(value)).toBe(cap);
  });

  it.each([['-1'], ['1.5'], ['many'], ['']])('refuses %s (a usage error: exit 2)', (value) => {
    expect(() => parseAnnotationCap(value)).toThrow(expect.objectContaining({ code: 'ANNOTATIONS_INVALID', kind: 'usage' }));
  });
});

describe('exitCodeForValidation', () => {
  // Only code and severity decide the exit code; the arguments do not matter here.
  const d = (code: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({ code, severity, args: {} }) as unknown as Diagnostic;
  it.each([
    ['nothing', [], false, 0],
    ['a warning', [d('COUNT_TEXT_NUMBER', 'warning')], false, 0],
    ['a warning, --strict', [d('COUNT_TEXT_NUMBER', 'warning')], true, 1],
    ['an error in a form', [d('STATUS_MISSING')], false, 1],
    ['an empty folder', [d('VALIDATE_NO_FILES')], false, 1],
    ['a path that does not exist, with form errors too', [d('STATUS_MISSING'), d('WORKBOOK_NOT_FOUND')], false, 2],
    ['a bug, whatever else', [d('WORKBOOK_NOT_FOUND'), d('INTERNAL_ERROR')], false, 3],
  ] as const)('%s → %i', (_name, diagnostics, strict, code) => {
    expect(exitCodeForValidation(diagnostics, strict)).toBe(code);
  });
});
