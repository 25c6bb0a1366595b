/**
 * Text for the XML parts of a workbook we write ourselves. Characters XML 1.0
 * cannot carry (C0 controls other than tab, line feed and carriage return,
 * and DEL) are dropped, as exceljs drops them, so a submitted text with a
 * stray control character still gives a well-formed file and reads back the
 * same as before. So are the C1 controls (the workbook keeps the text, not
 * its controls: core/text/terminal-safe.ts) and the bidirectional overrides
 * and isolates, which could make a file name or a figure read backwards in
 * the report; tab and line breaks stay, a result text may have paragraphs.
 */
// eslint-disable-next-line no-control-regex
const SPECIAL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F\x80-\x84\x86-\x9F\u202A-\u202E\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const SPECIAL_ALL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F\x80-\x84\x86-\x9F\u202A-\u202E\u2066-\u2069]/g;

const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/** `text` for an element's content or an attribute value. */
export function xmlText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(SPECIAL_ALL, (c) => ENTITIES[c] ?? '');
}
