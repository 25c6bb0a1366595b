import { describe, expect, it } from 'vitest';
import { readA1 } from '../../../src/core/workbook/read-a1.js';

// The regular expressions readA1 replaced, as the sorts of diagnostics used them.
const STRICT = /^([A-Z]+)(\d+)$/;
const LOOSE = /^\$?([A-Z]+)\$?(\d+)$/i;
const columnOf = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

const SAMPLES = [
  'A1', 'C7', 'AA5', 'XFD1048576', 'B10:D10', '$C$7', 'C$7', '$C7', 'c7', 'aB12', 'A', '7', '', ':', 'A1:', ':A1',
  'A 1', 'A1 ', 'Ä1', 'A-1', 'A1.5', '$$A1', 'A$$1', '$', 'A0', 'A007', 'Z99999999999999999999', 'Nhiệm vụ', 'D5:D84',
];

describe('readA1', () => {
  for (const [mode, re, strict] of [['strict', STRICT, true], ['loose', LOOSE, false]] as const) {
    it(`reads what the ${mode} expression read, and refuses what it refused`, () => {
      for (const text of SAMPLES) {
        const match = re.exec(strict ? text : text.split(':')[0]!);
        const out = { row: -1, col: -1 };
        expect(readA1(text, out, strict), text).toBe(match !== null);
        if (match) expect(out, text).toEqual({ row: Number(match[2]), col: columnOf(match[1]!) });
        else expect(out, text).toEqual({ row: -1, col: -1 });
      }
    });
  }
});
