/** Small plans and submissions built in code for consolidation tests. */
import { PlanSchema, type Plan } from '../../../src/core/plan/plan-schema.js';
import type { CheckedFile, Submission, TaskReport } from '../../../src/core/submission/submission.js';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.js';

/**
 * Four agencies: `a`, `b`, `c` owe tasks; `old` is replaced by `new` on
 * 2025-03-01 (like Sở LĐTBXH → Sở Nội vụ) and reports the indicator parts.
 */
export function makePlan(): Plan {
  return PlanSchema.parse({
    id: 'kh-test',
    title: 'Kế hoạch thử',
    issuer: 'UBND tỉnh Thử',
    jurisdiction: [{ name: 'tỉnh Thử', until: '2025-06-30' }, { name: 'tỉnh Mới', from: '2025-07-01' }],
    calendar: { agencyDeadline: '12-20', consolidationDeadline: '12-31', coordinator: 'old', recipient: 'ubnd', firstYear: 2024 },
    agencies: [
      { id: 'ubnd', name: 'UBND tỉnh', kind: 'provincial-committee' },
      { id: 'a', name: 'Sở A', kind: 'department', contact: 'Phòng A, 0204 111' },
      { id: 'b', name: 'Sở B', kind: 'department' },
      { id: 'c', name: 'Sở C', kind: 'department' },
      {
        id: 'old',
        name: 'Sở Cũ',
        kind: 'department',
        until: '2025-02-28',
        successors: [{ agency: 'new', from: '2025-03-01', functions: ['atvsld'] }],
      },
      { id: 'new', name: 'Sở Mới', kind: 'department' },
    ],
    tasks: [
      { id: '1.1', section: 1, sectionTitle: 'Tuyên truyền', title: 'Tuyên truyền', text: 'Tuyên truyền.', rhythm: 'ongoing', lead: ['a'], support: ['b'] },
      { id: '1.2', section: 1, sectionTitle: 'Tuyên truyền', title: 'Tập huấn', text: 'Tập huấn.', rhythm: 'yearly', lead: ['old', 'c'] },
    ],
    indicators: [
      {
        id: 'ty-le',
        name: 'Tần suất TNLĐ chết người',
        unit: 'người chết/100.000 lao động',
        compute: { kind: 'rate', numerator: 'chet', denominator: 'lao-dong', scale: 100000 },
        target: { direction: 'decrease', percentPerYear: 4, baseYear: 2023 },
        parts: [
          { id: 'chet', name: 'Số người chết', unit: 'người', reportedBy: ['old'] },
          { id: 'lao-dong', name: 'Số lao động', unit: 'người', reportedBy: ['old'], definition: 'Lao động của các cơ sở có báo cáo' },
        ],
      },
      {
        id: 'kham',
        name: 'Số người được khám BNN',
        unit: 'người',
        compute: { kind: 'count', part: 'kham-bnn' },
        target: { direction: 'increase', percentPerYear: 5, baseYear: 2023 },
        parts: [{ id: 'kham-bnn', name: 'Số người được khám', unit: 'người', reportedBy: ['a', 'b'] }],
      },
    ],
  });
}

export interface FormSpec {
  file: string;
  agency?: string;
  year?: number;
  reportDate?: string;
  modifiedAt?: string;
  sha256?: string;
  tasks?: Record<string, TaskReport['status'] | { status?: TaskReport['status']; results?: string }>;
  parts?: Record<string, number>;
  diagnostics?: Diagnostic[];
  contactName?: string;
}

export function form(spec: FormSpec): CheckedFile<Submission> {
  const sha = spec.sha256 ?? `sha-${spec.file}`;
  const tasks = Object.entries(spec.tasks ?? {}).map(([taskId, t], i): TaskReport => {
    const v = typeof t === 'object' ? t : { status: t };
    return { taskId, row: 5 + i, sheet: 'Nhiệm vụ', status: v.status, results: v.results ?? '', counts: {}, notes: '' };
  });
  const submission: Submission = {
    file: spec.file,
    sha256: sha,
    ...(spec.modifiedAt ? { modifiedAt: spec.modifiedAt } : {}),
    meta: {},
    agency: spec.agency,
    year: spec.year,
    cover: { reportDate: spec.reportDate, contactName: spec.contactName, origins: {} },
    tasks,
    indicators: Object.entries(spec.parts ?? {}).map(([partId, value], i) => ({ partId, row: 5 + i, sheet: 'Chỉ tiêu', value, notes: '' })),
  };
  return { file: spec.file, sha256: sha, submission, diagnostics: spec.diagnostics ?? [] };
}

/**
 * The indicator figures of makePlan's agencies that the hand-computed examples use (docs/indicators.md):
 * 2024 — old 18 deaths of 200,000 workers, a 100 and b 50 exams; 2025 — new 17 of 200,000, a 160 exams (b owes its part
 * and did not send it, so exams are partial). Rate 2024 = 9, 2025 = 8.5.
 */
export function indicatorForms2024(): CheckedFile<Submission>[] {
  return [
    form({ file: 'old-2024.xlsx', agency: 'old', year: 2024, reportDate: '2024-12-10', parts: { chet: 18, 'lao-dong': 200000 } }),
    form({ file: 'a-2024.xlsx', agency: 'a', year: 2024, reportDate: '2024-12-10', parts: { 'kham-bnn': 100 } }),
    form({ file: 'b-2024.xlsx', agency: 'b', year: 2024, reportDate: '2024-12-10', parts: { 'kham-bnn': 50 } }),
  ];
}

export function indicatorForms2025(): CheckedFile<Submission>[] {
  return [
    form({ file: 'new.xlsx', agency: 'new', year: 2025, reportDate: '2025-12-10', parts: { chet: 17, 'lao-dong': 200000 } }),
    form({ file: 'a.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-10', parts: { 'kham-bnn': 160 } }),
  ];
}

/** A file that could not be read as a form. */
export function unreadable(file: string): CheckedFile<Submission> {
  return { file, diagnostics: [{ code: 'WORKBOOK_NOT_ZIP', severity: 'error', args: {}, location: { file } }] };
}
