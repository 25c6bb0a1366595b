import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../../src/core/submission/check-workbook.js';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.js';
import { HASH, formGrid, formRows, testPlan, type FormRows } from './form-grid.js';
import { sheetGrid, workbookGrid } from '../../helpers/grid.js';
import type { WorkbookGrid } from '../../../src/core/workbook/cell-grid.js';

const plan = testPlan();
const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => `${d.code}${d.location?.cell ? ` ${d.location.sheet}!${d.location.cell}` : ''}`);
const run = (grid: WorkbookGrid, file = 'bao-cao-atvsld-2025-a.xlsx') => checkWorkbook(grid, { file, sha256: 'x', plan, planHash: HASH, year: 2025 });

function rowsOf(agency = 'a', edit: (f: FormRows) => void = () => {}): FormRows {
  const rows = formRows(plan, agency, 2025);
  edit(rows);
  return rows;
}

const nfd = (rows: unknown[][]): unknown[][] => rows.map((row) => row.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v)));

describe('recognising a form without its hidden sheet', () => {
  it('reads a retyped form by sheet names and headings, with a note', () => {
    const checked = run(formGrid(rowsOf(), { meta: false }));
    expect(codes(checked.diagnostics)).toEqual(['FORM_META_MISSING']);
    expect(checked.diagnostics[0]!.severity).toBe('info');
    expect(checked.submission!.agency).toBe('a');
    expect(checked.submission!.tasks).toHaveLength(3);
  });

  it('reads NFD text, other case and tone-mark placement in names, headings and statuses', () => {
    const rows = rowsOf('b', (f) => {
      f.tasks = nfd(f.tasks) as FormRows['tasks'];
      f.tasks[3] = f.tasks[3]!.map((v) => (typeof v === 'string' ? v.toUpperCase() : v));
      f.tasks[4]![3] = 'đã HOÀN THÀNH';
      f.cover = nfd(f.cover) as FormRows['cover'];
      f.cover[2]![1] = 'UBND huyện Hiệp Hoà';
    });
    const checked = run(formGrid(rows, { meta: false, names: { tasks: 'NHIỆM VỤ'.normalize('NFD'), cover: 'Thông tin chung'.normalize('NFD') } }), 'bao-cao.xlsx');
    expect(codes(checked.diagnostics)).toEqual(['FORM_META_MISSING']);
    expect(checked.submission).toMatchObject({ agency: 'b', year: 2025 });
    expect(checked.submission!.tasks[0]).toMatchObject({ taskId: '2.1', status: 'done', role: 'lead' });
    expect(checked.submission!.cover.contactName).toBe('Nguyễn Thị Lan');
  });

  it('finds the table after extra rows, with a column moved and one inserted', () => {
    const rows = rowsOf('a', (f) => {
      const moveStatusToEnd = (row: unknown[]): unknown[] => {
        const copy = [...row];
        const [status] = copy.splice(3, 1);
        copy.splice(9, 0, status);
        return ['', ...copy];
      };
      const table = f.tasks.slice(3).map((row) => moveStatusToEnd(row));
      table[0]![0] = 'STT';
      f.tasks = [...f.tasks.slice(0, 3), [], [], ...table.slice(0, 2), [], ...table.slice(2)] as FormRows['tasks'];
      f.tasks[8]![10] = '';
    });
    const checked = run(formGrid(rows));
    expect(codes(checked.diagnostics)).toEqual(['STATUS_MISSING Nhiệm vụ!K9']);
    expect(checked.submission!.tasks.map((t) => [t.taskId, t.row, t.status])).toEqual([
      ['1.1', 7, 'done'],
      ['1.2', 9, undefined],
      ['2.1', 10, 'done'],
    ]);
  });

  it('finds a renamed tasks sheet by its headings', () => {
    const checked = run(formGrid(rowsOf(), { meta: false, names: { tasks: 'Sheet1' } }));
    expect(codes(checked.diagnostics)).toEqual(['FORM_META_MISSING']);
    expect(checked.submission!.sheets?.tasks).toBe('Sheet1');
  });

  it('says a workbook that is not a form is not recognised', () => {
    const grid = workbookGrid(sheetGrid('Sheet1', [['Họ tên', 'Số tiền'], ['An', 5]]));
    const checked = run(grid);
    expect(checked.submission).toBeUndefined();
    expect(codes(checked.diagnostics)).toEqual(['FORM_NOT_RECOGNISED']);
  });

  it('recognises a form by its metadata even when the tasks table is gone', () => {
    const rows = rowsOf('a', (f) => (f.tasks = [['Trống']]));
    const checked = run(formGrid(rows));
    expect(codes(checked.diagnostics)).toEqual(['FORM_COLUMN_MISSING']);
    expect(checked.submission).toBeDefined();
  });
});

describe('resolving the agency', () => {
  const noMeta = (agencyName: string, file: string) =>
    run(formGrid(rowsOf('a', (f) => (f.cover[2]![1] = agencyName)), { meta: false }), file).submission?.agency;

  it.each([
    ['Sở LĐTBXH', 'x.xlsx', 'a'],
    ['LĐ-TB&XH', 'x.xlsx', 'a'],
    ['SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI', 'x.xlsx', 'a'],
    ['', 'bao-cao-atvsld-2025-a.xlsx', 'a'],
    ['', 'thu-muc/bao-cao-atvsld-2025-a-lan-2.xlsx', 'a'],
    ['', 'a-2025-3.xlsx', 'a'],
    ['', 'bao-cao.xlsx', undefined],
  ])('cover "%s", file %s → %s', (name, file, agency) => {
    expect(noMeta(name, file)).toBe(agency);
  });

  it('reports an unknown agency when nothing names one', () => {
    const checked = run(formGrid(rowsOf('a', (f) => (f.cover[2]![1] = 'Công ty X')), { meta: false }), 'bao-cao.xlsx');
    expect(codes(checked.diagnostics)).toEqual(['FORM_META_MISSING', 'FORM_UNKNOWN_AGENCY Thông tin chung!B3']);
  });
});

describe('task ids typed as numbers', () => {
  it('reads 3.1 as task 3.10 when the plan has 3.10 and not 3.1', () => {
    const rows = rowsOf('c', (f) => (f.tasks[5]![0] = 3.1));
    const checked = run(formGrid(rows), 'bao-cao-atvsld-2025-c.xlsx');
    expect(codes(checked.diagnostics)).toEqual([]);
    expect(checked.submission!.tasks.map((t) => t.taskId)).toEqual(['1.2', '3.10']);
  });
});
