/**
 * The December job: `consolidate --quiet` leaves a log that says which file is
 * wrong and ends with one grep-able line; `status --format csv` is the list of
 * agencies to chase. On a copy of the sample workspace (fixtures/demo), with
 * its planted cases (fixtures/demo/README.md).
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runBuiltCli } from './run-cli.js';

let ws = '';
const YEAR = ['--year', '2025', '--as-of', '2025-12-28'];

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'atvsld-december-'));
  await cp(join(REPO_ROOT, 'fixtures', 'demo'), ws, { recursive: true });
});

afterAll(async () => {
  await rm(ws, { recursive: true, force: true });
});

describe('consolidate --quiet (the cron job)', () => {
  it("prints each file's problems on stderr, grouped by file, and ends with the one-line log", async () => {
    const run = await runBuiltCli(['consolidate', '--workspace', ws, ...YEAR, '--quiet'], { env: { TZ: 'Asia/Ho_Chi_Minh' } });
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    // The file on its own line, relative to the workspace, then its problem with sheet and cell.
    const file = lines.indexOf('submissions/2025/BC ATVSLD 2025 - So Cong Thuong.xlsx');
    expect(file).toBeGreaterThanOrEqual(0);
    expect(lines[file + 1]).toMatch(/^ {2}Nhiệm vụ!D12 {2}STATUS_MISSING {2}lỗi: /);
    expect(run.stderr).toContain('submissions/2025/bao-cao-atvsld-2025-so-xay-dung.xlsx\n  REPORT_LATE  cảnh báo:');
    expect(run.stderr).not.toContain(ws);
    const log = lines.at(-1)!;
    expect(log).toMatch(
      /^atvsld \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00 consolidate year=2025 files=\d+ errors=[1-9]\d* warnings=\d+ report=out\/bao-cao-tong-hop-2025\.xlsx exit=1$/,
    );
    // The log's counts are the summary's.
    const [, errors, warnings] = /errors=(\d+) warnings=(\d+)/.exec(log)!;
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`${errors} lỗi, ${warnings} cảnh báo`);
  });

  it.each(['consolidate', 'status', 'report'])('logs a %s run stopped by an error too, with exit 2', async (command) => {
    const run = await runBuiltCli([command, '--workspace', ws, '--year', '2025', '--as-of', '2025-02-30', '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ngày không hợp lệ "2025-02-30"');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^atvsld \\S+ ${command} year=- files=- errors=- warnings=- report=- exit=2$`));
  });
});

describe('status --format csv (the chase list)', () => {
  it('lists every expected agency once, by Vietnamese name, with state, reason and contact', async () => {
    const run = await runBuiltCli(['status', '--workspace', ws, ...YEAR, '--format', 'csv']);
    expect(run.code).toBe(1);
    const [header, ...rows] = run.stdout.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(header).toBe('id,name,state,stateText,days,receivedOn,errors,warnings,reason,contact,contactFrom');
    const byId = new Map(rows.map((r) => [r.split(',')[0]!, r]));
    // Every agency once: as many rows as the 2025 plan's agencies (23 before the communes, 122 with them).
    expect(rows.length).toBeGreaterThanOrEqual(23);
    expect(byId.size).toBe(rows.length);
    // Planted: Thanh tra tỉnh sent nothing; its contact comes from its 2024 cover.
    expect(byId.get('thanh-tra-tinh')).toMatch(/^thanh-tra-tinh,Thanh tra tỉnh,missing,"chưa gửi, quá hạn 6 ngày",6,,0,0,,"[^"]+@[^"]+",last-year$/);
    // Planted: Sở Xây dựng 1 day late (20/12/2025 is a Saturday: the deadline ends on Monday 22/12).
    expect(byId.get('so-xay-dung')).toMatch(/^so-xay-dung,Sở Xây dựng,late,trễ 1 ngày,1,2025-12-23,0,\d+,,"[^"]+",cover$/);
    // Planted: Sở Công Thương left its lead task 3.8 without a status: received, with errors, and why.
    expect(byId.get('so-cong-thuong')).toMatch(/^so-cong-thuong,Sở Công Thương,with-errors,đã gửi nhưng có lỗi,,2025-12-05,[1-9]\d*,\d+,[^,]*3\.8[^,]*,/);
    expect(byId.get('so-y-te')).toMatch(/^so-y-te,Sở Y tế,on-time,đúng hạn,,2025-12-05,0,/);
    const names = rows.map((r) => r.split(',')[1]!.replace(/^"/, ''));
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
  });
});
