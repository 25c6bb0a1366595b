/**
 * Issue 13 (6c, 6d) end to end: a form written by `atvsld template` for an
 * agency with 80 tasks, filled in with exceljs as a clerk would, with "12,5"
 * typed as text in all 80 cost cells and a report date before the day the
 * form was generated. Every output format of `validate` shows one grouped
 * warning at the first cell with the range, and the date warning at the
 * cover's date cell (never at the hidden `_atvsld` sheet).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { COVER_FIELDS, SHEETS, TASK_COLUMNS, formFileName } from '../../src/core/form/form-layout.js';
import { runBuiltCli, type CliRun } from './run-cli.js';

const TASKS = 80;
const HEADER_ROW = 4;

function planYaml(): string {
  const tasks = Array.from({ length: TASKS }, (_, i) => ({
    id: `1.${i + 1}`, section: 1, sectionTitle: 'Tuyên truyền', title: `Nhiệm vụ 1.${i + 1}`, text: `Nội dung 1.${i + 1}`,
    rhythm: 'yearly', lead: ['so-y-te'],
  }));
  return stringify({
    id: 'ke-hoach-thu', title: 'Kế hoạch thử', issuer: 'UBND tỉnh Thử', jurisdiction: [{ name: 'tỉnh Thử' }],
    calendar: { agencyDeadline: '12-20', consolidationDeadline: '12-31', coordinator: 'so-y-te', recipient: 'ubnd-tinh', firstYear: 2024 },
    agencies: [
      { id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh', kind: 'provincial-committee' },
      { id: 'so-y-te', name: 'Sở Y tế', kind: 'department' },
    ],
    tasks,
  });
}

let dir = '';
let form = '';
const runs = new Map<string, CliRun>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atvsld-repeats-'));
  await writeFile(join(dir, 'ke-hoach.yaml'), planYaml());
  const made = await runBuiltCli(['template', '--plan', 'ke-hoach.yaml', '--year', '2025', '--out', 'mau', '--as-of', '2025-11-14'], { cwd: dir });
  expect(made.code, made.stderr).toBe(0);
  form = join(dir, 'mau', formFileName('so-y-te', 2025));

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(form);
  const cover = wb.getWorksheet(SHEETS.cover)!;
  cover.eachRow((row) => {
    const field = COVER_FIELDS.find((f) => f.label === row.getCell(1).value);
    if (field?.key === 'reportDate') row.getCell(2).value = new Date(Date.UTC(2025, 10, 10));
    else if (field && field.key !== 'agencyName' && field.key !== 'year') row.getCell(2).value = `giá trị ${field.key}`;
  });
  const tasks = wb.getWorksheet(SHEETS.tasks)!;
  const col = (key: string) => TASK_COLUMNS.findIndex((c) => c.key === key) + 1;
  for (let r = HEADER_ROW + 1; r <= HEADER_ROW + TASKS; r += 1) {
    tasks.getCell(r, col('status')).value = 'Đã hoàn thành';
    tasks.getCell(r, col('results')).value = 'Đã tổ chức tuyên truyền.';
    tasks.getCell(r, col('cost')).value = '12,5';
  }
  await wb.xlsx.writeFile(form);

  const name = formFileName('so-y-te', 2025);
  for (const lang of ['vi', 'en']) {
    const reports = ['json', 'junit', 'markdown'].flatMap((f) => ['--report', `${f}=${lang}.${f}`]);
    const args = ['validate', '--plan', 'ke-hoach.yaml', '--year', '2025', '--lang', lang, '--annotations', 'all', join('mau', name)];
    runs.set(`${lang}.text`, await runBuiltCli([...args, ...reports], { cwd: dir }));
    runs.set(`${lang}.github`, await runBuiltCli([...args, '--format', 'github'], { cwd: dir }));
  }
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const file = (name: string) => readFile(join(dir, name), 'utf8');

describe('validate: 80 cost cells of "12,5" typed as text and a report date before the form', () => {
  it('text: one grouped warning with count and range, the date warning at the cover cell; exit 0 (warnings only)', () => {
    const vi = runs.get('vi.text')!;
    expect(vi.code, vi.stderr).toBe(0);
    const lines = vi.stdout.split('\n');
    expect(lines.filter((l) => l.includes('COUNT_TEXT_NUMBER'))).toEqual([
      '  Nhiệm vụ!I5  COUNT_TEXT_NUMBER_REPEATED  cảnh báo: Kinh phí (triệu đồng): 80 ô từ I5 đến I84 có số được nhập dạng chữ "12,5"; đã đọc là 12,5.',
    ]);
    expect(lines.filter((l) => l.includes('COVER_DATE'))).toEqual([
      '  Thông tin chung!B5  COVER_DATE_BEFORE_FORM  cảnh báo: Ngày báo cáo 10/11/2025 sớm hơn ngày biểu mẫu được tạo (14/11/2025): báo cáo không thể lập trước khi có biểu mẫu.',
    ]);
    expect(vi.stdout).not.toContain('_atvsld!');
    expect(lines.at(-2)).toBe('1 tệp, 0 lỗi, 2 cảnh báo');
    const en = runs.get('en.text')!.stdout;
    expect(en).toContain('Nhiệm vụ!I5  COUNT_TEXT_NUMBER_REPEATED  warning: Kinh phí (triệu đồng): 80 cells, I5:I84, hold the number as text "12,5"; read as 12,5.');
    expect(en).toContain('COVER_DATE_BEFORE_FORM  warning: The report date 2025-11-10 is earlier than the day the form was generated (2025-11-14)');
  });

  it('json: the first cell as location, count and range in the args', async () => {
    for (const lang of ['vi', 'en']) {
      const doc = JSON.parse(await file(`${lang}.json`)) as { files: { diagnostics: { code: string; sheet: string; cell: string; args: Record<string, unknown> }[] }[]; summary: { warnings: number } };
      const diagnostics = doc.files[0]!.diagnostics;
      expect(diagnostics.map((d) => `${d.code} ${d.sheet}!${d.cell}`)).toEqual(['COVER_DATE_BEFORE_FORM Thông tin chung!B5', 'COUNT_TEXT_NUMBER_REPEATED Nhiệm vụ!I5']);
      expect(diagnostics[1]!.args).toMatchObject({ count: 80, first: 'I5', last: 'I84', range: 'I5:I84', value: '12,5' });
      expect(diagnostics[0]!.args).toMatchObject({ dateIso: '2025-11-10', generatedOnIso: '2025-11-14' });
      expect(doc.summary.warnings).toBe(2);
    }
  });

  it('junit, markdown and github: the grouped warning once, at I5, with the range', async () => {
    const junit = await file('vi.junit');
    expect(junit.match(/COUNT_TEXT_NUMBER_REPEATED/g)?.length).toBeGreaterThan(0);
    expect(junit).toContain('Nhiệm vụ!I5  COUNT_TEXT_NUMBER_REPEATED  cảnh báo: Kinh phí (triệu đồng): 80 ô từ I5 đến I84');
    expect(junit).not.toMatch(/Nhiệm vụ!I6\b/);
    const md = await file('en.markdown');
    expect(md).toContain('| `COUNT_TEXT_NUMBER_REPEATED` | warning | 1 |');
    expect(md).toContain('80 cells, I5:I84');
    const github = runs.get('vi.github')!.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(github).toHaveLength(2);
    expect(github.find((l) => l.includes('COUNT_TEXT_NUMBER_REPEATED'))).toMatch(/title=COUNT_TEXT_NUMBER_REPEATED::Nhiệm vụ!I5 .*80 ô từ I5 đến I84/);
    expect(github.find((l) => l.includes('COVER_DATE_BEFORE_FORM'))).toMatch(/::Thông tin chung!B5 /);
  });
});
