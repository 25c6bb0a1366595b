import { describe, expect, it } from 'vitest';
import { nameFromBytes } from '../../../src/core/text/name-from-bytes.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('nameFromBytes', () => {
  it.each([
    ['valid UTF-8 as it is', bytes('báo-cáo Sở Y tế.xlsx'), 'báo-cáo Sở Y tế.xlsx'],
    ['a lone 0xFF', bytes('a', [0xff], '.xlsx'), 'a\\xFF.xlsx'],
    ['"báo" in Windows-1258', bytes('b', [0xe1], 'o.xlsx'), 'b\\xE1o.xlsx'],
    ['a sequence cut short', bytes('x', [0xe1, 0xba], '.xlsx'), 'x\\xE1\\xBA.xlsx'],
    ['an overlong "/"', bytes([0xc0, 0xaf]), '\\xC0\\xAF'],
    ['an encoded surrogate', bytes([0xed, 0xa0, 0x80]), '\\xED\\xA0\\x80'],
    ['beyond U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), '\\xF4\\x90\\x80\\x80'],
    ['a four-byte character', bytes('😀'), '😀'],
  ])('%s', (_, input, shown) => {
    expect(nameFromBytes(input)).toBe(shown);
  });
});
