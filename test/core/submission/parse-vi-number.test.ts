import { describe, expect, it } from 'vitest';
import { parseViNumber } from '../../../src/core/submission/parse-vi-number.js';

describe('parseViNumber', () => {
  it.each([
    ['1234', 1234],
    [' 12 ', 12],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1 234 567', 1234567],
    ['1\u00A0234', 1234],
    ['1,5', 1.5],
    ['12,25', 12.25],
    ['1.234,5', 1234.5],
    ['1.234,567', 1234.567],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['1.5', 1.5],
    ['-3', -3],
    ['\u22123', -3],
    ['+7', 7],
  ])('"%s" → %s', (text, value) => {
    expect(parseViNumber(text)).toEqual({ kind: 'number', value });
  });

  it.each(['9'.repeat(400), '9007199254740993', '9.007.199.254.740.993', '1' + '0'.repeat(309) + ',5'])('"%s" is too large to be exact', (text) => {
    expect(parseViNumber(text)).toEqual({ kind: 'too-large' });
  });

  it('keeps the largest exact integer', () => {
    expect(parseViNumber('9007199254740991')).toEqual({ kind: 'number', value: Number.MAX_SAFE_INTEGER });
  });

  it.each(['1,234', '12,345', '-1,000'])('"%s" is ambiguous', (text) => {
    expect(parseViNumber(text)).toEqual({ kind: 'ambiguous' });
  });

  it.each(['', 'abc', '12 người', '1.23.4', '10/12', '1..2', '-', '1,2,3', '½'])('"%s" is not a number', (text) => {
    expect(parseViNumber(text)).toEqual({ kind: 'invalid' });
  });
});
