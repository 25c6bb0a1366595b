import { describe, expect, it } from 'vitest';
import { wrappedLines } from '../../../src/io/template/row-height.js';

/** The word wrap as first written (split on line feeds, then on /\s+/): the one-pass version must count the same lines. */
function reference(text: string, width: number, bold = false): number {
  const capacity = Math.max(1, Math.floor(width * 1.05 * (bold ? 0.9 : 1)) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = word.length;
      if (used === 0) used = length;
      else if (used + 1 + length <= capacity) used += 1 + length;
      else {
        lines += 1;
        used = length;
      }
      while (used > capacity) {
        lines += 1;
        used -= capacity;
      }
    }
  }
  return lines;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = ['a', 'Đ', 'ệ', 'x', 'word', 'nhiệm', ' ', '  ', '\n', '\r\n', '\t', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff', '\u200b', '\u180e', '😀', '-', '.'];

describe('wrappedLines in one pass', () => {
  it('counts the lines the split-based word wrap counts, on 20,000 random texts and widths', () => {
    const next = random(42);
    for (let n = 0; n < 20_000; n += 1) {
      let text = '';
      const parts = Math.floor(next() * 60);
      for (let i = 0; i < parts; i += 1) text += PIECES[Math.floor(next() * PIECES.length)]!.repeat(1 + Math.floor(next() * 3));
      const width = 1 + Math.floor(next() * 70);
      const bold = next() < 0.3;
      expect(wrappedLines(text, width, bold), JSON.stringify({ text, width, bold })).toBe(reference(text, width, bold));
    }
  });
});
