import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../../src/core/submission/check-workbook.js';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.js';
import { HASH, formGrid, formRows, testPlan, type FormRows } from './form-grid.js';

const plan = testPlan();

interface Options {
  agency?: string;
  year?: number;
  file?: string;
  meta?: boolean;
  names?: Partial<Record<keyof FormRows, string>>;
}

function check(edit: (rows: FormRows) => void, o: Options = {}) {
  const agency = o.agency ?? 'a';
  const rows = formRows(plan, agency, 2025);
  edit(rows);
  return checkWorkbook(formGrid(rows, { ...(o.meta === false && { meta: false }), ...(o.names && { names: o.names }) }), {
    file: o.file ?? `bao-cao-atvsld-2025-${agency}.xlsx`,
    sha256: 'abc',
    plan,
    planHash: HASH,
    year: o.year ?? 2025,
  });
}

const brief = (d: Diagnostic): string => [d.code, [d.location?.sheet, d.location?.cell].filter(Boolean).join('!')].filter(Boolean).join(' ');

/** Row index in FormRows.tasks of sheet row r (rows are 1-based in the sheet). */
const r = (row: number): number => row - 1;

describe('checkWorkbook: a correct form', () => {
  it('has no diagnostics and reads every value', () => {
    const checked = check(() => {});
    expect(checked.diagnostics).toEqual([]);
    const s = checked.submission!;
    expect(s.agency).toBe('a');
    expect(s.year).toBe(2025);
    expect(s.cover).toMatchObject({ reportDate: '2025-12-15', contactName: 'Nguyễn Thị Lan', year: 2025 });
    expect(s.tasks.map((t) => [t.taskId, t.role, t.status, t.row])).toEqual([
      ['1.1', 'lead', 'done', 5],
      ['1.2', 'lead', 'done', 6],
      ['2.1', 'support', 'done', 7],
    ]);
    expect(s.tasks[0]!.counts).toEqual({ documents: 2, events: 3, people: 150, cost: 12.5 });
    expect(s.indicators.map((i) => [i.partId, i.value])).toEqual([
      ['chet', 18], ['lao-dong', 512400], ['nan-nhan', 176], ['vu', 168], ['vu-chet', 17],
    ]);
  });
});

type Case = [name: string, edit: (rows: FormRows) => void, expected: string[], options?: Options];

const TASK_CASES: Case[] = [
  ['lead task row deleted', (f) => f.tasks.splice(r(6), 1), ['TASK_MISSING_LEAD Nhiệm vụ!A6']],
  ['first task row deleted', (f) => f.tasks.splice(r(5), 1), ['TASK_MISSING_LEAD Nhiệm vụ!A5']],
  ['support task row deleted', (f) => f.tasks.splice(r(7), 1), ['TASK_MISSING_SUPPORT Nhiệm vụ!A7']],
  ['task not owed added', (f) => f.tasks.push(['3.10', 'Nhiệm vụ 3.10', 'Chủ trì', 'Đã hoàn thành', 'x']), ['TASK_NOT_OWED Nhiệm vụ!A8']],
  ['unknown task added', (f) => f.tasks.push(['9.9', 'Thêm', '', 'Đã hoàn thành', 'x']), ['TASK_UNKNOWN Nhiệm vụ!A8']],
  ['task reported twice', (f) => f.tasks.push([...f.tasks[r(5)]!]), ['TASK_DUPLICATE Nhiệm vụ!A8']],
  ['content without task id', (f) => f.tasks.push([null, 'Người lập biểu', null, null, 'ký tên']), ['TASK_ID_MISSING Nhiệm vụ!A8']],
  ['status outside the list', (f) => (f.tasks[r(5)]![3] = 'Xong rồi'), ['STATUS_INVALID Nhiệm vụ!D5']],
  ['lead status empty', (f) => (f.tasks[r(6)]![3] = null), ['STATUS_MISSING Nhiệm vụ!D6']],
  ['support status empty', (f) => (f.tasks[r(7)]![3] = null), ['STATUS_MISSING_SUPPORT Nhiệm vụ!D7']],
  ['done without results', (f) => (f.tasks[r(5)]![4] = '  '), ['RESULTS_MISSING Nhiệm vụ!E5']],
  ['not started without a reason: a warning at the notes cell', (f) => { f.tasks[r(5)]![3] = 'Chưa thực hiện'; f.tasks[r(5)]![4] = null; }, ['NOT_STARTED_NO_REASON Nhiệm vụ!J5']],
  ['not started with its reason in the notes is fine', (f) => { f.tasks[r(5)]![3] = 'Chưa thực hiện'; f.tasks[r(5)]![4] = null; f.tasks[r(5)]![9] = 'Chưa được giao kinh phí'; }, []],
  ['text in a count cell', (f) => (f.tasks[r(5)]![5] = 'hai văn bản'), ['COUNT_NOT_A_NUMBER Nhiệm vụ!F5']],
  ['vi-VN text number', (f) => (f.tasks[r(5)]![7] = '1.234'), ['COUNT_TEXT_NUMBER Nhiệm vụ!H5']],
  ['ambiguous text number', (f) => (f.tasks[r(5)]![7] = '1,234'), ['COUNT_AMBIGUOUS Nhiệm vụ!H5']],
  ['negative count', (f) => (f.tasks[r(6)]![6] = -3), ['COUNT_NEGATIVE Nhiệm vụ!G6']],
  ['fractional count', (f) => (f.tasks[r(6)]![5] = 2.5), ['COUNT_FRACTIONAL Nhiệm vụ!F6']],
  ['date in a count cell', (f) => (f.tasks[r(5)]![6] = { date: '2025-12-10' }), ['COUNT_DATE Nhiệm vụ!G5']],
  ['formula with a cached result', (f) => (f.tasks[r(5)]![5] = { formula: 'SUM(K5:L5)', result: 4 }), ['VALUE_FORMULA Nhiệm vụ!F5']],
  ['formula without a result', (f) => (f.tasks[r(5)]![5] = { formula: 'SUM(K5:L5)' }), ['VALUE_FORMULA_NO_RESULT Nhiệm vụ!F5']],
  ['Excel error value', (f) => (f.tasks[r(5)]![8] = { error: '#DIV/0!' }), ['VALUE_ERROR Nhiệm vụ!I5']],
  ['all at once', (f) => {
    f.tasks[r(5)]![5] = 'abc';
    f.tasks[r(5)]![6] = -1;
    f.tasks[r(6)]![3] = 'Không rõ';
    f.tasks.splice(r(7), 1);
  }, ['COUNT_NOT_A_NUMBER Nhiệm vụ!F5', 'COUNT_NEGATIVE Nhiệm vụ!G5', 'STATUS_INVALID Nhiệm vụ!D6', 'TASK_MISSING_SUPPORT Nhiệm vụ!A7']],
];

const FORM_CASES: Case[] = [
  ['form for another year', (f) => { f.meta[4]![1] = 2024; f.cover[3]![1] = 2024; }, ['FORM_OTHER_YEAR Thông tin chung!B4']],
  ['cover year edited', (f) => (f.cover[3]![1] = 2024), ['COVER_YEAR_MISMATCH Thông tin chung!B4']],
  ['form of another plan', (f) => (f.meta[1]![1] = 'ke-hoach-khac'), ['FORM_OTHER_PLAN _atvsld!B2']],
  ['plan changed since the form', (f) => (f.meta[2]![1] = 'hash-0'), ['FORM_PLAN_CHANGED _atvsld!B3']],
  ['newer form version', (f) => (f.meta[5]![1] = 9), ['FORM_NEWER_VERSION _atvsld!B6']],
  ['unknown agency in metadata', (f) => (f.meta[3]![1] = 'zzz'), ['FORM_UNKNOWN_AGENCY Thông tin chung!B3']],
  [
    "another agency's form under this agency's file name",
    (f) => { f.meta[3]![1] = 'c'; f.cover[2]![1] = 'Sở Y tế'; },
    ['FORM_AGENCY_MISMATCH Thông tin chung!B3', 'TASK_NOT_OWED Nhiệm vụ!A5', 'TASK_NOT_OWED Nhiệm vụ!A7', 'TASK_MISSING_LEAD Nhiệm vụ!A8', 'INDICATOR_NOT_OWED Chỉ tiêu!E5', 'INDICATOR_NOT_OWED Chỉ tiêu!E6', 'INDICATOR_NOT_OWED Chỉ tiêu!E7', 'INDICATOR_NOT_OWED Chỉ tiêu!E8', 'INDICATOR_NOT_OWED Chỉ tiêu!E9'],
  ],
  ['cover name not in the plan', (f) => (f.cover[2]![1] = 'Sở Gì Đó'), ['COVER_AGENCY_UNRECOGNISED Thông tin chung!B3']],
  ['required cover field empty (hint not taken for a value)', (f) => (f.cover[5]![1] = null), ['COVER_FIELD_MISSING Thông tin chung!B6']],
  ['optional cover field empty', (f) => (f.cover[7]![1] = undefined), []],
  ['impossible report date', (f) => (f.cover[4]![1] = '31/02/2025'), ['COVER_DATE_INVALID Thông tin chung!B5']],
  ['report date of another year', (f) => (f.cover[4]![1] = { date: '2023-12-15' }), ['COVER_DATE_INVALID Thông tin chung!B5']],
  ['report date typed as text', (f) => (f.cover[4]![1] = '16/12/2025'), []],
  ['report date typed as text with dots', (f) => (f.cover[4]![1] = '15.12.2025'), []],
  ['report date typed as text with dashes', (f) => (f.cover[4]![1] = '15-12-2025'), []],
  // Doubtful report dates (validate-report-date.ts); the form was generated on 14/11/2025, the window is 01/12/2025–31/01/2026.
  ['10/12 read as 12 October by an English-locale spreadsheet', (f) => (f.cover[4]![1] = { date: '2025-10-12' }), ['COVER_DATE_SWAPPED Thông tin chung!B5']],
  ['05/01 of the next year read as 1 May', (f) => (f.cover[4]![1] = { date: '2026-05-01' }), ['COVER_DATE_SWAPPED Thông tin chung!B5']],
  ['a date inside the window is never taken for a swap', (f) => (f.cover[4]![1] = { date: '2025-12-05' }), []],
  ['an early date typed as text was read day/month by atvsld: not a swap, but before the form', (f) => (f.cover[4]![1] = '12/10/2025'), ['COVER_DATE_BEFORE_FORM Thông tin chung!B5']],
  ['a date before the form was generated (its swap is outside the window too)', (f) => (f.cover[4]![1] = { date: '2025-11-10' }), ['COVER_DATE_BEFORE_FORM Thông tin chung!B5']],
  ['a date on the day the form was generated', (f) => (f.cover[4]![1] = { date: '2025-11-14' }), []],
  ['a date after the form, outside the window, day over 12: nothing to say', (f) => (f.cover[4]![1] = { date: '2025-11-20' }), []],
  ['an old form without generated-on: the before-form check is skipped', (f) => { f.meta.pop(); f.cover[4]![1] = { date: '2025-11-10' }; }, []],
  ['generated-on turned into a date cell by a re-save still counts', (f) => { f.meta[6]![1] = { date: '2025-11-14' }; f.cover[4]![1] = { date: '2025-11-10' }; }, ['COVER_DATE_BEFORE_FORM Thông tin chung!B5']],
  ['cover year unreadable', (f) => (f.cover[3]![1] = 'năm nay'), ['COVER_VALUE_INVALID Thông tin chung!B4']],
  ['tasks column heading removed', (f) => (f.tasks[3]![3] = 'XYZ'), ['FORM_COLUMN_MISSING Nhiệm vụ!A4', 'STATUS_MISSING Nhiệm vụ!A5', 'STATUS_MISSING Nhiệm vụ!A6', 'STATUS_MISSING_SUPPORT Nhiệm vụ!A7']],
  ['indicators sheet missing', (f) => (f.indicators = []), ['FORM_SHEET_MISSING']],
  ['cover sheet renamed: found by its labels', () => {}, [], { names: { cover: 'Trang 1' } }],
  ['cover sheet missing', (f) => (f.cover = [['Ghi chú']]), ['FORM_SHEET_MISSING'], { names: { cover: 'Trang 1' } }],
];

const INDICATOR_CASES: Case[] = [
  ['owed figure left empty', (f) => (f.indicators[r(7)]![4] = null), ['INDICATOR_MISSING Chỉ tiêu!E7']],
  ['owed figure row deleted', (f) => f.indicators.splice(r(6), 1), ['INDICATOR_MISSING Chỉ tiêu']],
  ['text in a figure cell', (f) => (f.indicators[r(5)]![4] = 'chưa có'), ['COUNT_NOT_A_NUMBER Chỉ tiêu!E5']],
  ['negative figure', (f) => (f.indicators[r(6)]![4] = -5), ['COUNT_NEGATIVE Chỉ tiêu!E6']],
  ['fractional figure', (f) => (f.indicators[r(6)]![4] = 5.5), ['COUNT_FRACTIONAL Chỉ tiêu!E6']],
  ['deaths > victims', (f) => (f.indicators[r(5)]![4] = 200), ['INDICATOR_INCONSISTENT Chỉ tiêu!E5']],
  ['fatal accidents > accidents and > deaths', (f) => (f.indicators[r(9)]![4] = 170), ['INDICATOR_INCONSISTENT Chỉ tiêu!E9', 'INDICATOR_INCONSISTENT Chỉ tiêu!E9']],
  ['unknown figure id', (f) => f.indicators.push(['khac', 'Khác', 'người', null, 3]), ['INDICATOR_UNKNOWN Chỉ tiêu!A10']],
  ['figure entered twice', (f) => f.indicators.push([...f.indicators[r(5)]!]), ['INDICATOR_DUPLICATE Chỉ tiêu!A10']],
  ['formula in a figure cell', (f) => (f.indicators[r(8)]![4] = { formula: 'E5+150', result: 168 }), ['VALUE_FORMULA Chỉ tiêu!E8']],
  // Numbers that are not numbers: refused, never Infinity or a silently rounded count.
  ['400 nines typed as text', (f) => (f.indicators[r(6)]![4] = '9'.repeat(400)), ['COUNT_TOO_LARGE Chỉ tiêu!E6']],
  ['a count past the largest exact integer', (f) => (f.indicators[r(6)]![4] = '9007199254740993'), ['COUNT_TOO_LARGE Chỉ tiêu!E6']],
  ['1e308 in a numeric cell', (f) => (f.indicators[r(6)]![4] = 1e308), ['COUNT_TOO_LARGE Chỉ tiêu!E6']],
  // Row 6 is the workers' figure: the largest exact integer is read as a count, then warned about as implausible.
  ['the largest exact integer is a count', (f) => (f.indicators[r(6)]![4] = Number.MAX_SAFE_INTEGER), ['INDICATOR_IMPLAUSIBLE Chỉ tiêu!E6']],
  ['a figure above the plan\'s plausibleMax', (f) => (f.indicators.find((row) => row[0] === 'lao-dong')![4] = 99_000_000), ['INDICATOR_IMPLAUSIBLE Chỉ tiêu!E6']],
];

describe.each([
  ['tasks', TASK_CASES],
  ['form and cover', FORM_CASES],
  ['indicators', INDICATOR_CASES],
])('checkWorkbook: %s', (_area, cases) => {
  it.each(cases)('%s', (_name, edit, expected, options) => {
    const found = check(edit, options).diagnostics.map(brief);
    expect(found).toEqual(expected);
  });
});

describe('checkWorkbook: a form with 150,000 task rows', () => {
  it('reports each unknown row, without "Maximum call stack size exceeded" (no spread over the rows)', () => {
    const checked = check((rows) => {
      for (let i = 0; i < 150_000; i += 1) rows.tasks.push([`9.${i + 1}`, `Thêm ${i}`, 'Chủ trì', 'Đã hoàn thành', `Kết quả ${i}`]);
    });
    expect(checked.diagnostics.filter((d) => d.code === 'TASK_UNKNOWN')).toHaveLength(150_000);
  }, 120_000);
});

describe('checkWorkbook: the same warning down a column is grouped (group-repeated-warnings.ts)', () => {
  const cost = (f: FormRows, row: number, value: string) => (f.tasks[r(row)]![8] = value);
  const extraRows = (f: FormRows, n: number, value: string) => {
    for (let i = 0; i < n; i += 1) f.tasks.push([`9.${i + 1}`, `Thêm ${i}`, 'Chủ trì', 'Đã hoàn thành', 'x', 1, 1, 1, value]);
  };

  it('keeps one or two repeats as they are', () => {
    const found = check((f) => { cost(f, 5, '12,5'); cost(f, 6, '12,5'); }).diagnostics;
    expect(found.map(brief)).toEqual(['COUNT_TEXT_NUMBER Nhiệm vụ!I5', 'COUNT_TEXT_NUMBER Nhiệm vụ!I6']);
  });

  it('makes three repeats one warning at the first cell, with the count and the range', () => {
    const found = check((f) => { cost(f, 5, '12,5'); cost(f, 6, '12,5'); cost(f, 7, '12,5'); }).diagnostics;
    expect(found.map(brief)).toEqual(['COUNT_TEXT_NUMBER_REPEATED Nhiệm vụ!I5']);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      agency: 'a',
      args: { column: 'Kinh phí (triệu đồng)', value: '12,5', number: '12,5', count: 3, first: 'I5', last: 'I7', range: 'I5:I7' },
    });
    expect(found[0]).not.toHaveProperty('task');
  });

  it('80 cells of "12,5" typed as text: one warning "80 ô từ I5 đến I84"; the errors of the same rows stay one per row', () => {
    const found = check((f) => { cost(f, 5, '12,5'); cost(f, 6, '12,5'); cost(f, 7, '12,5'); extraRows(f, 77, '12,5'); }).diagnostics;
    const warnings = found.filter((d) => d.severity === 'warning');
    expect(warnings.map(brief)).toEqual(['COUNT_TEXT_NUMBER_REPEATED Nhiệm vụ!I5']);
    expect(warnings[0]!.args).toMatchObject({ count: 80, first: 'I5', last: 'I84', range: 'I5:I84' });
    expect(found.filter((d) => d.code === 'TASK_UNKNOWN')).toHaveLength(77);
  });

  it('groups only what is identical: another value, another column, an error stay apart', () => {
    const found = check((f) => {
      for (const row of [5, 6, 7]) cost(f, row, '12,5');
      extraRows(f, 2, '13,5');
      f.tasks[r(5)]![7] = '1.234';
      f.tasks[r(6)]![7] = '1.234';
      for (const row of [5, 6, 7]) f.tasks[r(row)]![5] = 'hai';
    }).diagnostics.filter((d) => d.code !== 'TASK_UNKNOWN');
    expect(found.map(brief)).toEqual([
      'COUNT_NOT_A_NUMBER Nhiệm vụ!F5', 'COUNT_TEXT_NUMBER Nhiệm vụ!H5', 'COUNT_TEXT_NUMBER_REPEATED Nhiệm vụ!I5',
      'COUNT_NOT_A_NUMBER Nhiệm vụ!F6', 'COUNT_TEXT_NUMBER Nhiệm vụ!H6',
      'COUNT_NOT_A_NUMBER Nhiệm vụ!F7',
      'COUNT_TEXT_NUMBER Nhiệm vụ!I8', 'COUNT_TEXT_NUMBER Nhiệm vụ!I9',
    ]);
  });

  it('groups the same formula filled down a column', () => {
    const found = check((f) => { for (const row of [5, 6, 7]) f.tasks[r(row)]![5] = { formula: '$K$1', result: 2 }; }).diagnostics;
    expect(found.map(brief)).toEqual(['VALUE_FORMULA_REPEATED Nhiệm vụ!F5']);
    expect(found[0]!.args).toMatchObject({ formula: '$K$1', value: '2', count: 3, range: 'F5:F7' });
  });
});
