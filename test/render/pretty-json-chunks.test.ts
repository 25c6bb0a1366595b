import { describe, expect, it } from 'vitest';
import { Chunked, joinedChunks, MappedList, prettyJsonChunks } from '../../src/render/pretty-json-chunks.js';

const pretty = (value: unknown): string | undefined => JSON.stringify(value, null, 2);
const chunked = (value: unknown, depth: number): string => [...prettyJsonChunks(value, depth)].join('');

class WithGetters {
  readonly id = 'x';
  get hidden(): string {
    return 'getters on the prototype are not own properties';
  }
}

describe('prettyJsonChunks', () => {
  const cases: Record<string, unknown> = {
    empty: {},
    'empty list': [],
    scalars: { version: 1, year: 2025, asOf: '2025-12-31', ok: true, none: null, neg: -0.5 },
    'undefined fields are left out, as JSON.stringify does': { a: 1, b: undefined, c: 'x', d: () => 1, e: Symbol('s') },
    'empty and nested lists': { list: [], rows: [{ id: '1.1', cells: [{ agency: 'so-y-te', text: 'Dòng 1\nDòng 2' }, []] }, [1, [2, {}]], 'x'] },
    'undefined items become null': { items: [1, undefined, () => 2, 3] },
    'text with line breaks, quotes and Vietnamese': { s: 'Đã "hoàn thành"\r\n\tđúng hạn', o: { k: ['a\nb'] } },
    'toJSON is used, once': { when: new Date(Date.UTC(2025, 11, 20)), custom: { toJSON: () => ({ a: [1, 2] }) }, gone: { toJSON: () => undefined } },
    'class instances give their own fields': { v: new WithGetters() },
    'a bare string': 'một dòng\nhai dòng',
    'a bare number': 42,
  };
  for (const [name, value] of Object.entries(cases)) {
    for (const depth of [0, 1, 2, 5]) {
      it(`gives JSON.stringify's text at depth ${depth}: ${name}`, () => {
        expect(chunked(value, depth)).toBe(pretty(value));
      });
    }
  }

  it('gives nothing for a value JSON leaves out', () => {
    expect(chunked(undefined, 3)).toBe('');
  });

  it('writes a MappedList as its mapped items, mapping each only when it is reached', () => {
    const seen: number[] = [];
    const list = new MappedList([1, 2, 3], (n) => {
      seen.push(n);
      return { n, twice: n * 2 };
    });
    const pieces = prettyJsonChunks({ list }, 3);
    const first = [];
    for (const piece of pieces) {
      first.push(piece);
      if (piece.includes('"twice"')) break;
    }
    expect(seen).toEqual([1]);
    expect(chunked({ list }, 3)).toBe(pretty({ list: [1, 2, 3].map((n) => ({ n, twice: n * 2 })) }));
    expect(chunked({ list }, 0)).toBe(pretty({ list: [1, 2, 3].map((n) => ({ n, twice: n * 2 })) }));
  });

  it('yields a large list item by item', () => {
    const value = { tasks: Array.from({ length: 1000 }, (_, i) => ({ id: i, text: `nhiệm vụ ${i}` })) };
    const chunks = [...prettyJsonChunks(value, 2)];
    expect(chunks.length).toBeGreaterThan(1000);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(100);
    expect(chunks.join('')).toBe(pretty(value));
  });
});

describe('joinedChunks', () => {
  it('joins pieces into chunks of at least the given size, keeping the text', () => {
    const pieces = Array.from({ length: 100 }, (_, i) => `mảnh ${i};`);
    const chunks = [...joinedChunks(pieces, 50)];
    expect(chunks.join('')).toBe(pieces.join(''));
    expect(chunks.slice(0, -1).every((c) => c.length >= 50)).toBe(true);
    expect(chunks.length).toBeLessThan(pieces.length);
  });
});

describe('Chunked', () => {
  it('opens its value to its own depth wherever it sits, with the same text', () => {
    const rows = [{ id: '1.1', cells: [{ a: 1 }, { a: 2 }] }];
    const value = { big: new Chunked(rows, 3), small: [{ b: [1, 2] }] };
    const pieces = [...prettyJsonChunks(value, 1)];
    expect(pieces.join('')).toBe(pretty({ big: rows, small: [{ b: [1, 2] }] }));
    // The cells of the Chunked rows are pieces of their own; the small list is one piece.
    expect(pieces.some((p) => p.includes('"a": 1') && p.includes('"a": 2'))).toBe(false);
    expect(pieces.some((p) => p.includes('"b": [') && p.includes('2'))).toBe(true);
    expect(JSON.stringify(value)).toBe(JSON.stringify({ big: rows, small: [{ b: [1, 2] }] }));
  });
});
