/** `xl/styles.xml`, reduced to what reading needs: which cell style index shows a date. */
import type { Deadline } from './deadline.js';
import { isDateFormatCode, isDateFormatId } from './date-format.js';
import { CLOSE, END, OPEN, XmlScanner } from './xml-scanner.js';

/** `dateStyles[s]` is true when cell style `s` (the `s` attribute of `<c>`) has a date format. */
export type DateStyles = readonly boolean[];

export function parseStylesPart(data: Buffer, part: string, file: string, deadline: Deadline): DateStyles {
  const customDates = new Map<number, boolean>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  const scanner = new XmlScanner(data, part, file, deadline);
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === OPEN) {
      if (scanner.isLocal('numFmt')) {
        const id = Number(scanner.attr('numFmtId'));
        customDates.set(id, isDateFormatCode(scanner.attr('formatCode') ?? ''));
      } else if (scanner.isLocal('cellXfs')) {
        inCellXfs = !scanner.selfClosing;
      } else if (inCellXfs && scanner.isLocal('xf')) {
        xfFormats.push(Number(scanner.attr('numFmtId') ?? 0));
      }
    } else if (token === CLOSE && scanner.isLocal('cellXfs')) {
      inCellXfs = false;
    }
  }
  return xfFormats.map((id) => customDates.get(id) ?? isDateFormatId(id));
}
