/**
 * The task × agency matrix: for each task of the plan, one cell per agency
 * that owes it in year Y (what its counted submission says), plus cells for
 * agencies that reported the task without owing it ("các cơ quan, đơn vị có
 * liên quan" are welcome to).
 */
import type { Obligation } from '../plan/obligations.js';
import { AgencyKindSchema, type AgencyKind, type Plan } from '../plan/plan-schema.js';
import type { ReportedTask, ReportedTexts } from '../submission/submission.js';
import type { AgencyRow, ConsolidatedReport, TaskCell, TaskCellStatus, TaskRow } from './consolidated-report.js';
import type { DatedSubmission } from './counted-submissions.js';
import { groupBy } from '../collections/group-by.js';
import { referenceDate } from '../plan/agency-lifetime.js';
import { expandMembers } from '../plan/group-expansion.js';
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

/*
 * The matrix as printed, in the workbook ("Ma trận nhiệm vụ") and in the
 * written report (Phụ lục II) alike: one row per agency, grouped by kind,
 * one column per task, so that it grows in length, not width, with a
 * hundred communes; each cell "C: HT" (role letter, status abbreviation).
 */

/** Title of a kind's rows when no plan group names exactly those agencies. */
const MATRIX_KIND_TITLES: Readonly<Record<AgencyKind, string>> = {
  'provincial-committee': 'Ủy ban nhân dân tỉnh',
  department: 'Sở, ban, ngành',
  'district-committee': 'Ủy ban nhân dân cấp huyện',
  'commune-committee': 'Ủy ban nhân dân cấp xã',
  'mass-organisation': 'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội',
  press: 'Cơ quan báo chí',
  other: 'Cơ quan, đơn vị khác',
};

/** Title of the rows of senders the plan does not know. */
const MATRIX_OUTSIDE_TITLE = 'Cơ quan ngoài Kế hoạch';

/** Role letters: "C" chủ trì (lead), "P" phối hợp (support), "K" không được giao (reported without owing the task). */
function matrixRoleLetter(role: 'lead' | 'support' | undefined): string {
  return role === 'lead' ? 'C' : role === 'support' ? 'P' : 'K';
}

/** Status abbreviations; `no-submission` never shows in a cell: an agency that sent nothing is one line across its row. */
export const MATRIX_STATUS_ABBREVIATIONS: Readonly<Record<TaskCellStatus, string>> = {
  done: 'HT',
  'in-progress': 'ĐTH',
  'not-started': 'CTH',
  'not-applicable': 'KPS',
  'not-reported': 'KBC',
  'no-submission': '—',
};

/** The legend printed under the matrix, the same in both renderings. */
export const MATRIX_LEGEND =
  'C: cơ quan chủ trì; P: cơ quan phối hợp; K: không được giao nhưng có báo cáo. HT: đã hoàn thành; ĐTH: đang thực hiện; ' +
  'CTH: chưa thực hiện; KPS: không phát sinh; KBC: đã gửi báo cáo nhưng không báo cáo nhiệm vụ. Ô trống: không được giao nhiệm vụ.';

/** "C: HT". */
export function matrixMark(cell: Pick<TaskCell, 'role' | 'status'>): string {
  return `${matrixRoleLetter(cell.role)}: ${MATRIX_STATUS_ABBREVIATIONS[cell.status]}`;
}

/** "Chưa gửi báo cáo (quá hạn 8 ngày)": the one line across the row of an agency that sent nothing. */
export function matrixMissingLine(agency: Pick<AgencyRow, 'notYetDue' | 'daysLate'>): string {
  if (agency.notYetDue) return 'Chưa gửi báo cáo (chưa đến hạn)';
  return agency.daysLate ? `Chưa gửi báo cáo (quá hạn ${agency.daysLate} ngày)` : 'Chưa gửi báo cáo';
}

export interface MatrixAgencyRow {
  readonly agency: AgencyRow;
  /** Running number over the whole matrix (the "TT" column). */
  readonly number: number;
  /** One per task of `AgencyMatrix.tasks`, undefined where the agency neither owes nor reported the task. */
  readonly cells: readonly (TaskCell | undefined)[];
  /** The agency sent nothing: its row is one line (matrixMissingLine), not a row of cells. */
  readonly missing: boolean;
}

export interface MatrixGroup {
  readonly title: string;
  readonly rows: readonly MatrixAgencyRow[];
}

export interface AgencyMatrix {
  readonly tasks: readonly TaskRow[];
  readonly groups: readonly MatrixGroup[];
}

/**
 * The matrix by agency: every agency with a cell in some task (owing it, or
 * reporting it unasked), grouped by kind in the order the plan schema
 * declares the kinds (the province, its departments, the districts, the
 * communes, the mass organisations, the press, others), then the
 * senders the plan does not know; by Vietnamese name within a group. A
 * group's title is the plan's own words when one of its groups names
 * exactly those agencies (report.agencyGroupNames), else MATRIX_KIND_TITLES.
 */
export function buildAgencyMatrix(report: Pick<ConsolidatedReport, 'tasks' | 'agencies' | 'agencyGroupNames'>): AgencyMatrix {
  const tasks = report.tasks;
  const byAgency = new Map<string, (TaskCell | undefined)[]>();
  tasks.forEach((task, t) => {
    for (const cell of task.cells) {
      let cells = byAgency.get(cell.agency);
      if (!cells) byAgency.set(cell.agency, (cells = new Array<TaskCell | undefined>(tasks.length).fill(undefined)));
      cells[t] ??= cell;
    }
  });
  const rows = new Map(report.agencies.map((a) => [a.id, a]));
  const members = groupBy([...byAgency.keys()].map((id) => rows.get(id) ?? outsider(id)), (agency) => agency.kind);
  const groups: MatrixGroup[] = [];
  let number = 0;
  for (const kind of [...AgencyKindSchema.options, undefined]) {
    const agencies = members.get(kind);
    if (!agencies) continue;
    agencies.sort(compareAgencyNames);
    groups.push({
      title: kind === undefined ? MATRIX_OUTSIDE_TITLE : (report.agencyGroupNames?.[kind] ?? MATRIX_KIND_TITLES[kind]),
      rows: agencies.map((agency) => ({ agency, number: ++number, cells: byAgency.get(agency.id)!, missing: agency.status === 'missing' })),
    });
  }
  return { tasks, groups };
}

/** A cell's agency that is not among the report's agencies (cannot happen from computeConsolidation; kept safe for hand-made reports). */
function outsider(id: string): AgencyRow {
  return { id, name: id, expected: false, status: 'on-time', notYetDue: false, errors: 0, warnings: 0, superseded: [] };
}

/**
 * The plan's words for each kind of agency in the matrix: the name of the
 * first plan group (in plan order) whose members on the year's reference
 * date, among the agencies with a task cell, are exactly that kind's
 * agencies ("UBND các xã, phường" for the 99 communes). A group whose words
 * mean another group on that date (its `successor`) is skipped: from
 * 01/7/2025 "UBND các huyện, thị xã, thành phố" expands to the communes but
 * does not name them.
 */
export function agencyGroupNames(plan: Plan, year: number, tasks: readonly TaskRow[], agencies: readonly AgencyRow[]): Partial<Record<AgencyKind, string>> {
  const inMatrix = new Set<string>();
  for (const task of tasks) for (const cell of task.cells) inMatrix.add(cell.agency);
  const byKind = new Map<AgencyKind, Set<string>>();
  for (const a of agencies) {
    if (a.kind === undefined || !inMatrix.has(a.id)) continue;
    let set = byKind.get(a.kind);
    if (!set) byKind.set(a.kind, (set = new Set()));
    set.add(a.id);
  }
  const date = referenceDate(plan, year);
  const names: Partial<Record<AgencyKind, string>> = {};
  for (const group of plan.groups) {
    if (group.successor && group.successor.from <= date) continue;
    const named = new Set(expandMembers(plan, [group.id], date).filter((id) => inMatrix.has(id)));
    for (const [kind, ids] of byKind) {
      if (names[kind] === undefined && named.size === ids.size && [...named].every((id) => ids.has(id))) names[kind] = group.name;
    }
  }
  return names;
}
