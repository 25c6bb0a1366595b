/**
 * Which sheets of a workbook are the form's: by name first (folded, so a
 * re-typed "Nhiem vu" or "NHIỆM VỤ" still counts), else by the table headings
 * or cover labels they hold. Only sheets a clerk can see are the form's: a
 * (very) hidden sheet named "Nhiệm vụ" placed first must not shadow the
 * visible one, even renamed "Nhiệm vụ." (the same folded name). The metadata
 * sheet is the one hidden sheet read, as the form writes it very hidden.
 */
import { COVER_FIELDS, INDICATOR_COLUMNS, SHEETS, TASK_COLUMNS } from '../form/form-layout.js';
import { foldKey } from '../text/fold-key.js';
import type { SheetGrid, WorkbookGrid } from '../workbook/cell-grid.js';
import { findHeaderRow, type HeaderMatch } from './find-header-row.js';

export interface FoundTable {
  readonly sheet: SheetGrid;
  /** Absent when the sheet was found by name but its headings were not. */
  readonly header?: HeaderMatch;
}

export interface FormSheets {
  readonly meta?: SheetGrid;
  readonly cover?: SheetGrid;
  readonly tasks?: FoundTable;
  readonly indicators?: FoundTable;
  /** Hidden sheets named like a form sheet (not the metadata sheet), each with the form sheet it was not taken for. */
  readonly hidden: readonly { readonly sheet: SheetGrid; readonly formSheet: string }[];
}

const TASK_HEADINGS = { required: ['taskId'], minimum: 3 };
const INDICATOR_HEADINGS = { required: ['partId', 'value'], minimum: 3 };
/** Cover labels a sheet must hold to be taken for the cover when its name is not. */
const COVER_MIN_LABELS = 3;

const META = foldKey(SHEETS.meta);
const INSTRUCTIONS = foldKey(SHEETS.instructions);

const FORM_SHEET_NAMES = [SHEETS.cover, SHEETS.tasks, SHEETS.indicators];

export function findFormSheets(grid: WorkbookGrid): FormSheets {
  const names = grid.sheets.map((s) => foldKey(s.name));
  const visible = grid.sheets.map((s) => s.state === 'visible');
  const byName = (name: string): SheetGrid | undefined => {
    const key = foldKey(name);
    const i = names.findIndex((n, k) => n === key && (visible[k] || key === META));
    return i >= 0 ? grid.sheets[i] : undefined;
  };
  const hidden: { sheet: SheetGrid; formSheet: string }[] = [];
  for (let i = 0; i < grid.sheets.length; i += 1) {
    const formSheet = visible[i] ? undefined : FORM_SHEET_NAMES.find((name) => foldKey(name) === names[i]);
    if (formSheet !== undefined) hidden.push({ sheet: grid.sheets[i]!, formSheet });
  }
  const others = grid.sheets.filter((_, i) => visible[i] && names[i] !== META && names[i] !== INSTRUCTIONS);
  const tasks = findTable(byName(SHEETS.tasks), others, TASK_COLUMNS, TASK_HEADINGS);
  const indicators = findTable(
    byName(SHEETS.indicators),
    others.filter((s) => s !== tasks?.sheet),
    INDICATOR_COLUMNS,
    INDICATOR_HEADINGS,
  );
  const cover = byName(SHEETS.cover) ?? others.find((s) => s !== tasks?.sheet && s !== indicators?.sheet && coverLabelCount(s) >= COVER_MIN_LABELS);
  const meta = byName(SHEETS.meta);
  return {
    hidden,
    ...(meta && { meta }),
    ...(cover && { cover }),
    ...(tasks && { tasks }),
    ...(indicators && { indicators }),
  };
}

function findTable(
  named: SheetGrid | undefined,
  candidates: readonly SheetGrid[],
  headings: readonly { key: string; header: string }[],
  rule: { required: readonly string[]; minimum: number },
): FoundTable | undefined {
  const namedHeader = named && findHeaderRow(named, headings, rule);
  if (named && namedHeader) return { sheet: named, header: namedHeader };
  for (const sheet of candidates) {
    if (sheet === named) continue;
    const header = findHeaderRow(sheet, headings, rule);
    if (header) return { sheet, header };
  }
  return named && { sheet: named };
}

const COVER_LABELS = new Set(COVER_FIELDS.map((f) => foldKey(f.label)));

function coverLabelCount(sheet: SheetGrid): number {
  const labels = COVER_LABELS;
  const seen = new Set<string>();
  for (const cell of sheet.cells.values()) {
    if (cell.row > 60 || cell.value?.kind !== 'text') continue;
    const key = foldKey(cell.value.text);
    if (labels.has(key)) seen.add(key);
  }
  return seen.size;
}
