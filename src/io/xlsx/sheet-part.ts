/**
 * One worksheet's `<sheetData>` in a single SAX pass, building the cell map
 * directly. Everything else in the part (data validations over whole
 * columns, conditional formats) is skipped as plain tags: nothing is expanded.
 */
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { CellMap } from './cell-map.js';
import { type ParsedRef, cachedCellRef, parseCellRef } from './cell-ref.js';
import { type RawCell, type ValueContext, TooLong, computeCellValue } from './cell-value.js';
import type { Deadline } from './deadline.js';
import { workbookDiagnostic } from './read-failure.js';
import type { ReadLimits } from './read-limits.js';
import { localName, parseXmlPart } from './xml-parse.js';

export interface SheetContext extends ValueContext {
  readonly file: string;
  readonly sheet: string;
  readonly limits: ReadLimits;
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

export function parseSheetPart(data: Buffer, part: string, ctx: SheetContext): SheetCells {
  const cells = new CellMap();
  const pos: ParsedRef = { row: 0, col: 0, canonical: true };
  const raw: RawCell = { type: '', style: 0, hasValue: false, value: '', inlineText: '', inlineLength: 0 };
  const sharedFormulas = new Map<string, string>();
  let maxRow = 0;
  let maxCol = 0;
  let inSheetData = false;
  let rowNum = 0;
  let colNum = 0;
  let skip = false;
  let collect = NONE;
  let inInline = false;
  let phonetic = 0;
  let hasFormula = false;
  let formula = '';
  let formulaShared: string | undefined;
  let count = 0;

  const report = (code: string, cell: string | undefined, args: Record<string, string | number>): void => {
    ctx.diagnostics.push(workbookDiagnostic(code, { file: ctx.file, sheet: ctx.sheet, cell }, args));
  };

  const currentRef = (): string => cachedCellRef(pos.row, pos.col);

  const checkBounds = (row: number, col: number, ref: string): void => {
    if (row > ctx.limits.maxRows) {
      report('WORKBOOK_TOO_MANY_ROWS', ref, { row, limit: ctx.limits.maxRows });
      throw new StopSheet();
    }
    if (col > ctx.limits.maxCols) {
      report('WORKBOOK_TOO_MANY_COLUMNS', ref, { col, limit: ctx.limits.maxCols });
      throw new StopSheet();
    }
  };

  const openCell = (attributes: Record<string, string>): void => {
    const r = attributes.r;
    skip = false;
    if (r === undefined) {
      pos.row = rowNum === 0 ? 1 : rowNum;
      pos.col = colNum + 1;
      pos.canonical = false;
    } else if (!parseCellRef(r, pos)) {
      report('WORKBOOK_BAD_CELL', r.slice(0, 20), { reason: `"${r.slice(0, 20)}" is not a cell reference` });
      skip = true;
      return;
    }
    if (pos.row > ctx.limits.maxRows || pos.col > ctx.limits.maxCols) checkBounds(pos.row, pos.col, r ?? currentRef());
    rowNum = pos.row;
    colNum = pos.col;
    raw.type = attributes.t ?? 'n';
    const s = attributes.s;
    raw.style = s === undefined ? 0 : Number(s);
    raw.hasValue = false;
    raw.value = '';
    raw.inlineText = '';
    raw.inlineLength = 0;
    hasFormula = false;
    formula = '';
    formulaShared = undefined;
  };

  const closeCell = (): void => {
    if (skip) return;
    const computed = computeCellValue(raw, ctx);
    if (computed instanceof TooLong) {
      report('WORKBOOK_CELL_TOO_LONG', currentRef(), { length: computed.length, limit: ctx.maxChars });
      return;
    }
    if (typeof computed === 'string') {
      report('WORKBOOK_BAD_CELL', currentRef(), { reason: computed });
      return;
    }
    if (hasFormula) {
      const text = formula !== '' ? formula : (formulaShared !== undefined ? sharedFormulas.get(formulaShared) : undefined) ?? '';
      if (text.length > ctx.maxChars) {
        report('WORKBOOK_CELL_TOO_LONG', currentRef(), { length: text.length, limit: ctx.maxChars });
        return;
      }
      cells.put(pos.row, pos.col, computed, text);
    } else {
      if (computed === null) return;
      cells.put(pos.row, pos.col, computed);
    }
    if (pos.row > maxRow) maxRow = pos.row;
    if (pos.col > maxCol) maxCol = pos.col;
    if (++count % DEADLINE_EVERY === 0) ctx.deadline.check();
  };

  try {
    parseXmlPart(data, part, ctx.file, {
      opentag(tag) {
        const name = tag.name.includes(':') ? localName(tag.name) : tag.name;
        if (!inSheetData) {
          if (name === 'sheetData') inSheetData = !tag.isSelfClosing;
          return;
        }
        switch (name) {
          case 'c':
            openCell(tag.attributes);
            break;
          case 'v':
            raw.hasValue = true;
            collect = VALUE;
            break;
          case 'f':
            hasFormula = true;
            collect = FORMULA;
            if (tag.attributes.t === 'shared') formulaShared = tag.attributes.si;
            break;
          case 'is':
            inInline = true;
            break;
          case 't':
            if (inInline && phonetic === 0) collect = INLINE;
            break;
          case 'rPh':
            if (!tag.isSelfClosing) phonetic += 1;
            break;
          case 'row': {
            const r = tag.attributes.r;
            rowNum = r === undefined ? rowNum + 1 : Number(r);
            if (!Number.isInteger(rowNum) || rowNum < 1) rowNum = rowNum > 0 ? Math.floor(rowNum) : 1;
            colNum = 0;
            if (rowNum > ctx.limits.maxRows) checkBounds(rowNum, 1, cachedCellRef(rowNum, 1));
            break;
          }
        }
      },
      text(text) {
        if (collect === NONE) return;
        if (collect === VALUE) raw.value += text;
        else if (collect === FORMULA) formula += text;
        else {
          raw.inlineLength += text.length;
          if (raw.inlineLength <= ctx.maxChars * 3) raw.inlineText += text;
        }
      },
      closetag(tag) {
        const name = tag.name.includes(':') ? localName(tag.name) : tag.name;
        switch (name) {
          case 'c':
            closeCell();
            break;
          case 'v':
          case 't':
            collect = NONE;
            break;
          case 'f':
            collect = NONE;
            if (formulaShared !== undefined && formula !== '') sharedFormulas.set(formulaShared, formula);
            break;
          case 'is':
            inInline = false;
            break;
          case 'rPh':
            if (!tag.isSelfClosing) phonetic -= 1;
            break;
          case 'sheetData':
            inSheetData = false;
            break;
        }
      },
    }, ctx.deadline);
  } catch (error) {
    if (!(error instanceof StopSheet)) throw error;
  }
  return { cells, maxRow, maxCol };
}
