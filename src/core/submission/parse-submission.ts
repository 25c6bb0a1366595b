/**
 * From a workbook grid to a Submission. Recognises the form by its hidden
 * metadata first, by sheet names and headings otherwise (a form retyped or
 * copied into a new workbook). Problems of single cells are reported here;
 * everything judged against the plan is validateSubmission's.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { INDICATOR_COLUMNS, SHEETS, TASK_COLUMNS } from '../form/form-layout.js';
import type { Plan } from '../plan/plan-schema.js';
import { cellRef, columnLetters, type WorkbookGrid } from '../workbook/cell-grid.js';
import { findFormSheets, type FoundTable } from './find-form-sheets.js';
import { parseCover } from './parse-cover.js';
import { parseIndicators } from './parse-indicators.js';
import { parseMeta } from './parse-meta.js';
import { parseTasks } from './parse-tasks.js';
import { findAgencyWitnesses, resolveAgency } from './resolve-agency.js';
import { submissionDiagnostic } from './submission-diagnostic.js';
import type { Submission } from './submission.js';
import { maxOf } from '../collections/push-all.js';

export interface ParseContext {
  readonly file: string;
  readonly sha256: string;
  readonly modifiedAt?: string;
  readonly plan: Plan;
}

export interface ParseResult {
  readonly submission?: Submission;
  readonly diagnostics: Diagnostic[];
}

/** Columns whose absence is worth a diagnostic; the locked title, role and reference columns are not. */
const TASK_NEEDED = TASK_COLUMNS.filter((c) => c.kind !== 'locked' || c.key === 'taskId');
const INDICATOR_NEEDED = INDICATOR_COLUMNS.filter((c) => c.kind !== 'locked' || c.key === 'partId');

export function parseSubmission(grid: WorkbookGrid, ctx: ParseContext): ParseResult {
  const out: Diagnostic[] = [];
  const site = { file: ctx.file };
  const sheets = findFormSheets(grid);
  for (const { sheet, formSheet } of sheets.hidden) {
    out.push(submissionDiagnostic('FORM_HIDDEN_SHEET', { sheet: sheet.name, formSheet }, { file: ctx.file, sheet: sheet.name }));
  }
  const meta = sheets.meta && parseMeta(sheets.meta);
  if (!meta && !sheets.tasks?.header) {
    return { diagnostics: [...out, submissionDiagnostic('FORM_NOT_RECOGNISED', {}, site)] };
  }
  if (!meta) out.push(submissionDiagnostic('FORM_META_MISSING', {}, site));
  const cover = sheets.cover ? parseCover(sheets.cover, ctx.file, out) : { origins: {} };
  if (!sheets.cover) out.push(submissionDiagnostic('FORM_SHEET_MISSING', { sheet: SHEETS.cover }, site));

  const taskIds = new Set(ctx.plan.tasks.map((t) => t.id));
  const tasksTable = checkTable(sheets.tasks, SHEETS.tasks, TASK_NEEDED, ctx.file, out);
  const tasks = tasksTable ? parseTasks(tasksTable.sheet, tasksTable.header!, ctx.file, taskIds, out) : [];
  const indicatorsTable = sheets.indicators && checkTable(sheets.indicators, SHEETS.indicators, INDICATOR_NEEDED, ctx.file, out);
  const indicators = indicatorsTable ? parseIndicators(indicatorsTable.sheet, indicatorsTable.header!, ctx.file, out) : [];

  const witnesses = findAgencyWitnesses(ctx.plan, { metaAgency: meta?.agency, coverName: cover.agencyName, fileName: ctx.file });
  const agency = resolveAgency(ctx.plan, witnesses);
  const year = meta?.year ?? cover.year ?? witnesses.fileYear;
  const idCol = tasksTable?.header?.columns.get('taskId');
  const lastTaskRow = maxOf(tasks.map((t) => t.row), tasksTable?.header?.row ?? 0);
  const submission: Submission = {
    file: ctx.file,
    sha256: ctx.sha256,
    ...(ctx.modifiedAt !== undefined && { modifiedAt: ctx.modifiedAt }),
    meta: meta ?? {},
    ...(agency !== undefined && { agency }),
    ...(year !== undefined && { year }),
    cover,
    tasks,
    indicators,
    sheets: {
      ...(sheets.cover && { cover: sheets.cover.name }),
      ...(tasksTable && { tasks: tasksTable.sheet.name }),
      ...(indicatorsTable && { indicators: indicatorsTable.sheet.name }),
      ...(sheets.meta && meta && { meta: sheets.meta.name }),
    },
    ...(tasksTable && { tasksEndRow: lastTaskRow + 1 }),
    ...(idCol !== undefined && { taskIdColumn: columnLetters(idCol) }),
  };
  const diagnostics = agency === undefined ? out : out.map((d) => ({ ...d, agency }));
  return { submission, diagnostics };
}

/** The table when its headings were found; a diagnostic per missing sheet or column otherwise. */
function checkTable(
  table: FoundTable | undefined,
  name: string,
  needed: readonly { key: string; header: string }[],
  file: string,
  out: Diagnostic[],
): FoundTable | undefined {
  if (!table) {
    out.push(submissionDiagnostic('FORM_SHEET_MISSING', { sheet: name }, { file }));
    return undefined;
  }
  const { sheet, header } = table;
  if (!header) {
    out.push(submissionDiagnostic('FORM_COLUMN_MISSING', { column: needed[0]!.header }, { file, sheet: sheet.name }));
    return undefined;
  }
  for (const column of needed) {
    if (!header.columns.has(column.key)) {
      out.push(submissionDiagnostic('FORM_COLUMN_MISSING', { column: column.header }, { file, sheet: sheet.name, cell: cellRef(header.row, 1) }));
    }
  }
  return table;
}
