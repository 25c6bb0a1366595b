/**
 * The task × agency matrix: for each task of the plan, one cell per agency
 * that owes it in year Y (what its counted submission says), plus cells for
 * agencies that reported the task without owing it ("các cơ quan, đơn vị có
 * liên quan" are welcome to).
 */
import type { Obligation } from '../plan/obligations.js';
import type { Plan } from '../plan/plan-schema.js';
import type { ReportedTask, ReportedTexts } from '../submission/submission.js';
import type { TaskCell, TaskCellStatus, TaskRow } from './consolidated-report.js';
import type { DatedSubmission } from './counted-submissions.js';
import { groupBy } from '../collections/group-by.js';
import { agencyById } from '../plan/plan-index.js';
import { compareAgencyNames } from './chase-list.js';

/** Task cell statuses in the order every view lists them (best first). */
export const CELL_STATUS_ORDER: readonly TaskCellStatus[] = [
  'done',
  'in-progress',
  'not-started',
  'not-applicable',
  'not-reported',
  'no-submission',
];

export function buildTaskRows(
  plan: Plan,
  obligations: readonly Obligation[],
  counted: ReadonlyMap<string, DatedSubmission>,
): TaskRow[] {
  const byTask = groupBy(obligations, (o) => o.task);
  const names = agencyById(plan);
  const byName = (a: TaskCell, b: TaskCell): number =>
    compareAgencyNames({ id: a.agency, name: names.get(a.agency)?.name ?? a.agency }, { id: b.agency, name: names.get(b.agency)?.name ?? b.agency });
  return plan.tasks
    .filter((task) => !task.placeholder)
    .map((task) => {
      const owing = byTask.get(task.id) ?? [];
      const owingIds = new Set(owing.map((o) => o.agency));
      const cells: TaskCell[] = owing.map((o) => owedCell(o, counted.get(o.agency)));
      for (const [agency, d] of counted) {
        if (owingIds.has(agency)) continue;
        const report = findReport(d, task.id);
        if (report && (report.status !== undefined || report.results.trim() !== '')) cells.push(reportedCell(agency, report, undefined));
      }
      cells.sort(byName);
      const owed = cells.filter((c) => c.role !== undefined);
      return {
        id: task.id,
        title: task.title,
        sectionTitle: task.sectionTitle,
        rhythm: task.rhythm,
        owed: owed.length,
        reported: owed.filter((c) => isStatusCode(c.status)).length,
        completed: owed.filter((c) => c.status === 'done').length,
        cells,
      };
    });
}

const NO_TEXTS: ReportedTexts = { results: '', notes: '' };

function owedCell(o: Obligation, d: DatedSubmission | undefined): TaskCell {
  if (!d) return { agency: o.agency, role: o.role, status: 'no-submission', texts: NO_TEXTS, counts: {} };
  const report = findReport(d, o.task);
  if (!report) return { agency: o.agency, role: o.role, status: 'not-reported', texts: NO_TEXTS, counts: {} };
  return reportedCell(o.agency, report, o.role);
}

function reportedCell(agency: string, report: ReportedTask, role: 'lead' | 'support' | undefined): TaskCell {
  return {
    agency,
    ...(role !== undefined ? { role } : {}),
    status: report.status ?? 'not-reported',
    texts: report,
    counts: report.counts,
    sheet: report.sheet,
    cell: `A${report.row}`,
  };
}

/** The first row for the task: validation reports a task given twice; the first is the one the agency meant in the form's order. */
function findReport(d: DatedSubmission, taskId: string): ReportedTask | undefined {
  return d.submission.tasks.find((t) => t.taskId === taskId);
}

function isStatusCode(status: TaskCellStatus): boolean {
  return status !== 'not-reported' && status !== 'no-submission';
}

/** How many owed cells are in each status, every status present (zeros included) for a stable summary. */
export function countTaskStatuses(rows: readonly TaskRow[]): Record<TaskCellStatus, number> {
  const counts = Object.fromEntries(CELL_STATUS_ORDER.map((s) => [s, 0])) as Record<TaskCellStatus, number>;
  for (const row of rows) for (const cell of row.cells) if (cell.role !== undefined) counts[cell.status] += 1;
  return counts;
}
