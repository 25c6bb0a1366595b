/**
 * `xl/sharedStrings.xml`. Rich-text runs are joined (a bold "Báo " and a plain
 * "cáo" are one value "Báo cáo"); phonetic guides (`rPh`) are not content. A
 * run in a TCVN3 or VNI font (text pasted from an old Word document keeps its
 * `.VnTime`) is decoded to Unicode on its own (legacy-vietnamese.ts).
 *
 * The part is scanned whole (so a malformed or hostile part is refused as
 * before) but a string is decoded and NFC-normalised only when a cell asks
 * for it: a form's strings are mostly the instructions sheet's long texts,
 * which validation never reads, and decoding them was a fifth of reading a form.
 */
import type { CellValue } from '../../core/workbook/cell-grid.js';
import { normalizeText } from '../../core/text/fold-key.js';
import { decodeLegacyVietnamese, isLegacyCandidate, legacyEncodingOfFont } from '../../core/text/legacy-vietnamese.js';
import type { LegacyFont } from './styles-part.js';
import type { Deadline } from './deadline.js';
import { unescapeOoxml } from './ooxml-escape.js';
import { TextJoiner } from './text-joiner.js';
import { CLOSE, END, OPEN, XmlScanner } from './xml-scanner.js';

/**
 * One ready-made value per string, shared by every cell that uses it (no
 * per-cell allocation). A number stands for a string over the cell limit:
 * its length, so the cell that uses it can be reported and dropped.
 * `at` gives undefined for an index the part does not have.
 */
export interface SharedStrings {
  readonly count: number;
  at(index: number): CellValue | number | undefined;
  /** For a value `at` gave: the legacy font of a run it decoded, if any (for the sheet's diagnostic). */
  legacyFontOf?(value: CellValue): LegacyFont | undefined;
}

export const NO_SHARED_STRINGS: SharedStrings = Object.freeze({ count: 0, at: () => undefined });

/**
 * Three numbers per text run: start and end byte, and the scanner's flags
 * (three bits) with 1 + the index of the run's legacy font above them (0:
 * none), so that a large sheet's strings cost no more than before.
 */
const RUN_FIELDS = 3;
const FONT_SHIFT = 8;
const FLAG_BITS = (1 << FONT_SHIFT) - 1;
/**
 * A string of more runs than this (text split by empty comments into
 * millions of pieces, or millions of one-letter rich-text runs) is decoded
 * while it is scanned, into one value, instead of keeping three numbers per
 * piece; real strings have a handful of runs.
 */
const MAX_LAZY_RUNS = 64;

class LazySharedStrings implements SharedStrings {
  private readonly values: Array<CellValue | number | undefined>;
  private readonly decodedFrom = new Map<CellValue, LegacyFont>();

  constructor(
    private readonly scanner: XmlScanner,
    /** Text runs of all strings, RUN_FIELDS numbers each. */
    private readonly runs: readonly number[],
    /** String i's runs are runs[firstRun[i]] up to runs[firstRun[i + 1]] (run indexes). */
    private readonly firstRun: readonly number[],
    private readonly maxChars: number,
    /** The legacy fonts runs name (runs refer to them by index + 1). */
    private readonly legacyFonts: readonly LegacyFont[],
    /** Strings of many runs, decoded while scanned (they have no runs here). */
    eager: EagerStrings,
  ) {
    this.values = new Array<CellValue | number | undefined>(this.count);
    for (const [index, value] of eager.values) this.values[index] = value;
    for (const [value, font] of eager.decodedFrom) this.decodedFrom.set(value, font);
  }

  get count(): number {
    return this.firstRun.length - 1;
  }

  at(index: number): CellValue | number | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    return (this.values[index] ??= this.decode(index));
  }

  legacyFontOf(value: CellValue): LegacyFont | undefined {
    return this.decodedFrom.size === 0 ? undefined : this.decodedFrom.get(value);
  }

  private decode(index: number): CellValue | number {
    const limit = this.maxChars * 3;
    let text = '';
    let length = 0;
    let decodedFrom: LegacyFont | undefined;
    for (let r = this.firstRun[index]!; r < this.firstRun[index + 1]!; r += 1) {
      const start = this.runs[r * RUN_FIELDS]!;
      const end = this.runs[r * RUN_FIELDS + 1]!;
      const packed = this.runs[r * RUN_FIELDS + 2]!;
      const flags = packed & FLAG_BITS;
      const font = packed > FLAG_BITS ? this.legacyFonts[(packed >> FONT_SHIFT) - 1] : undefined;
      // Past the limit only the length matters; don't build a 20 MB string.
      if (length + (end - start) <= limit) {
        let chunk = this.scanner.decode(start, end, flags);
        if (font && isLegacyCandidate(chunk)) {
          chunk = decodeLegacyVietnamese(chunk, font.encoding);
          decodedFrom ??= font;
        }
        length += chunk.length;
        text += chunk;
      } else {
        const runLength = this.scanner.decodedLength(start, end, flags);
        length += runLength;
        if (length <= limit) text += this.scanner.decode(start, end, flags);
      }
    }
    const value = toValue(text, length, this.maxChars);
    if (decodedFrom && typeof value !== 'number') this.decodedFrom.set(value, decodedFrom);
    return value;
  }
}

export function parseSharedStringsPart(
  data: Buffer,
  part: string,
  file: string,
  maxChars: number,
  deadline: Deadline,
): SharedStrings {
  const scanner = new XmlScanner(data, part, file, deadline);
  const runs: number[] = [];
  const firstRun: number[] = [];
  const legacyFonts: LegacyFonts = { list: [], index: new Map() };
  const eager: EagerStrings = { values: new Map(), decodedFrom: new Map() };
  const joiner = new TextJoiner(maxChars * 3);
  // The open string is decoded into `joiner` once it has more than MAX_LAZY_RUNS runs.
  let joining = false;
  let joinedFont: LegacyFont | undefined;
  const join = (start: number, end: number, packed: number): void => {
    const flags = packed & FLAG_BITS;
    const font = packed > FLAG_BITS ? legacyFonts.list[(packed >> FONT_SHIFT) - 1] : undefined;
    if (!font || joiner.overflowed) {
      joiner.appendBytes(scanner, start, end, flags);
      return;
    }
    // Pieces of a run split by comments are decoded from the legacy font one by one.
    const chunk = scanner.decode(start, end, flags);
    if (isLegacyCandidate(chunk)) {
      joiner.appendString(decodeLegacyVietnamese(chunk, font.encoding));
      joinedFont ??= font;
    } else {
      joiner.appendString(chunk);
    }
  };
  const startJoining = (): void => {
    const from = firstRun[firstRun.length - 1]! * RUN_FIELDS;
    joiner.reset();
    joinedFont = undefined;
    for (let k = from; k < runs.length; k += RUN_FIELDS) join(runs[k]!, runs[k + 1]!, runs[k + 2]!);
    runs.length = from;
    joining = true;
  };
  const endJoining = (): void => {
    const value = toValue(joiner.text(), joiner.length, maxChars);
    eager.values.set(firstRun.length - 1, value);
    if (joinedFont && typeof value !== 'number') eager.decodedFrom.set(value, joinedFont);
    joining = false;
  };
  let inText = false;
  let phoneticDepth = 0;
  // 1 + index in legacyFonts of the open run's font; 0 outside a run or for a Unicode font.
  let runFont = 0;
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === OPEN) {
      if (scanner.isLocal('t')) inText = phoneticDepth === 0 && !scanner.selfClosing;
      else if (scanner.isLocal('rPh')) phoneticDepth += scanner.selfClosing ? 0 : 1;
      else if (scanner.isLocal('si')) {
        if (joining) endJoining();
        firstRun.push(runs.length / RUN_FIELDS);
      }
      else if (scanner.isLocal('r')) runFont = 0;
      else if (scanner.isLocal('rFont') && phoneticDepth === 0) runFont = legacyFontIndex(scanner.attr('val'), legacyFonts);
    } else if (token === CLOSE) {
      if (scanner.isLocal('t')) inText = false;
      else if (scanner.isLocal('rPh')) phoneticDepth -= 1;
      else if (scanner.isLocal('r')) runFont = 0;
      else if (joining && scanner.isLocal('si')) endJoining();
    } else if (inText && firstRun.length > 0) {
      const packed = scanner.textFlags | (runFont << FONT_SHIFT);
      if (joining) {
        join(scanner.textStart, scanner.textEnd, packed);
      } else {
        runs.push(scanner.textStart, scanner.textEnd, packed);
        if (runs.length - firstRun[firstRun.length - 1]! * RUN_FIELDS > MAX_LAZY_RUNS * RUN_FIELDS) startJoining();
      }
    }
  }
  if (joining) endJoining();
  firstRun.push(runs.length / RUN_FIELDS);
  return new LazySharedStrings(scanner, runs, firstRun, maxChars, legacyFonts.list, eager);
}

/** 1 + the index of `name` in `fonts` when it is a TCVN3 or VNI font (added on first sight), else 0. */
function legacyFontIndex(name: string | undefined, fonts: LegacyFonts): number {
  const known = name !== undefined ? fonts.index.get(name) : 0;
  if (known !== undefined) return known;
  const encoding = legacyEncodingOfFont(name!);
  const index = encoding ? fonts.list.push({ name: name!, encoding }) : 0;
  fonts.index.set(name!, index);
  return index;
}

/** Strings decoded while scanned, by index, and the legacy font of a run each decoded (if any). */
interface EagerStrings {
  readonly values: Map<number, CellValue | number>;
  readonly decodedFrom: Map<CellValue, LegacyFont>;
}

/** The legacy fonts runs name, each once, and every font name seen → 1 + its index (0: not legacy). */
interface LegacyFonts {
  readonly list: LegacyFont[];
  readonly index: Map<string, number>;
}

/** Text cell value, or the length when over the limit. NFD Vietnamese can be up to ~3× longer than NFC. */
export function toValue(raw: string, rawLength: number, maxChars: number): CellValue | number {
  if (rawLength > maxChars * 3) return rawLength;
  const text = normalizeText(unescapeOoxml(raw));
  return text.length > maxChars ? text.length : { kind: 'text', text };
}
