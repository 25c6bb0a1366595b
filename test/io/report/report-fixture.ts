/** A small consolidated report built by hand: two agencies, two tasks, one rate and one count indicator. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ConsolidatedReport, TaskCell } from '../../../src/core/consolidation/consolidated-report.js';

export const INJECTIONS = ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)'] as const;

type CellOverrides = Partial<Omit<TaskCell, 'texts'>> & { results?: string; notes?: string };

const cell = (agency: string, { results = '', notes = '', ...over }: CellOverrides): TaskCell => ({
  agency,
  role: 'lead',
  status: 'done',
  texts: { results, notes },
  counts: {},
  ...over,
});

export function smallReport(): ConsolidatedReport {
  return {
    year: 2025,
    asOf: '2025-12-28',
    deadline: '2025-12-20',
    // A hand-made report: the rest-day rule (deadline-end.ts) is tested in core.
    deadlineEnd: '2025-12-20',
    deadlineRestDays: [],
    consolidationDeadline: '2025-12-31',
    daysToDeadline: -8,
    header: {
      planId: 'ke-hoach-thu',
      planTitle: 'Kế hoạch thử nghiệm',
      issuer: 'UBND tỉnh Bắc Giang',
      jurisdictionName: 'tỉnh Bắc Ninh',
      coordinator: { id: 'so-noi-vu', name: 'Sở Nội vụ' },
      recipient: { id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh', shortName: 'UBND tỉnh' },
    },
    completeness: {
      expected: 2,
      received: 1,
      onTime: 0,
      late: 1,
      missing: 1,
      notYetDue: 0,
      unexpected: 0,
      completenessRate: 0.5,
      timelinessRate: 0,
    },
    agencies: [
      {
        id: 'so-noi-vu',
        name: 'Sở Nội vụ',
        shortName: 'Sở Nội vụ',
        kind: 'department',
        expected: true,
        status: 'late',
        notYetDue: false,
        receivedOn: '2025-12-23',
        dateSource: 'cover',
        daysLate: 3,
        file: 'so-noi-vu-2.xlsx',
        sha256: 'ab'.repeat(32),
        errors: 0,
        warnings: 1,
        contact: INJECTIONS[3],
        superseded: ['so-noi-vu-1.xlsx'],
      },
      {
        id: 'so-y-te',
        name: 'Sở Y tế',
        shortName: 'Sở Y tế',
        kind: 'department',
        expected: true,
        status: 'missing',
        notYetDue: false,
        daysLate: 8,
        errors: 0,
        warnings: 0,
        superseded: [],
      },
    ],
    // The 2024 source of a part, merged away since: named from the plan, not shown by id.
    otherAgencies: [{ id: 'so-ldtbxh', name: 'Sở Lao động - Thương binh và Xã hội', shortName: 'Sở LĐTBXH' }],
    tasks: [
      {
        id: '1.1',
        title: 'Ban hành văn bản chỉ đạo',
        sectionTitle: 'Lãnh đạo, chỉ đạo',
        rhythm: 'ongoing',
        owed: 2,
        reported: 1,
        completed: 1,
        cells: [
          cell('so-noi-vu', { results: INJECTIONS[0], notes: INJECTIONS[1], counts: { documents: 3, people: 1250, cost: 12.5 }, sheet: 'Nhiệm vụ', cell: 'A5' }),
          cell('so-y-te', { status: 'no-submission' }),
        ],
      },
      {
        id: '3.5',
        title: 'Khám bệnh nghề nghiệp',
        sectionTitle: 'Quản lý nhà nước',
        rhythm: 'ongoing',
        owed: 2,
        reported: 0,
        completed: 0,
        cells: [cell('so-noi-vu', { role: 'support', status: 'not-reported', results: INJECTIONS[2] }), cell('so-y-te', { status: 'no-submission' })],
      },
    ],
    taskStatusCounts: { done: 1, 'in-progress': 0, 'not-started': 0, 'not-applicable': 0, 'not-reported': 1, 'no-submission': 2 },
    indicators: [
      {
        id: 'ty-le',
        name: 'Tần suất tai nạn lao động chết người',
        unit: 'người chết/100.000 lao động',
        values: { '2024': 3.2, '2025': 2.9 },
        parts: {
          'so-nguoi-chet': {
            '2024': { value: 16, source: 'history', agencies: [], note: 'Số liệu mẫu' },
            '2025': { value: 15, source: 'submissions', agencies: ['so-noi-vu'] },
          },
          'so-lao-dong': {
            '2024': { value: 500000, source: 'submissions', agencies: ['so-ldtbxh'] },
            '2025': { value: 517241, source: 'submissions', agencies: ['so-noi-vu'] },
          },
        },
        partInfo: [
          { id: 'so-nguoi-chet', name: 'Số người chết', unit: 'người', role: 'numerator' },
          { id: 'so-lao-dong', name: 'Số lao động', unit: 'người', role: 'denominator' },
        ],
        changePercent: -9.375,
        target: { direction: 'decrease', percentPerYear: 4, baseYear: 2024 },
        met: true,
        cumulative: { fromYear: 2024, changePercent: -9.375, targetPercent: -4, met: true },
        flags: ['AGENCIES_CHANGED'],
      },
      {
        id: 'so-kham',
        name: 'Số người lao động được khám bệnh nghề nghiệp',
        unit: 'người',
        values: { '2024': 12000, '2025': null },
        parts: { kham: { '2024': { value: 12000, source: 'history', agencies: [] }, '2025': { value: null, source: 'submissions', agencies: [] } } },
        partInfo: [{ id: 'kham', name: 'Số người được khám', unit: 'người', role: 'count' }],
        changePercent: null,
        target: { direction: 'increase', percentPerYear: 5, baseYear: 2024 },
        met: null,
        cumulative: { fromYear: 2024, changePercent: null, targetPercent: 5, met: null },
        flags: ['MISSING_VALUE'],
      },
    ],
    submissions: [
      { file: 'so-noi-vu-1.xlsx', agency: 'so-noi-vu', year: 2025, receivedOn: '2025-12-10', dateSource: 'cover', onTime: true, daysLate: 0, sha256: 'cd'.repeat(32), superseded: true, supersededBy: 'so-noi-vu-2.xlsx', errors: 0, warnings: 0 },
      { file: 'so-noi-vu-2.xlsx', agency: 'so-noi-vu', year: 2025, receivedOn: '2025-12-23', dateSource: 'cover', onTime: false, daysLate: 3, sha256: 'ab'.repeat(32), superseded: false, errors: 0, warnings: 1 },
    ],
    diagnostics: [
      { code: 'REPORT_LATE', severity: 'warning', args: { agencyName: 'Sở Nội vụ', date: '23/12/2025', days: 3, deadline: '20/12/2025' }, location: { file: 'so-noi-vu-2.xlsx' }, agency: 'so-noi-vu' },
      { code: 'STATUS_INVALID', severity: 'error', args: { value: '=1+1', allowed: 'Đã hoàn thành' }, location: { file: 'so-noi-vu-2.xlsx', sheet: 'Nhiệm vụ', cell: 'D6' }, agency: 'so-noi-vu', task: '3.5' },
    ],
  };
}

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'atvsld-report-'));
}

export async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every cell of a sheet whose text is `text` (a merged range counts once, at its top-left cell). */
export function findCells(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Cell[] {
  const found: ExcelJS.Cell[] = [];
  sheet.eachRow((row) =>
    row.eachCell((c) => {
      if (c.value === text && (!c.isMerged || c.master.address === c.address)) found.push(c);
    }),
  );
  return found;
}
