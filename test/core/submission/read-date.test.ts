import { describe, expect, it } from 'vitest';
import { readDate } from '../../../src/core/submission/read-date.js';

describe('readDate: a date typed as text is read as a date (day first, as Vietnamese writes it)', () => {
  it.each([
    ['15/12/2025', '2025-12-15'],
    ['15.12.2025', '2025-12-15'],
    ['15-12-2025', '2025-12-15'],
    [' 5 / 1 / 2026 ', '2026-01-05'],
    ['2025-12-15', '2025-12-15'],
  ])('%s → %s', (text, iso) => {
    expect(readDate({ kind: 'text', text })).toEqual({ iso });
  });

  it.each(['31.02.2025', '15.13.2025', 'ngày 15 tháng 12'])('%s is refused as it was typed', (text) => {
    expect(readDate({ kind: 'text', text })).toEqual({ invalid: text.trim() });
  });
});
