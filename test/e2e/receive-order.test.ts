/**
 * Issue #11, on a temp copy of the sample workspace with the built CLI: the
 * submission received last counts, whatever order `receive` was run in and
 * whatever the files' modification times say; and the Saturday 20/12/2025
 * deadline ends on Monday 22/12/2025 (Bộ luật Dân sự 2015, Điều 148, khoản 5).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { REPO_ROOT, runBuiltCli } from './run-cli.js';

const DEMO = join(REPO_ROOT, 'fixtures', 'demo');
const FINANCE = 'bao-cao-atvsld-2025-so-tai-chinh-lan-';
const BUILD = 'bao-cao-atvsld-2025-so-xay-dung.xlsx';

let ws: string;
let inbox: string;

/** Puts the same cover date on the first sending as on the correction (16/12/2025), as an agency that re-sent a dated form would. */
async function setCoverDate(path: string, date: Date): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const cover = workbook.getWorksheet('Thông tin chung')!;
  cover.eachRow((row) => {
    if (String(row.getCell(1).value ?? '').normalize('NFC') === 'Ngày báo cáo') row.getCell(2).value = date;
  });
  await workbook.xlsx.writeFile(path);
}

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'atvsld-receive-order-'));
  await cp(DEMO, ws, { recursive: true });
  await rm(join(ws, 'out'), { recursive: true, force: true });
  inbox = join(ws, 'thu-den');
  await mkdir(inbox);
  const year = join(ws, 'submissions', '2025');
  for (const name of [`${FINANCE}1.xlsx`, `${FINANCE}2.xlsx`, BUILD]) await rename(join(year, name), join(inbox, name));
  await setCoverDate(join(inbox, `${FINANCE}1.xlsx`), new Date(Date.UTC(2025, 11, 16)));
}, 60_000);

afterAll(async () => {
  await rm(ws, { recursive: true, force: true });
});

describe('receive out of order, then consolidate (built CLI)', () => {
  it('counts the correction received on 18/12 over the file received on 10/12, though it was recorded first', async () => {
    const receive = (file: string, at: string) =>
      runBuiltCli(['receive', join(inbox, file), '--workspace', ws, '--year', '2025', '--at', at, '--format', 'json']);
    // The correction is taken in first; the first sending is found in the mail later and recorded with its real time.
    const correction = await receive(`${FINANCE}2.xlsx`, '2025-12-18T09:00+07:00');
    expect(correction.code, correction.stderr).toBe(0);
    const original = await receive(`${FINANCE}1.xlsx`, '2025-12-10T09:00+07:00');
    expect(original.code, original.stderr).toBe(0);
    const building = await receive(BUILD, '2025-12-22T16:30+07:00');
    expect(building.code, building.stderr).toBe(0);
    const stored = (run: { stdout: string }) => basename(JSON.parse(run.stdout).files[0].storedAs as string);
    const correctionName = stored(correction);
    const originalName = stored(original);
    expect(correctionName).not.toBe(originalName);

    const run = await runBuiltCli(['consolidate', '--workspace', ws, '--year', '2025', '--as-of', '2025-12-28', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1); // the sample's one planted error
    const report = JSON.parse(run.stdout);
    const finance = report.agencies.find((a: { id: string }) => a.id === 'so-tai-chinh');
    expect(basename(finance.file)).toBe(correctionName);
    expect(finance).toMatchObject({ receivedOn: '2025-12-18', dateSource: 'receipt', status: 'on-time' });
    const superseded = report.submissions.find((s: { file: string }) => basename(s.file) === originalName);
    expect(superseded).toMatchObject({ superseded: true, supersededBasis: 'receipt-time' });
    expect(basename(superseded.supersededBy)).toBe(correctionName);
    const note = report.diagnostics.find((d: { code: string }) => d.code === 'SUBMISSION_SUPERSEDED');
    expect(note.message).toContain('(theo biên nhận)');

    // Received Monday 22/12/2025: the Saturday deadline moved to that day, so it is on time.
    const building2 = report.agencies.find((a: { id: string }) => a.id === 'so-xay-dung');
    expect(building2).toMatchObject({ receivedOn: '2025-12-22', dateSource: 'receipt', status: 'on-time', daysLate: 0 });
    expect(report).toMatchObject({ deadline: '2025-12-20', deadlineEnd: '2025-12-22', daysToDeadline: -6 });
    // Sở Xây dựng was the sample's one late agency: nobody is late now.
    expect(report.completeness).toMatchObject({ late: 0 });
    expect(report.completeness.onTime).toBe(report.completeness.received);

    const status = await runBuiltCli(['status', '--workspace', ws, '--year', '2025', '--as-of', '2025-12-28']);
    expect(status.stdout).toContain('✓ Sở Xây dựng — đúng hạn, nhận 22/12/2025');
    expect(status.stdout).toContain('kéo dài đến hết 22/12/2025');
  }, 120_000);
});
