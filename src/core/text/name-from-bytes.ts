/**
 * A file name's bytes as text to show: valid UTF-8 is decoded, and each
 * byte that is not part of a valid sequence is written `\xFF`. A name from
 * an archive unpacked with another code page ("báo" in Windows-1258 is
 * `b\xE1o`) then stays readable and tells exactly which bytes are wrong,
 * where U+FFFD would hide them (and make two different names look alike).
 * Pure: what is shown still goes through terminalSafe where it is printed.
 */
export function nameFromBytes(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      out += `\\x${bytes[i]!.toString(16).toUpperCase().padStart(2, '0')}`;
      i += 1;
    } else {
      out += new TextDecoder().decode(bytes.subarray(i, i + length));
      i += length;
    }
  }
  return out;
}

/** Bytes of the valid UTF-8 sequence starting at `i` (RFC 3629: no overlong forms, no surrogates, ≤ U+10FFFF), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, low = 0x80, high = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= low && b <= high;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const low = b0 === 0xe0 ? 0xa0 : 0x80;
    const high = b0 === 0xed ? 0x9f : 0xbf;
    return cont(1, low, high) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const low = b0 === 0xf0 ? 0x90 : 0x80;
    const high = b0 === 0xf4 ? 0x8f : 0xbf;
    return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
