import { describe, expect, it } from 'vitest';
import { computeConsolidation } from '../../../src/core/consolidation/compute-consolidation.js';
import { EMPTY_HISTORY } from '../../../src/core/consolidation/indicator-history.js';
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
