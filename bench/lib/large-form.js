// One large report form: so-y-te's 2025 form whose tasks sheet has `rows`
// task rows (ids the plan does not have, so each is a TASK_UNKNOWN), as in
// test/e2e/large-inputs.test.ts — the per-file cost of an outsized
// submission (issue #12: under 300 MB and 5 s for any one file). Written
// with exceljs's streaming writer and the form layout itself. SAMPLE DATA.
import { readFile, utimes, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { COVER_FIELDS, FORM_VERSION, META_KEYS, SHEETS, TASK_COLUMNS } from '../../dist/core/form/form-layout.js';
import { stampZipEntries } from '../../dist/io/template/stamp-zip-entries.js';

export async function writeLargeForm(path, { rows, planId, planHash }) {
  const stamp = new Date(Date.UTC(2025, 11, 15));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  workbook.created = stamp;
  workbook.modified = stamp;
  const cover = workbook.addWorksheet(SHEETS.cover);
  for (const f of COVER_FIELDS) {
    cover.addRow([f.label, f.key === 'year' ? 2025 : f.key === 'reportDate' ? '15/12/2025' : `giá trị ${f.key}`]).commit();
  }
  cover.commit();
  const tasks = workbook.addWorksheet(SHEETS.tasks);
  tasks.getRow(4).values = TASK_COLUMNS.map((c) => c.header);
  tasks.getRow(4).commit();
  for (let i = 0; i < rows; i += 1) {
    tasks.getRow(5 + i).values = [`9.${i + 1}`, `Nhiệm vụ thêm số ${i + 1}`, 'Chủ trì', 'Đã hoàn thành', `Kết quả ${i * 7919}`];
    tasks.getRow(5 + i).commit();
  }
  tasks.commit();
  const meta = workbook.addWorksheet(SHEETS.meta, { state: 'veryHidden' });
  const values = { marker: '1', planId, planHash, agency: 'so-y-te', year: 2025, formVersion: FORM_VERSION, generatedOn: '2025-11-01' };
  for (const key of Object.keys(META_KEYS)) meta.addRow([META_KEYS[key], values[key]]).commit();
  meta.commit();
  await workbook.commit();
  await writeFile(path, stampZipEntries(new Uint8Array(await readFile(path)), '2025-12-15'));
  await utimes(path, stamp, stamp);
}
