/**
 * Task rows against the agency's obligations for the year: every owed task
 * present once with a status, nothing reported that the plan does not know.
 * A missing task is located where its row would be, by task order.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { STATUSES } from '../form/form-layout.js';
import type { Role } from '../plan/obligations.js';
import { obligationsByAgency } from '../plan/plan-index.js';
import type { Plan } from '../plan/plan-schema.js';
import { compareTaskIds } from '../plan/task-order.js';
import { submissionDiagnostic } from './submission-diagnostic.js';
import type { Submission, TaskReport } from './submission.js';

const STATUS_LABELS = new Map<string, string>(STATUSES.map((s) => [s.code, s.label]));

export function validateTasks(s: Submission, plan: Plan, year: number | undefined): Diagnostic[] {
  const sheet = s.sheets?.tasks;
  if (sheet === undefined) return [];
  const out: Diagnostic[] = [];
  const agency = s.agency;
  const owed = new Map<string, Role>();
  if (agency !== undefined && year !== undefined) {
    for (const o of obligationsByAgency(plan, year).get(agency) ?? []) owed.set(o.task, o.role);
  }
  const known = new Set(plan.tasks.map((t) => t.id));
  const checkOwed = agency !== undefined && year !== undefined;
  const first = new Map<string, string>();
  for (const row of s.tasks) {
    const about = { ...(agency !== undefined && { agency }), task: row.taskId };
    const site = (key: string) => ({ file: s.file, sheet: row.sheet, cell: cellOf(row, key) });
    const earlier = first.get(row.taskId);
    if (earlier !== undefined) {
      out.push(submissionDiagnostic('TASK_DUPLICATE', { task: row.taskId, first: earlier }, site('taskId'), about));
      continue;
    }
    first.set(row.taskId, cellOf(row, 'taskId'));
    if (!known.has(row.taskId)) {
      out.push(submissionDiagnostic('TASK_UNKNOWN', { task: row.taskId }, site('taskId'), about));
      continue;
    }
    if (!checkOwed) continue;
    const role = owed.get(row.taskId);
    if (role === undefined) {
      out.push(submissionDiagnostic('TASK_NOT_OWED', { task: row.taskId }, site('taskId'), about));
      continue;
    }
    if (row.status === undefined && row.statusText === undefined) {
      out.push(submissionDiagnostic(role === 'lead' ? 'STATUS_MISSING' : 'STATUS_MISSING_SUPPORT', { task: row.taskId }, site('status'), about));
    }
    if ((row.status === 'done' || row.status === 'in-progress') && row.results === '') {
      out.push(submissionDiagnostic('RESULTS_MISSING', { task: row.taskId, status: STATUS_LABELS.get(row.status)! }, site('results'), about));
    }
    // The form's instructions ask for the reason of "Chưa thực hiện" in the notes column; a reason written under results counts too.
    if (row.status === 'not-started' && row.notes.trim() === '' && row.results.trim() === '') {
      out.push(submissionDiagnostic('NOT_STARTED_NO_REASON', { task: row.taskId }, site('notes'), about));
    }
  }
  const titles = new Map(plan.tasks.map((t) => [t.id, t.title]));
  for (const [task, role] of owed) {
    if (first.has(task)) continue;
    const code = role === 'lead' ? 'TASK_MISSING_LEAD' : 'TASK_MISSING_SUPPORT';
    const cell = `${s.taskIdColumn ?? 'A'}${insertionRow(s, task)}`;
    out.push(submissionDiagnostic(code, { task, title: titles.get(task) ?? '' }, { file: s.file, sheet, cell }, { ...(agency !== undefined && { agency }), task }));
  }
  return out;
}

function cellOf(row: TaskReport, key: string): string {
  return `${row.columns?.[key] ?? row.columns?.taskId ?? 'A'}${row.row}`;
}

/** Row of the first reported task that sorts after `task`, else the row after the table. */
function insertionRow(s: Submission, task: string): number {
  const next = s.tasks.find((t) => /^\d+(\.\d+)+$/.test(t.taskId) && compareTaskIds(t.taskId, task) > 0);
  return next?.row ?? s.tasksEndRow ?? 1;
}
