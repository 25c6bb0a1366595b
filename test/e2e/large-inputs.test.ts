/**
 * Inputs big enough to break code that spreads an array into a call
 * (`Math.max(...rows)`, `push(...diagnostics)`): V8 throws "Maximum call
 * stack size exceeded" past about 120,000 arguments, which was exit 3. Each
 * run must end with diagnostics (exit 1 or 2), within its time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildForm, type TaskRow } from './faults/form-builder.js';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, runBuiltCli, type CliRun } from './run-cli.js';

const PLAN = join(REPO_ROOT, 'fixtures', 'demo', 'plan', 'ke-hoach.yaml');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atvsld-large-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** runBuiltCli, with the child's peak RSS, reported by a preload when it exits (as in hostile-attacks.test.ts). */
async function runMeasured(args: readonly string[], o: { timeoutMs: number }): Promise<{ run: CliRun; rssMb: number }> {
  const preload = join(dir, 'usage.mjs');
  const usage = join(dir, `usage-${Date.now()}.json`);
  await writeFile(preload, `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.RUSAGE_OUT, JSON.stringify(process.resourceUsage())));
`);
  const run = await runBuiltCli(args, { ...o, env: { NODE_OPTIONS: `--import ${pathToFileURL(preload).href}`, RUSAGE_OUT: usage } });
  const used = JSON.parse(await readFile(usage, 'utf8')) as { maxRSS: number };
  return { run, rssMb: Math.round(used.maxRSS / 1024) };
}

/** A form for so-y-te, 2025, whose tasks sheet has `rows` task rows (ids that the plan does not have). */
function* extraTasks(rows: number): Generator<TaskRow> {
  for (let i = 0; i < rows; i += 1) yield [`9.${i + 1}`, `Nhiệm vụ thêm số ${i + 1}`, 'Chủ trì', 'Đã hoàn thành', `Kết quả ${i * 7919}`];
}

describe('large inputs (built CLI): diagnostics, never "Maximum call stack size exceeded"', () => {
  it('a form with 150,000 task rows: exit 1, every row reported, under 300 MB, as text and as JSON', async () => {
    const file = join(dir, 'nhieu-dong.xlsx');
    await writeFile(file, buildForm({ agency: 'so-y-te', year: 2025, tasks: extraTasks(150_000) }));
    for (const format of ['text', 'json'] as const) {
      const started = Date.now();
      const { run, rssMb } = await runMeasured(['validate', file, '--plan', PLAN, '--year', '2025', '--lang', 'en', '--format', format], { timeoutMs: 120_000 });
      console.log(`validate, 150,000 task rows, --format ${format}: exit ${run.code}, ${rssMb} MB peak RSS, ${Date.now() - started} ms`);
      expect(run.stderr).not.toMatch(/call stack|internal error/i);
      expect(run.code).toBe(1);
      // Should the reader's budget (10 s of CPU time, 60 s on the wall clock) end the read first: a clean WORKBOOK_TIMEOUT
      // (test/core/submission/check-workbook.test.ts checks the 150,000 rows in-process, without a clock).
      const timedOut = `${run.stdout}${run.stderr}`.includes('WORKBOOK_TIMEOUT');
      if (format === 'text' && !timedOut) {
        expect(`${run.stdout}${run.stderr}`.split('\n').filter((l) => l.includes('TASK_UNKNOWN')).length).toBeGreaterThanOrEqual(150_000);
      }
      if (format === 'json' && !timedOut) {
        const report = JSON.parse(run.stdout) as { files: { diagnostics: { code: string; cell: string | null }[] }[]; summary: { byCode: Record<string, number> } };
        const unknown = report.files[0]!.diagnostics.filter((d) => d.code === 'TASK_UNKNOWN');
        expect(unknown).toHaveLength(150_000);
        expect(unknown.at(-1)?.cell).toMatch(/^A\d+$/);
        expect(report.summary.byCode['TASK_UNKNOWN']).toBe(150_000);
      }
      // Issue #12: under 300 MB for any one file. Was 464 MB (text) and 684 MB (JSON): the output built whole, the
      // rows' cell addresses, the grid and each stage's garbage held while the next stage ran.
      expect(rssMb).toBeLessThan(300);
      expect(Date.now() - started).toBeLessThan(100_000);
    }
  }, 300_000);

  it('a plan with 140,000 entries (a group of 140,000 unknown members): exit 2 with a diagnostic for each, under 300 MB, as text and as JSON', async () => {
    const plan = (await readFile(PLAN, 'utf8')).replace(
      /(\n {2}- id: so-ban-nganh\n {4}name: [^\n]*\n {4}members:\n)/,
      (head) => `${head}${Array.from({ length: 140_000 }, (_, i) => `      - khong-co-${i}\n`).join('')}`,
    );
    const file = join(dir, 'ke-hoach-lon.yaml');
    await writeFile(file, plan);
    // The cache left on: a verdict this large is not stored (storing it was 454 MB).
    for (const format of ['text', 'json'] as const) {
      const { run, rssMb } = await runMeasured(['plan', 'check', '--plan', file, '--format', format], { timeoutMs: 200_000 });
      console.log(`plan check, 140,000 entries, --format ${format}: exit ${run.code}, ${rssMb} MB peak RSS`);
      expect(run.stderr).not.toMatch(/call stack|internal error/i);
      expect(run.code).toBe(2);
      if (format === 'text') {
        // Problems on stderr or stdout (the plan check prints them where every command does).
        expect(`${run.stdout}${run.stderr}`.split('\n').filter((l) => l.includes('PLAN_UNKNOWN_REFERENCE')).length).toBe(140_000);
      } else {
        const report = JSON.parse(run.stdout) as { diagnostics: { code: string; line: number }[]; summary: { errors: number } };
        expect(report.diagnostics.filter((d) => d.code === 'PLAN_UNKNOWN_REFERENCE').length).toBe(140_000);
        expect(report.summary.errors).toBe(report.diagnostics.length);
      }
      // Was 486 MB (text) and 611 MB (JSON): the parser's garbage left for V8 to collect late, the text built whole.
      expect(rssMb).toBeLessThan(300);
    }
  }, 400_000);

  it('a plan whose sequence is nested 1,000,000 deep: exit 2, PLAN_YAML_TOO_DEEP, no unfilled placeholder', async () => {
    const file = join(dir, 'sau.yaml');
    await writeFile(file, `id: x\nagencies: ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}\n`);
    const started = Date.now();
    for (const lang of ['vi', 'en']) {
      const run = await runBuiltCli(['plan', 'check', '--plan', file, '--lang', lang], { env: { ATVSLD_CACHE_DIR: 'off' } });
      expect(run.code).toBe(2);
      expect(`${run.stdout}${run.stderr}`).toContain('PLAN_YAML_TOO_DEEP');
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/\{\w+\}|call stack|internal error/i);
    }
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
