/**
 * `xl/sharedStrings.xml`. Rich-text runs are joined (a bold "Báo " and a plain
 * "cáo" are one value "Báo cáo"); phonetic guides (`rPh`) are not content.
 */
import type { CellValue } from '../../core/workbook/cell-grid.js';
import { normalizeText } from '../../core/text/fold-key.js';
import type { Deadline } from './deadline.js';
import { localName, parseXmlPart, unescapeOoxml } from './xml-parse.js';

/**
 * One ready-made value per string, shared by every cell that uses it (no
 * per-cell allocation). A number stands for a string over the cell limit:
 * its length, so the cell that uses it can be reported and dropped.
 */
export type SharedStrings = ReadonlyArray<CellValue | number>;

export function parseSharedStringsPart(
  data: Buffer,
  part: string,
  file: string,
  maxChars: number,
  deadline: Deadline,
): SharedStrings {
  const strings: Array<CellValue | number> = [];
  let inText = false;
  let phoneticDepth = 0;
  let text = '';
  let length = 0;
  parseXmlPart(data, part, file, {
    opentag(tag) {
      const name = localName(tag.name);
      if (name === 't') inText = phoneticDepth === 0 && !tag.isSelfClosing;
      else if (name === 'rPh') phoneticDepth += tag.isSelfClosing ? 0 : 1;
      else if (name === 'si') {
        text = '';
        length = 0;
      }
    },
    text(chunk) {
      if (!inText) return;
      length += chunk.length;
      // Past the limit only the length matters; don't build a 20 MB string.
      if (length <= maxChars * 3) text += chunk;
    },
    closetag(tag) {
      const name = localName(tag.name);
      if (name === 't') inText = false;
      else if (name === 'rPh') phoneticDepth -= 1;
      else if (name === 'si') strings.push(toValue(text, length, maxChars));
    },
  }, deadline);
  return strings;
}

/** Text cell value, or the length when over the limit. NFD Vietnamese can be up to ~3× longer than NFC. */
export function toValue(raw: string, rawLength: number, maxChars: number): CellValue | number {
  if (rawLength > maxChars * 3) return rawLength;
  const text = normalizeText(unescapeOoxml(raw));
  return text.length > maxChars ? text.length : { kind: 'text', text };
}
