/**
 * `xl/styles.xml`, reduced to what reading needs of each cell style (the `s`
 * attribute of `<c>`): whether it shows a date, and whether its font is one
 * of the pre-Unicode Vietnamese fonts whose text must be decoded.
 */
import { legacyEncodingOfFont, type LegacyEncoding } from '../../core/text/legacy-vietnamese.js';
import type { Deadline } from './deadline.js';
import { isDateFormatCode, isDateFormatId } from './date-format.js';
import { CLOSE, END, OPEN, XmlScanner } from './xml-scanner.js';

/** A legacy font of a cell style: its name (for the diagnostic) and its encoding. */
export interface LegacyFont {
  readonly name: string;
  readonly encoding: LegacyEncoding;
}

export interface CellStyles {
  /** `dates[s]` is true when cell style `s` has a date format. */
  readonly dates: readonly boolean[];
  /** `legacyFonts[s]` is set when cell style `s` uses a TCVN3 or VNI font. */
  readonly legacyFonts: readonly (LegacyFont | undefined)[];
}

export const NO_STYLES: CellStyles = { dates: [], legacyFonts: [] };

export function parseStylesPart(data: Buffer, part: string, file: string, deadline: Deadline): CellStyles {
  const customDates = new Map<number, boolean>();
  const xfFormats: number[] = [];
  const xfFonts: number[] = [];
  const fontNames: (string | undefined)[] = [];
  let inCellXfs = false;
  let inFonts = false;
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
        xfFonts.push(Number(scanner.attr('fontId') ?? 0));
      } else if (scanner.isLocal('fonts')) {
        // Only <fonts> lists the fonts styles refer to; a <dxf> holds fonts of its own.
        inFonts = !scanner.selfClosing;
      } else if (inFonts && scanner.isLocal('font')) {
        fontNames.push(undefined);
      } else if (inFonts && scanner.isLocal('name') && fontNames.length > 0) {
        fontNames[fontNames.length - 1] = scanner.attr('val');
      }
    } else if (token === CLOSE) {
      if (scanner.isLocal('cellXfs')) inCellXfs = false;
      else if (scanner.isLocal('fonts')) inFonts = false;
    }
  }
  return {
    dates: xfFormats.map((id) => customDates.get(id) ?? isDateFormatId(id)),
    legacyFonts: xfFonts.map((id) => legacyFontOf(fontNames[id])),
  };
}

function legacyFontOf(name: string | undefined): LegacyFont | undefined {
  const encoding = name !== undefined ? legacyEncodingOfFont(name) : undefined;
  return encoding && name !== undefined ? { name, encoding } : undefined;
}
