import { describe, expect, it } from 'vitest';
import { computeConsolidation } from '../../../src/core/consolidation/compute-consolidation.js';
import { EMPTY_HISTORY } from '../../../src/core/consolidation/indicator-history.js';
import { agencyGroupNames, buildAgencyMatrix, matrixMark, matrixMissingLine } from '../../../src/core/consolidation/task-matrix.js';
import { PlanSchema } from '../../../src/core/plan/plan-schema.js';
import { form, makePlan } from './fixtures.js';

const plan = makePlan();
// 1.1: lead a, support b. 1.2: lead new (successor of old), c.
const report = computeConsolidation({
  plan,
  year: 2025,
  asOf: '2025-12-28',
  files: [
    form({ file: 'a.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-01', tasks: { '1.1': { status: 'done', results: 'Đã tổ chức 3 hội nghị' } } }),
    form({ file: 'b.xlsx', agency: 'b', year: 2025, reportDate: '2025-12-01', tasks: {} }),
    form({ file: 'c.xlsx', agency: 'c', year: 2025, reportDate: '2025-12-01', tasks: { '1.2': 'in-progress' } }),
    form({ file: 'ubnd.xlsx', agency: 'ubnd', year: 2025, reportDate: '2025-12-01', tasks: { '1.1': 'done' } }),
  ],
  receipts: [],
  history: EMPTY_HISTORY,
});

describe('task × agency matrix', () => {
  it.each([
    // [task, owed, reported, completed, cells as agency:role:status]
    ['1.1', 2, 1, 1, ['a:lead:done', 'b:support:not-reported', 'ubnd:-:done']],
    ['1.2', 2, 1, 0, ['c:lead:in-progress', 'new:lead:no-submission']],
  ] as const)('task %s: owed %i, reported %i, completed %i', (id, owed, reported, completed, cells) => {
    const row = report.tasks.find((t) => t.id === id)!;
    expect(row).toMatchObject({ owed, reported, completed });
    expect(row.cells.map((c) => `${c.agency}:${c.role ?? '-'}:${c.status}`)).toEqual(cells);
  });

  it('keeps the results text and where it was read', () => {
    const cell = report.tasks[0]!.cells[0]!;
    expect(cell).toMatchObject({ sheet: 'Nhiệm vụ', cell: 'A5' });
    expect(cell.texts.results).toBe('Đã tổ chức 3 hội nghị');
  });

  it('counts statuses over owed cells only', () => {
    expect(report.taskStatusCounts).toEqual({
      done: 1,
      'in-progress': 1,
      'not-started': 0,
      'not-applicable': 0,
      'not-reported': 1,
      'no-submission': 1,
    });
  });
});

describe('the matrix by agency (buildAgencyMatrix), as both renderings print it', () => {
  const matrix = buildAgencyMatrix(report);

  it('lists the province first, then the departments by Vietnamese name, numbered across groups', () => {
    expect(matrix.groups.map((g) => [g.title, g.rows.map((r) => `${r.number} ${r.agency.name}`)])).toEqual([
      ['Ủy ban nhân dân tỉnh', ['1 UBND tỉnh']],
      ['Sở, ban, ngành', ['2 Sở A', '3 Sở B', '4 Sở C', '5 Sở Mới']],
    ]);
  });

  it('puts each agency\'s role and state under each task, and marks one that sent nothing as missing', () => {
    const row = (name: string) => matrix.groups.flatMap((g) => g.rows).find((r) => r.agency.name === name)!;
    const marks = (name: string) => row(name).cells.map((c) => (c ? matrixMark(c) : ''));
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1.1', '1.2']);
    expect(marks('Sở A')).toEqual(['C: HT', '']);
    expect(marks('Sở B')).toEqual(['P: KBC', '']);
    expect(marks('Sở C')).toEqual(['', 'C: ĐTH']);
    expect(marks('UBND tỉnh')).toEqual(['K: HT', '']);
    expect(row('Sở Mới').missing).toBe(true);
    expect(row('Sở A').missing).toBe(false);
    expect(matrixMissingLine(row('Sở Mới').agency)).toBe('Chưa gửi báo cáo (quá hạn 6 ngày)');
  });

  it('titles a group with the plan\'s words when one plan group names exactly its agencies, else with the kind', () => {
    const grouped = PlanSchema.parse({
      ...plan,
      groups: [
        // Words that mean another group on the reference date do not name it.
        { id: 'huyen', name: 'UBND các huyện', members: ['a', 'b', 'c', 'new'], successor: { group: 'so', from: '2025-07-01' } },
        { id: 'some', name: 'Một số sở', members: ['a', 'b'] },
        { id: 'so', name: 'Các sở, ban, ngành tỉnh', members: ['a', 'b', 'c', 'old', 'new'] },
      ],
    });
    const names = agencyGroupNames(grouped, 2025, report.tasks, report.agencies);
    expect(names).toEqual({ department: 'Các sở, ban, ngành tỉnh' });
    expect(buildAgencyMatrix({ ...report, agencyGroupNames: names }).groups.map((g) => g.title)).toEqual(['Ủy ban nhân dân tỉnh', 'Các sở, ban, ngành tỉnh']);
    expect(report.agencyGroupNames).toEqual({});
  });
});
