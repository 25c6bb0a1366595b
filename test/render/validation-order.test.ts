import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.js';
import type { CheckedFile, Submission } from '../../src/core/submission/submission.js';
import { renderValidationJson } from '../../src/render/validation-json.js';
import { renderValidationJunit } from '../../src/render/validation-junit.js';
import { VALIDATION_FORMATS } from '../../src/render/validation-formats.js';
import { sortDiagnostics } from '../../src/render/validation-summary.js';

// Only the order is tested: codes are labels here, their arguments left out.
const d = (code: string, sheet?: string, cell?: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  code, severity, args: {}, location: sheet === undefined ? { file: 'f.xlsx' } : { file: 'f.xlsx', sheet, ...(cell !== undefined && { cell }) },
}) as unknown as Diagnostic;

const submission: Submission = {
  file: 'f.xlsx', sha256: '0'.repeat(64), meta: {}, cover: { origins: {} }, tasks: [], indicators: [],
  sheets: { cover: 'Thong tin', tasks: 'NV', indicators: 'Chỉ tiêu' },
};

describe('sortDiagnostics', () => {
  it('puts whole-file diagnostics first, then the form sheets in order, then row and column', () => {
    const file: CheckedFile = {
      file: 'f.xlsx',
      submission,
      diagnostics: [
        d('A', 'Chỉ tiêu', 'E3'), d('B', 'NV', 'AA5'), d('C', 'NV', 'Z5'), d('D', 'NV', 'D12'), d('E', 'Khác', 'A1'),
        d('F'), d('G', 'Thong tin', 'C9'), d('H', 'NV', 'B10'), d('I', 'NV'), d('J', 'NV', 'B10:D10'),
      ],
    };
    expect(sortDiagnostics(file).map((x) => x.code)).toEqual(['F', 'G', 'I', 'C', 'B', 'H', 'J', 'D', 'A', 'E']);
  });

  it('orders every format the same way', () => {
    const file: CheckedFile = { file: 'f.xlsx', diagnostics: [d('STATUS_MISSING', 'Nhiệm vụ', 'D12'), d('COUNT_NEGATIVE', 'Nhiệm vụ', 'F5')] };
    const json = JSON.parse(renderValidationJson([file], 'vi'));
    expect(json.files[0].diagnostics.map((x: { cell: string }) => x.cell)).toEqual(['F5', 'D12']);
    for (const render of Object.values(VALIDATION_FORMATS)) {
      const out = render([file], { lang: 'vi', color: false, annotationsPerFile: Infinity });
      expect(out.indexOf('F5'), out).toBeLessThan(out.indexOf('D12'));
    }
  });
});

describe('renderValidationJunit --strict', () => {
  const warned: CheckedFile = { file: 'w.xlsx', diagnostics: [d('COUNT_TEXT_NUMBER', 'Nhiệm vụ', 'F5', 'warning'), d('FORM_META_MISSING', undefined, undefined, 'info')] };

  it('leaves a file with only warnings passing, its warnings in system-err', () => {
    const xml = renderValidationJunit([warned], 'vi');
    expect(xml).toContain('failures="0"');
    expect(xml).not.toContain('<failure');
    expect(xml).toMatch(/<system-err>FORM_META_MISSING  ghi chú: [^<]*\nNhiệm vụ!F5  COUNT_TEXT_NUMBER  cảnh báo: [^<]*<\/system-err>/);
  });

  it('fails it under strict, the warning in the failure and the note still shown', () => {
    const xml = VALIDATION_FORMATS.junit([warned], { lang: 'en', color: false, strict: true });
    expect(xml).toContain('<testsuites name="atvsld validate" tests="1" failures="1"');
    expect(xml).toContain('<testsuite name="w.xlsx" file="w.xlsx" tests="1" failures="1"');
    // The failure names the first failing problem and its cell; its body lists every problem, the note too.
    expect(xml).toMatch(/<failure message="COUNT_TEXT_NUMBER at Nhiệm vụ!F5: [^"]* \(and 1 more problem\)" type="COUNT_TEXT_NUMBER">FORM_META_MISSING  note: [^<]*\nNhiệm vụ!F5  COUNT_TEXT_NUMBER  warning: /);
    expect(xml).not.toContain('<system-err>');
  });
});
