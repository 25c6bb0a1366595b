const ESCAPED_CHAR = /_x([0-9A-Fa-f]{4})_/g;

/** OOXML writes control characters as `_x000D_`; `_x005F_` escapes a literal underscore. */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPED_CHAR, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
