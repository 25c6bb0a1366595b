/**
 * `xl/sharedStrings.xml`. Rich-text runs are joined (a bold "Báo " and a plain
 * "cáo" are one value "Báo cáo"); phonetic guides (`rPh`) are not content.
 */
import type { CellValue } from '../../core/workbook/cell-grid.js';
import { normalizeText } from '../../core/text/fold-key.js';
import type { Deadline } from './deadline.js';
import { unescapeOoxml } from './ooxml-escape.js';
import { CLOSE, END, OPEN, XmlScanner } from './xml-scanner.js';

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
  const scanner = new XmlScanner(data, part, file, deadline);
  const limit = maxChars * 3;
  let inText = false;
  let phoneticDepth = 0;
  let text = '';
  let length = 0;
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === OPEN) {
      if (scanner.isLocal('t')) inText = phoneticDepth === 0 && !scanner.selfClosing;
      else if (scanner.isLocal('rPh')) phoneticDepth += scanner.selfClosing ? 0 : 1;
      else if (scanner.isLocal('si')) {
        text = '';
        length = 0;
        if (scanner.selfClosing) strings.push(toValue(text, length, maxChars));
      }
    } else if (token === CLOSE) {
      if (scanner.isLocal('t')) inText = false;
      else if (scanner.isLocal('rPh')) phoneticDepth -= 1;
      else if (scanner.isLocal('si')) strings.push(toValue(text, length, maxChars));
    } else if (inText) {
      // Past the limit only the length matters; don't build a 20 MB string.
      if (length + (scanner.textEnd - scanner.textStart) <= limit) {
        const chunk = scanner.text();
        length += chunk.length;
        text += chunk;
      } else {
        length += scanner.textLength();
        if (length <= limit) text += scanner.text();
      }
    }
  }
  return strings;
}

/** Text cell value, or the length when over the limit. NFD Vietnamese can be up to ~3× longer than NFC. */
export function toValue(raw: string, rawLength: number, maxChars: number): CellValue | number {
  if (rawLength > maxChars * 3) return rawLength;
  const text = normalizeText(unescapeOoxml(raw));
  return text.length > maxChars ? text.length : { kind: 'text', text };
}
