/** `xl/styles.xml`, reduced to what reading needs: which cell style index shows a date. */
import type { Deadline } from './deadline.js';
import { isDateFormatCode, isDateFormatId } from './date-format.js';
import { localName, parseXmlPart } from './xml-parse.js';

/** `dateStyles[s]` is true when cell style `s` (the `s` attribute of `<c>`) has a date format. */
export type DateStyles = readonly boolean[];

export function parseStylesPart(data: Buffer, part: string, file: string, deadline: Deadline): DateStyles {
  const customDates = new Map<number, boolean>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  parseXmlPart(data, part, file, {
    opentag(tag) {
      const name = localName(tag.name);
      if (name === 'numFmt') {
        const id = Number(tag.attributes.numFmtId);
        customDates.set(id, isDateFormatCode(tag.attributes.formatCode ?? ''));
      } else if (name === 'cellXfs') {
        inCellXfs = !tag.isSelfClosing;
      } else if (name === 'xf' && inCellXfs) {
        xfFormats.push(Number(tag.attributes.numFmtId ?? 0));
      }
    },
    closetag(tag) {
      if (localName(tag.name) === 'cellXfs') inCellXfs = false;
    },
  }, deadline);
  return xfFormats.map((id) => customDates.get(id) ?? isDateFormatId(id));
}
