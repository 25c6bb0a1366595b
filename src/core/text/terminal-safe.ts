/**
 * Text that came from a file or a file name, made safe to print on a
 * terminal. A form is written by anyone: an escape sequence in a file name
 * can clear the screen or recolour what follows, a line feed in a status can
 * forge a line of our own output ("✓ không có vấn đề"), and a right-to-left
 * override (U+202E) can make `gpj.xlsx` read as `xlsx.jpg`.
 *
 * - line breaks and tabs (CR, LF, TAB, VT, FF, NEL, U+2028/2029) become one
 *   space each, so a message never spans lines it did not create;
 * - every other C0 and C1 control character and DEL is removed (ESC with
 *   it: what followed an ESC stays visible as plain text, harmless);
 * - bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 *   U+2066–U+2069) are removed; the marks LRM/RLM/ALM are kept, they
 *   reorder nothing on their own.
 *
 * Applied where data meets our wording: the arguments of every message
 * (format.ts), locations, and the names the text renderers print. JSON
 * output escapes what it prints instead and keeps the data as it was.
 */
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

export function terminalSafe(text: string): string {
  // Most text has nothing to change: one test, no copy.
  if (!UNSAFE.test(text)) return text;
  return text.replace(LINE_BREAK, ' ').replace(INVISIBLE, '');
}
