/**
 * The cover sheet: each label (COVER_FIELDS) is looked for in any cell, and
 * its value is the next non-empty cell to the right, skipping the form's own
 * hints ("bắt buộc; …") so that an empty value is not read as its hint.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { COVER_FIELDS, type CoverFieldKey } from '../form/form-layout.js';
import { foldKey } from '../text/fold-key.js';
import { cellRef, type Cell, type SheetGrid } from '../workbook/cell-grid.js';
import { CellReader } from './cell-reader.js';
import { readDate } from './read-date.js';
import type { CellOrigin, Cover } from './submission.js';

const HINT_PREFIXES = [foldKey('bắt buộc'), foldKey('không bắt buộc')];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function parseCover(sheet: SheetGrid, file: string, out: Diagnostic[]): Cover {
  const reader = new CellReader(file, sheet, out);
  const labels = findLabels(sheet);
  const cover: Mutable<Omit<Cover, 'origins'>> = {};
  const origins: Record<string, CellOrigin> = {};
  for (const field of COVER_FIELDS) {
    const label = labels.get(field.key);
    if (!label) continue;
    const valueCell = valueCellOf(sheet, label);
    const col = valueCell?.col ?? label.col + 1;
    origins[field.key] = { sheet: sheet.name, cell: cellRef(label.row, col) };
    if (!valueCell) continue;
    readField(field.key, field.label, reader, valueCell, cover);
  }
  return { ...cover, origins };
}

function readField(
  key: CoverFieldKey,
  label: string,
  reader: CellReader,
  cell: Cell,
  cover: Mutable<Omit<Cover, 'origins'>>,
): void {
  if (key === 'year') {
    const value = reader.read(cell.row, cell.col, label);
    if (!value) return;
    const text = value.kind === 'number' ? String(value.value) : value.kind === 'text' ? value.text.trim() : '';
    if (/^\d{4}$/.test(text)) cover.year = Number(text);
    else cover.yearText = text || value.kind;
    return;
  }
  if (key === 'reportDate') {
    const value = reader.read(cell.row, cell.col, label);
    if (!value) return;
    const date = readDate(value);
    if ('iso' in date) {
      cover.reportDate = date.iso;
      if (value.kind === 'text') cover.reportDateFromText = true;
    } else cover.reportDateText = date.invalid;
    return;
  }
  const text = reader.text(cell.row, cell.col, label);
  if (text !== '') cover[key] = text;
}

const LABELS = new Map<string, CoverFieldKey>(COVER_FIELDS.map((f) => [foldKey(f.label), f.key]));

/** First cell (top to bottom, left to right) holding each label. */
function findLabels(sheet: SheetGrid): Map<CoverFieldKey, Cell> {
  const wanted = LABELS;
  const found = new Map<CoverFieldKey, Cell>();
  const cells = [...sheet.cells.values()].filter((c) => c.value?.kind === 'text').sort((a, b) => a.row - b.row || a.col - b.col);
  for (const cell of cells) {
    if (cell.value?.kind !== 'text') continue;
    const key = wanted.get(foldKey(cell.value.text));
    if (key && !found.has(key)) found.set(key, cell);
  }
  return found;
}

function valueCellOf(sheet: SheetGrid, label: Cell): Cell | undefined {
  for (let col = label.col + 1; col <= sheet.maxCol; col += 1) {
    const cell = sheet.cells.get(cellRef(label.row, col));
    if (!cell || (cell.value === null && cell.formula === undefined)) continue;
    if (cell.value?.kind === 'text') {
      const folded = foldKey(cell.value.text);
      if (folded === '') continue;
      if (HINT_PREFIXES.some((p) => folded.startsWith(p))) return undefined;
    }
    return cell;
  }
  return undefined;
}
