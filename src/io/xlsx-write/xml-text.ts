/**
 * Text for the XML parts of a workbook we write ourselves. Characters XML 1.0
 * cannot carry (C0 controls other than tab, line feed and carriage return,
 * and DEL) are dropped, as exceljs drops them, so a submitted text with a
 * stray control character still gives a well-formed file and reads back the
 * same as before.
 */
// eslint-disable-next-line no-control-regex
const SPECIAL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex
const SPECIAL_ALL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;

const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/** `text` for an element's content or an attribute value. */
export function xmlText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(SPECIAL_ALL, (c) => ENTITIES[c] ?? '');
}
