/**
 * 300,000 diagnostics printed as text: every renderer and summary over them
 * works element by element (no `push(...lines)`, no `Math.max(...rows)`,
 * which throw "Maximum call stack size exceeded" past about 120,000).
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.js';
import type { CheckedFile } from '../../src/core/submission/submission.js';
import { renderDiagnosticList, renderDiagnosticListChunks, renderCounts } from '../../src/render/diagnostic-list-text.js';
import { renderPlanCheckJson, renderPlanCheckJsonChunks } from '../../src/render/plan-check-formats.js';
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
    // One heading line for the file (diagnostics are grouped by file), one line each, and the final newline.
    expect(text.split('\n')).toHaveLength(COUNT + 2);
    expect(text.split('\n')[0]).toContain('lon.xlsx');
    expect(renderCounts(diagnostics, 'vi')).toBe('300000 lỗi, 0 cảnh báo');
  });

  it('as validate text, grouped and sorted, and as JSON', () => {
    const text = renderValidationText([file], { lang: 'en', color: false });
    expect(text.split('\n').filter((l) => l.includes('STATUS_MISSING'))).toHaveLength(COUNT);
    expect(JSON.parse(renderValidationJson([file], 'en')).files[0].diagnostics).toHaveLength(COUNT);
  });

  it('as a list written in pieces of 1,000 lines, the same text as written whole', () => {
    const o = { lang: 'vi', chalk: new Chalk({ level: 0 }) } as const;
    const chunks = [...renderDiagnosticListChunks(diagnostics, o)];
    // The file's heading and 999 lines, then 1,000 lines each.
    expect(chunks).toHaveLength(COUNT / 1_000 + 1);
    expect(chunks[0]!.split('\n')).toHaveLength(1_001);
    expect(chunks.join('')).toBe(renderDiagnosticList(diagnostics, o));
  });

  it('as plan-check JSON in pieces: the text of JSON.stringify(…, null, 2)', () => {
    const check = { file: 'ke-hoach.yaml', diagnostics: diagnostics.slice(0, 5_000) };
    const chunks = [...renderPlanCheckJsonChunks(check, 'en')];
    expect(chunks.length).toBeGreaterThan(1);
    const text = chunks.join('');
    expect(text).toBe(renderPlanCheckJson(check, 'en'));
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(JSON.parse(text)).toMatchObject({ valid: false, summary: { errors: 5_000, warnings: 0, notes: 0 } });
  });
});
