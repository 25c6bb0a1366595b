import { describe, expect, it } from 'vitest';
import { looksLikeFormula } from '../../../src/io/xlsx-write/safe-text.js';

describe('looksLikeFormula', () => {
  it('is true exactly for text starting with = + - @, a tab or a carriage return', () => {
    for (let c = 0; c <= 0xffff; c += 1) {
      const text = `${String.fromCharCode(c)}1+2`;
      expect(looksLikeFormula(text), `U+${c.toString(16)}`).toBe(/^[=+\-@\t\r]/.test(text));
    }
    expect(looksLikeFormula('')).toBe(false);
  });
});
