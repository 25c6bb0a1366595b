import { describe, expect, it } from 'vitest';
import { wrappedLines } from '../../../src/io/template/row-height.js';

describe('wrappedLines', () => {
  it.each([
    ['', 10, 1],
    ['ngắn', 10, 1],
    ['một hai ba bốn năm sáu bảy tám', 10, 4],
    ['dòng một\ndòng hai', 40, 2],
    ['x'.repeat(25), 10, 3],
  ])('%j in width %i needs %i lines', (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });
});
