/**
 * Row and column of an A1 reference, without allocating: diagnostics are
 * ordered by their cell, and one outsized form has 150,000 of them, where a
 * regular expression's match, its groups and a key array per diagnostic
 * were tens of megabytes of garbage on each sort.
 */

export interface A1Place {
  row: number;
  col: number;
}

/**
 * `strict`: only `C7` (upper-case letters then digits, nothing else), as the
 * checks write cells. Otherwise also `$C$7`, `c7` and the first cell of a
 * range `C7:D9`, as a cell may be shown. True when `text` is such a
 * reference, its place then in `out`; false, `out` untouched, otherwise.
 */
export function readA1(text: string, out: A1Place, strict: boolean): boolean {
  const end = strict ? text.length : firstColon(text);
  let i = 0;
  if (!strict && text.charCodeAt(i) === 36) i += 1;
  let col = 0;
  const lettersFrom = i;
  for (; i < end; i += 1) {
    const code = upper(text.charCodeAt(i), strict);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  if (i === lettersFrom) return false;
  if (!strict && text.charCodeAt(i) === 36) i += 1;
  const digitsFrom = i;
  let row = 0;
  for (; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
    row = row * 10 + code - 48;
  }
  if (i === digitsFrom) return false;
  out.col = col;
  // Past 15 digits the sum above may round differently from Number(); no real cell has that many.
  out.row = end - digitsFrom > 15 ? Number(text.slice(digitsFrom, end)) : row;
  return true;
}

function firstColon(text: string): number {
  const at = text.indexOf(':');
  return at === -1 ? text.length : at;
}

function upper(code: number, strict: boolean): number {
  return !strict && code >= 97 && code <= 122 ? code - 32 : code;
}
