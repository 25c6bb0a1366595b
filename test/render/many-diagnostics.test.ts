/**
 * 300,000 diagnostics printed as text: every renderer and summary over them
 * works element by element (no `push(...lines)`, no `Math.max(...rows)`,
 * which throw "Maximum call stack size exceeded" past about 120,000).
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.js';
import type { CheckedFile } from '../../src/core/submission/submission.js';
import { renderDiagnosticList, renderCounts } from '../../src/render/diagnostic-list-text.js';
import { renderValidationText } from '../../src/render/validation-text.js';
import { renderValidationJson } from '../../src/render/validation-json.js';

const COUNT = 300_000;
const diagnostics: Diagnostic[] = Array.from({ length: COUNT }, (_, i) => ({
  code: 'STATUS_MISSING',
  severity: 'error',
  args: { task: `9.${i + 1}` },
  location: { file: 'lon.xlsx', sheet: 'Nhiệm vụ', cell: `D${i + 5}` },
}));
const file: CheckedFile = { file: 'lon.xlsx', diagnostics };

describe('300,000 diagnostics', () => {
  it('as a list, with the counts', () => {
    const text = renderDiagnosticList(diagnostics, { lang: 'vi', chalk: new Chalk({ level: 0 }) });
    expect(text.split('\n')).toHaveLength(COUNT + 1);
    expect(renderCounts(diagnostics, 'vi')).toBe('300000 lỗi, 0 cảnh báo');
  });

  it('as validate text, grouped and sorted, and as JSON', () => {
    const text = renderValidationText([file], { lang: 'en', color: false });
    expect(text.split('\n').filter((l) => l.includes('STATUS_MISSING'))).toHaveLength(COUNT);
    expect(JSON.parse(renderValidationJson([file], 'en')).files[0].diagnostics).toHaveLength(COUNT);
  });
});
