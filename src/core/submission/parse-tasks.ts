/**
 * The tasks table, from the row below its headings to the sheet's end.
 * Blank rows are skipped wherever they are; a row with content but no task
 * id is reported and skipped.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ROLE_LABELS, STATUSES, TASK_COLUMNS, type StatusCode, type TaskColumnKey } from '../form/form-layout.js';
import { foldKey } from '../text/fold-key.js';
import type { SheetGrid } from '../workbook/cell-grid.js';
import { CellReader } from './cell-reader.js';
import { tableColumns, type HeaderMatch } from './find-header-row.js';
import { submissionDiagnostic } from './submission-diagnostic.js';
import type { TaskCounts, TaskReport } from './submission.js';

const COUNT_KEYS = ['documents', 'events', 'people', 'cost'] as const;
const HEADERS = new Map<string, string>(TASK_COLUMNS.map((c) => [c.key, c.header]));
const STATUS_BY_KEY = new Map<string, StatusCode>(STATUSES.map((s) => [foldKey(s.label), s.code]));
const ROLE_BY_KEY = new Map<string, 'lead' | 'support'>([
  [foldKey(ROLE_LABELS.lead), 'lead'],
  [foldKey(ROLE_LABELS.support), 'support'],
]);

export function parseTasks(sheet: SheetGrid, header: HeaderMatch, file: string, taskIds: ReadonlySet<string>, out: Diagnostic[]): TaskReport[] {
  const reader = new CellReader(file, sheet, out);
  const col = (key: TaskColumnKey): number | undefined => header.columns.get(key);
  const rows: TaskReport[] = [];
  const columns = tableColumns(TASK_COLUMNS, header);
  for (let row = header.row + 1; row <= sheet.maxRow; row += 1) {
    if (columns.found.every((c) => reader.isEmpty(row, c))) continue;
    const idCol = col('taskId');
    const idCell = reader.cell(row, idCol);
    const rawId = idCell?.value?.kind === 'number' ? numericTaskId(idCell.value.value, taskIds) : reader.text(row, idCol, HEADERS.get('taskId')!);
    const taskId = rawId.replace(/\s+/g, '').replace(/\.$/, '');
    if (taskId === '') {
      out.push(submissionDiagnostic('TASK_ID_MISSING', { row }, { file, sheet: sheet.name, cell: cellIn(columns.letters, 'taskId', row) }));
      continue;
    }
    rows.push(readRow(reader, row, taskId, columns.letters, col, out));
  }
  return rows;
}

function readRow(
  reader: CellReader,
  row: number,
  taskId: string,
  columns: Readonly<Record<string, string>>,
  col: (key: TaskColumnKey) => number | undefined,
  out: Diagnostic[],
): TaskReport {
  const about = { task: taskId };
  const text = (key: TaskColumnKey): string => reader.text(row, col(key), HEADERS.get(key)!, about);
  const statusText = text('status');
  const status = statusText === '' ? undefined : STATUS_BY_KEY.get(foldKey(statusText));
  if (statusText !== '' && status === undefined) {
    const allowed = STATUSES.map((s) => s.label).join(', ');
    out.push(submissionDiagnostic('STATUS_INVALID', { value: statusText, allowed }, { file: reader.file, sheet: reader.sheet.name, cell: cellIn(columns, 'status', row) }, about));
  }
  const role = ROLE_BY_KEY.get(foldKey(text('role')));
  const counts: { -readonly [K in keyof TaskCounts]: TaskCounts[K] } = {};
  for (const key of COUNT_KEYS) {
    const read = reader.number(row, col(key), HEADERS.get(key)!, { integer: key !== 'cost', about });
    if (read.value !== undefined) counts[key] = read.value;
  }
  return {
    taskId,
    row,
    sheet: reader.sheet.name,
    ...(role && { role }),
    ...(status && { status }),
    results: text('results'),
    counts,
    notes: text('notes'),
    columns,
    ...(statusText !== '' && { statusText }),
  };
}

/** The A1 cell of a column of the table in `row`; undefined when the table has no such column. */
function cellIn(columns: Readonly<Record<string, string>>, key: TaskColumnKey, row: number): string | undefined {
  const letters = columns[key];
  return letters === undefined ? undefined : `${letters}${row}`;
}

/** Excel turns a typed "3.10" into the number 3.1: prefer the plan's id that the number can stand for. */
function numericTaskId(value: number, taskIds: ReadonlySet<string>): string {
  const candidates = [String(value), value.toFixed(2), value.toFixed(1)];
  return candidates.find((c) => taskIds.has(c)) ?? String(value);
}
