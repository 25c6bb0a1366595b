import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../../src/core/text/terminal-safe.js';

describe('terminalSafe', () => {
  it.each([
    ['Đã hoàn thành', 'Đã hoàn thành'],
    ['Đã hoàn thành\n  ✓ không có vấn đề', 'Đã hoàn thành   ✓ không có vấn đề'],
    ['a\r\nb\tc\u2028d\u0085e', 'a  b c d e'],
    ['bao-cao\u001b[2J\u001b[31m.xlsx', 'bao-cao[2J[31m.xlsx'],
    ['\u009b31mx', '31mx'],
    ['hoa-don-\u202egpj.xlsx', 'hoa-don-gpj.xlsx'],
    ['\u2066isolate\u2069 \u200fRLM kept', 'isolate \u200fRLM kept'],
    ['nul\u0000 bell\u0007 del\u007f', 'nul bell del'],
  ])('%j → %j', (input, output) => {
    expect(terminalSafe(input)).toBe(output);
  });

  it('returns the same string when there is nothing to change', () => {
    const text = 'Sở Y tế — 2025';
    expect(terminalSafe(text)).toBe(text);
  });
});

describe('jsonSafe (render/json-safe.ts)', () => {
  it('writes C1 controls, separators and bidi overrides as escapes: the same data for a JSON reader', async () => {
    const { jsonSafe } = await import('../../../src/render/json-safe.js');
    const value = { name: 'a\u009b31m\u202egpj\u2028x\u007f', ok: 'Sở Y tế' };
    const text = jsonSafe(JSON.stringify(value));
    expect(text).toBe('{"name":"a\\u009b31m\\u202egpj\\u2028x\\u007f","ok":"Sở Y tế"}');
    expect(JSON.parse(text)).toEqual(value);
  });
});
