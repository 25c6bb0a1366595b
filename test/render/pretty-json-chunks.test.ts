import { describe, expect, it } from 'vitest';
import { prettyObjectChunks } from '../../src/render/consolidation-json.js';

const pretty = (value: Record<string, unknown>): string => `${JSON.stringify(value, null, 2)}\n`;

describe('prettyObjectChunks', () => {
  const cases: Record<string, Record<string, unknown>> = {
    empty: {},
    scalars: { version: 1, year: 2025, asOf: '2025-12-31', ok: true, none: null },
    'undefined fields are left out, as JSON.stringify does': { a: 1, b: undefined, c: 'x', d: () => 1 },
    'empty and nested lists': { list: [], rows: [{ id: '1.1', cells: [{ agency: 'so-y-te', text: 'Dòng 1\nDòng 2' }, []] }, [1, [2, {}]], 'x'] },
    'undefined items become null': { items: [1, undefined, 3] },
    'text with line breaks, quotes and Vietnamese': { s: 'Đã "hoàn thành"\r\n\tđúng hạn', o: { k: ['a\nb'] } },
  };
  for (const [name, value] of Object.entries(cases)) {
    it(`gives JSON.stringify's text: ${name}`, () => {
      expect([...prettyObjectChunks(value)].join('')).toBe(pretty(value));
    });
  }

  it('yields a large list item by item', () => {
    const value = { tasks: Array.from({ length: 1000 }, (_, i) => ({ id: i, text: `nhiệm vụ ${i}` })) };
    const chunks = [...prettyObjectChunks(value)];
    expect(chunks.length).toBeGreaterThan(1000);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(100);
    expect(chunks.join('')).toBe(pretty(value));
  });
});
