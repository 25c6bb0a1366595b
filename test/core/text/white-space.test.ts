import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../../src/core/text/white-space.js';

describe('isWhiteSpace', () => {
  it('is what /\\s/ matches, for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c += 1) expect(isWhiteSpace(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)));
    expect(isWhiteSpace(Number.NaN)).toBe(false);
  });
});
