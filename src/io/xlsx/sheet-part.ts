/**
 * One worksheet's `<sheetData>` in a single pass of the scanner, building the
 * cell map directly. Everything else in the part (data validations over whole
 * columns, conditional formats) is only scanned: nothing is expanded.
 *
 * The common cells (`r`, `s`, `t` attributes; a number or a shared-string
 * index in `<v>`) are read from the bytes without making a string; anything
 * unusual (entities, several text pieces, exponents…) takes the string path
 * of computeCellValue, so both give the same values and diagnostics.
 */
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import type { ArgsOf, DiagnosticCode } from '../../core/diagnostics/catalog.js';
import type { CellValue } from '../../core/workbook/cell-grid.js';
import { CellMap } from './cell-map.js';
import { type ParsedRef, cachedCellRef, parseCellRef, parseCellRefBytes } from './cell-ref.js';
import { BadCell, type RawCell, type StoredValue, type ValueContext, TooLong, computeCellValue, numericValue } from './cell-value.js';
import { decodeLegacyVietnamese, isLegacyCandidate } from '../../core/text/legacy-vietnamese.js';
import type { Deadline } from './deadline.js';
import { decimalFromBytes, indexFromBytes } from './decimal-bytes.js';
import { workbookDiagnostic } from './read-failure.js';
import type { ReadLimits } from './read-limits.js';
import type { LegacyFont } from './styles-part.js';
import { TextJoiner } from './text-joiner.js';
import { CLOSE, END, OPEN, XmlScanner } from './xml-scanner.js';

export interface SheetContext extends ValueContext {
  /** Per cell style, the TCVN3 or VNI font whose text is decoded to Unicode (styles-part.ts). */
  readonly legacyFonts: readonly (LegacyFont | undefined)[];
  readonly file: string;
  readonly sheet: string;
  readonly limits: ReadLimits;
  /** Cells the sheet may hold (the caller's, by sheet); past it, WORKBOOK_TOO_MANY_CELLS stops the sheet. */
  readonly maxCells: number;
  readonly deadline: Deadline;
  readonly diagnostics: Diagnostic[];
}

export interface SheetCells {
  readonly cells: CellMap;
  readonly maxRow: number;
  readonly maxCol: number;
}

/** Ends the sheet early (a cell past the row/column limits) while keeping what was read. */
class StopSheet extends Error {}

const NONE = 0;
const VALUE = 1;
const FORMULA = 2;
const INLINE = 3;
const DEADLINE_EVERY = 1024;

// Byte codes of the element names that matter.
const C = 0x63;
const V = 0x76;
const F = 0x66;
const T = 0x74;
const R = 0x72;
const S = 0x73;

export function parseSheetPart(data: Buffer, part: string, ctx: SheetContext): SheetCells {
  return new SheetReader(data, part, ctx).read();
}

class SheetReader {
  private readonly scanner: XmlScanner;
  private readonly cells = new CellMap();
  private readonly pos: ParsedRef = { row: 0, col: 0, canonical: true };
  private readonly raw: RawCell = { type: '', style: 0, hasValue: false, value: '', inlineText: '', inlineLength: 0 };
  private readonly sharedFormulas = new Map<string, string>();
  private maxRow = 0;
  private maxCol = 0;
  private rowNum = 0;
  private colNum = 0;
  private skip = false;
  private collect = NONE;
  private inInline = false;
  private phonetic = 0;
  private count = 0;
  // The open cell: its `t` (index of the attribute, -1 when absent) and `s`.
  private typeAttr = -1;
  private typeIsShared = false;
  private typeIsNumber = true;
  private style = 0;
  // Its `<v>` text: the first piece's bytes, and all pieces joined when there are several.
  private valuePieces = 0;
  private valueStart = 0;
  private valueEnd = 0;
  private valueFlags = 0;
  private readonly valueJoiner: TextJoiner;
  private typeText = '';
  private hasFormula = false;
  private readonly formulaJoiner: TextJoiner;
  private formula = '';
  /** UTF-16 length of the formula's text, also when it was over the limit and not kept. */
  private formulaLength = 0;
  private formulaShared: string | undefined;
  // Cells decoded from a legacy font: the first one's font and address, and how many.
  private legacy: { readonly font: LegacyFont; readonly first: string; count: number } | undefined;

  constructor(
    data: Buffer,
    part: string,
    private readonly ctx: SheetContext,
  ) {
    this.scanner = new XmlScanner(data, part, ctx.file, ctx.deadline);
    // NFD Vietnamese can be up to ~3× longer than its NFC: the limit is checked after normalising.
    this.valueJoiner = new TextJoiner(ctx.maxChars * 3);
    this.formulaJoiner = new TextJoiner(ctx.maxChars * 3);
  }

  read(): SheetCells {
    const scanner = this.scanner;
    let inSheetData = false;
    try {
      for (let token = scanner.next(); token !== END; token = scanner.next()) {
        if (token === OPEN) {
          if (inSheetData) this.open();
          else if (scanner.isLocal('sheetData')) inSheetData = !scanner.selfClosing;
        } else if (token === CLOSE) {
          if (inSheetData) inSheetData = this.close();
        } else if (this.collect !== NONE) {
          this.text();
        }
      }
    } catch (error) {
      if (!(error instanceof StopSheet)) throw error;
    }
    this.reportLegacy();
    return { cells: this.cells, maxRow: this.maxRow, maxCol: this.maxCol };
  }

  private open(): void {
    const scanner = this.scanner;
    const length = scanner.localLength();
    const first = scanner.localByte(0);
    if (length === 1) {
      if (first === C) {
        this.openCell();
        if (scanner.selfClosing) this.closeCell();
      } else if (first === V) {
        this.raw.hasValue = true;
        if (!scanner.selfClosing) this.collect = VALUE;
      } else if (first === F) {
        this.hasFormula = true;
        this.formulaJoiner.reset();
        if (scanner.attr('t') === 'shared') this.formulaShared = scanner.attr('si');
        if (scanner.selfClosing) this.endFormula();
        else this.collect = FORMULA;
      } else if (first === T) {
        if (this.inInline && this.phonetic === 0 && !scanner.selfClosing) this.collect = INLINE;
      }
    } else if (length === 2) {
      if (scanner.isLocal('is')) this.inInline = !scanner.selfClosing;
    } else if (length === 3) {
      if (scanner.isLocal('row')) this.openRow();
      else if (scanner.isLocal('rPh') && !scanner.selfClosing) this.phonetic += 1;
    }
  }

  /** False when `</sheetData>` ends the cells. */
  private close(): boolean {
    const scanner = this.scanner;
    const length = scanner.localLength();
    if (length === 1) {
      const first = scanner.localByte(0);
      if (first === C) this.closeCell();
      else if (first === V || first === T) this.collect = NONE;
      else if (first === F) this.endFormula();
    } else if (length === 2) {
      if (scanner.isLocal('is')) this.inInline = false;
    } else if (length === 3) {
      if (scanner.isLocal('rPh')) this.phonetic -= 1;
    } else if (scanner.isLocal('sheetData')) {
      return false;
    }
    return true;
  }

  /** Pieces (text split by comments, CDATA) are joined as they come: no string or record per piece. */
  private text(): void {
    const scanner = this.scanner;
    if (this.collect === VALUE) {
      if (this.valuePieces === 0) {
        this.valueStart = scanner.textStart;
        this.valueEnd = scanner.textEnd;
        this.valueFlags = scanner.textFlags;
      } else {
        const joiner = this.valueJoiner;
        if (this.valuePieces === 1) {
          joiner.reset();
          joiner.appendBytes(scanner, this.valueStart, this.valueEnd, this.valueFlags);
        }
        joiner.appendBytes(scanner, scanner.textStart, scanner.textEnd, scanner.textFlags);
      }
      this.valuePieces += 1;
    } else if (this.collect === FORMULA) {
      this.formulaJoiner.appendBytes(scanner, scanner.textStart, scanner.textEnd, scanner.textFlags);
    } else {
      this.appendInline();
    }
  }

  /** Past the limit only the length matters: a 20 MB cell is measured, never made into a string. */
  private appendInline(): void {
    const scanner = this.scanner;
    const raw = this.raw;
    const limit = this.ctx.maxChars * 3;
    if (raw.inlineLength + (scanner.textEnd - scanner.textStart) <= limit) {
      const text = scanner.text();
      raw.inlineLength += text.length;
      raw.inlineText += text;
      return;
    }
    raw.inlineLength += scanner.textLength();
    if (raw.inlineLength <= limit) raw.inlineText += scanner.text();
  }

  private endFormula(): void {
    this.collect = NONE;
    const joiner = this.formulaJoiner;
    this.formulaLength = joiner.length;
    this.formula = joiner.text();
    if (this.formulaShared !== undefined && this.formula !== '') this.sharedFormulas.set(this.formulaShared, this.formula);
  }

  private openRow(): void {
    const scanner = this.scanner;
    const r = scanner.attrIndex('r');
    let rowNum: number;
    if (r < 0) {
      rowNum = this.rowNum + 1;
    } else {
      rowNum = scanner.attrPlain(r) ? indexFromBytes(scanner.data, scanner.attrValueStart(r), scanner.attrValueEnd(r)) : -1;
      if (rowNum < 0) rowNum = Number(scanner.attrValue(r));
    }
    if (!Number.isInteger(rowNum) || rowNum < 1) rowNum = rowNum > 0 ? Math.floor(rowNum) : 1;
    this.rowNum = rowNum;
    this.colNum = 0;
    if (rowNum > this.ctx.limits.maxRows) this.checkBounds(rowNum, 1, cachedCellRef(rowNum, 1));
  }

  private openCell(): void {
    const scanner = this.scanner;
    const pos = this.pos;
    let r = -1;
    let t = -1;
    let s = -1;
    for (let i = 0; i < scanner.attrCount; i += 1) {
      if (scanner.attrNameLength(i) !== 1) continue;
      const name = scanner.attrNameByte(i);
      if (name === R) r = i;
      else if (name === T) t = i;
      else if (name === S) s = i;
    }
    this.skip = false;
    if (r < 0) {
      pos.row = this.rowNum === 0 ? 1 : this.rowNum;
      pos.col = this.colNum + 1;
      pos.canonical = false;
    } else if (!this.parseRef(r)) {
      const text = scanner.attrValue(r).slice(0, 20);
      this.report('WORKBOOK_BAD_CELL', text, { reason: 'not-a-cell-reference', text });
      this.skip = true;
      return;
    }
    const limits = this.ctx.limits;
    if (pos.row > limits.maxRows || pos.col > limits.maxCols) {
      this.checkBounds(pos.row, pos.col, r < 0 ? this.currentRef() : scanner.attrValue(r));
    }
    this.rowNum = pos.row;
    this.colNum = pos.col;
    this.readType(t);
    this.style = s < 0 ? 0 : this.styleOf(s);
    this.raw.hasValue = false;
    this.raw.inlineText = '';
    this.raw.inlineLength = 0;
    this.valuePieces = 0;
    this.hasFormula = false;
    this.formula = '';
    this.formulaLength = 0;
    this.formulaShared = undefined;
  }

  private parseRef(r: number): boolean {
    const scanner = this.scanner;
    if (scanner.attrPlain(r)) return parseCellRefBytes(scanner.data, scanner.attrValueStart(r), scanner.attrValueEnd(r), this.pos);
    return parseCellRef(scanner.attrValue(r), this.pos);
  }

  /** `t` sorted into the two fast cases (shared string, number); the rest keep their text. */
  private readType(t: number): void {
    const scanner = this.scanner;
    this.typeAttr = t;
    if (t < 0) {
      this.typeIsShared = false;
      this.typeIsNumber = true;
      return;
    }
    const plain = scanner.attrPlain(t);
    this.typeIsShared = plain && scanner.attrValueIs(t, 's');
    this.typeIsNumber = plain && scanner.attrValueIs(t, 'n');
    this.typeText = this.typeIsShared || this.typeIsNumber ? '' : scanner.attrValue(t);
  }

  private styleOf(s: number): number {
    const scanner = this.scanner;
    const style = scanner.attrPlain(s) ? indexFromBytes(scanner.data, scanner.attrValueStart(s), scanner.attrValueEnd(s)) : -1;
    return style >= 0 ? style : Number(scanner.attrValue(s));
  }

  private closeCell(): void {
    if (this.skip) return;
    const computed = this.decodedLegacy(this.cellValue());
    const ctx = this.ctx;
    const pos = this.pos;
    if (computed instanceof TooLong) {
      this.report('WORKBOOK_CELL_TOO_LONG', this.currentRef(), { length: computed.length, limit: ctx.maxChars });
      return;
    }
    if (computed instanceof BadCell) {
      this.report('WORKBOOK_BAD_CELL', this.currentRef(), computed.args);
      return;
    }
    if (this.hasFormula) {
      const text = this.formulaText();
      const length = Math.max(text.length, this.formulaLength);
      if (length > ctx.maxChars) {
        this.report('WORKBOOK_CELL_TOO_LONG', this.currentRef(), { length, limit: ctx.maxChars });
        return;
      }
      if (this.count >= ctx.maxCells) this.tooManyCells();
      this.cells.put(pos.row, pos.col, computed, text);
    } else {
      if (computed === null) return;
      if (this.count >= ctx.maxCells) this.tooManyCells();
      this.cells.put(pos.row, pos.col, computed);
    }
    if (pos.row > this.maxRow) this.maxRow = pos.row;
    if (pos.col > this.maxCol) this.maxCol = pos.col;
    if (++this.count % DEADLINE_EVERY === 0) ctx.deadline.check();
  }

  /**
   * Text in a cell whose font is TCVN3 or VNI, in Unicode. Only text made of
   * Latin-1 characters is decoded: text holding real Vietnamese letters was
   * typed in Unicode whatever the font says.
   */
  private decodedLegacy(value: StoredValue | null | TooLong | BadCell): StoredValue | null | TooLong | BadCell {
    if (value === null || typeof value === 'number' || !('kind' in value) || value.kind !== 'text') return value;
    // Runs in a legacy font were decoded with the shared string: counted, not decoded twice.
    const fromRuns = this.ctx.shared.legacyFontOf?.(value);
    if (fromRuns) return this.noteLegacy(fromRuns, value);
    const font = this.ctx.legacyFonts[this.style];
    if (font === undefined || !isLegacyCandidate(value.text)) return value;
    return this.noteLegacy(font, { kind: 'text', text: decodeLegacyVietnamese(value.text, font.encoding) });
  }

  private noteLegacy(font: LegacyFont, value: CellValue): CellValue {
    this.legacy ??= { font, first: this.currentRef(), count: 0 };
    this.legacy.count += 1;
    return value;
  }

  /** One diagnostic for the sheet: how many cells were decoded, from which font, starting where. */
  private reportLegacy(): void {
    const legacy = this.legacy;
    if (!legacy) return;
    const encoding = legacy.font.encoding === 'vni' ? 'VNI' : 'TCVN3';
    this.report('WORKBOOK_LEGACY_ENCODING', legacy.first, { font: legacy.font.name, encoding, count: legacy.count });
  }

  private formulaText(): string {
    if (this.formula !== '') return this.formula;
    return (this.formulaShared !== undefined ? this.sharedFormulas.get(this.formulaShared) : undefined) ?? '';
  }

  /** The fast paths for one plain `<v>` piece; everything else through computeCellValue. */
  private cellValue(): StoredValue | null | TooLong | BadCell {
    if (this.valuePieces === 1 && this.valueFlags === 0) {
      const data = this.scanner.data;
      if (this.typeIsNumber) {
        const value = decimalFromBytes(data, this.valueStart, this.valueEnd);
        if (!Number.isNaN(value)) return numericValue(value, this.style, this.ctx);
      } else if (this.typeIsShared) {
        const entry = this.ctx.shared.at(indexFromBytes(data, this.valueStart, this.valueEnd));
        if (entry !== undefined) return typeof entry === 'number' ? new TooLong(entry) : entry;
      }
    }
    if (this.valuePieces > 1 && this.valueJoiner.overflowed) return new TooLong(this.valueJoiner.length);
    const raw = this.raw;
    raw.type = this.typeAttr < 0 || this.typeIsNumber ? 'n' : this.typeIsShared ? 's' : this.typeText;
    raw.style = this.style;
    raw.value = this.valueString();
    return computeCellValue(raw, this.ctx);
  }

  private valueString(): string {
    if (this.valuePieces === 0) return '';
    if (this.valuePieces === 1) return this.scanner.decode(this.valueStart, this.valueEnd, this.valueFlags);
    return this.valueJoiner.text();
  }

  private currentRef(): string {
    return cachedCellRef(this.pos.row, this.pos.col);
  }

  private tooManyCells(): never {
    this.report('WORKBOOK_TOO_MANY_CELLS', this.currentRef(), { limit: this.ctx.maxCells, sheet: this.ctx.sheet });
    throw new StopSheet();
  }

  private checkBounds(row: number, col: number, ref: string): void {
    const limits = this.ctx.limits;
    if (row > limits.maxRows) {
      this.report('WORKBOOK_TOO_MANY_ROWS', ref, { row, limit: limits.maxRows });
      throw new StopSheet();
    }
    if (col > limits.maxCols) {
      this.report('WORKBOOK_TOO_MANY_COLUMNS', ref, { col, limit: limits.maxCols });
      throw new StopSheet();
    }
  }

  private report<C extends DiagnosticCode>(code: C, cell: string | undefined, args: ArgsOf<C>): void {
    const ctx = this.ctx;
    ctx.diagnostics.push(workbookDiagnostic(code, { file: ctx.file, sheet: ctx.sheet, cell }, args));
  }
}
