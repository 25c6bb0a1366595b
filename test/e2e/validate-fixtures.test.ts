/**
 * `atvsld validate fixtures/hostile` with the built CLI: every broken or
 * hostile file is checked, each reports its code at its sheet and cell, the
 * run ends with exit 1, no stack trace, in a few seconds.
 * Expectations: fixtures/hostile/forms/expected.json (from make-forms.mjs)
 * and, for the zip/XML-level files, the table below (same codes as
 * test/io/xlsx/hostile-fixtures.test.ts asserts on the reader).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runBuiltCli, type CliRun } from './run-cli.js';

const FOLDER = 'fixtures/hostile';
const PLAN = 'templates/plans/ke-hoach-ct31-bac-giang.yaml';

interface ExpectedCode {
  code: string;
  sheet: string | null;
  cell: string | null;
}
interface Expected {
  file: string;
  codes: ExpectedCode[];
  /** Nothing may be reported beyond `codes`. */
  exact?: boolean;
}
interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  sheet?: string | null;
  cell?: string | null;
  task?: string | null;
}
interface JsonFile {
  path: string;
  diagnostics: JsonDiagnostic[];
}
interface JsonReport {
  version: number;
  files: JsonFile[];
  summary: { files: number; errors: number; warnings: number; byCode: Record<string, number> };
}

const whole = (code: string): ExpectedCode => ({ code, sheet: null, cell: null });

/** The files the safe reader refuses, with their code (shared with test/io/xlsx/hostile-fixtures.test.ts). */
const REFUSED = JSON.parse(readFileSync(join(REPO_ROOT, 'fixtures', 'hostile', 'expected.json'), 'utf8')) as { file: string; code: string }[];

/** Files of make-hostile.mjs: refused by the safe reader, or read but not an atvsld form. */
const ZIP_LEVEL: Expected[] = [
  ...REFUSED.map(({ file, code }) => ({ file, codes: [whole(code)], exact: true })),
  {
    file: 'row-past-limit.xlsx',
    codes: [
      { code: 'WORKBOOK_TOO_MANY_ROWS', sheet: 'Rows', cell: 'A2000000000' },
      { code: 'WORKBOOK_TOO_MANY_COLUMNS', sheet: 'Cols', cell: 'XFE1' },
      // What was read before the limit is a workbook, just not a form.
      whole('FORM_NOT_RECOGNISED'),
    ],
    exact: true,
  },
  // Readable workbooks that are not report forms.
  ...['rows-without-r.xlsx', 'iso-date-cell.xlsx', 'formula-cached.xlsx', 'whole-column-validation.xlsx'].map((file) => ({
    file,
    codes: [whole('FORM_NOT_RECOGNISED')],
    exact: true,
  })),
];

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Every expectation, keyed by path relative to the repository. */
function allExpectations(): Map<string, Expected> {
  const out = new Map<string, Expected>();
  for (const e of ZIP_LEVEL) out.set(`${FOLDER}/${e.file}`, e);
  for (const e of readJson<Expected[]>(join(REPO_ROOT, FOLDER, 'forms/expected.json'))) out.set(`${FOLDER}/forms/${e.file}`, e);
  return out;
}

/** .xlsx/.xls entries of the tree, folders named like workbooks included (they must be reported, not skipped). */
function workbookPaths(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(REPO_ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (/\.(xlsx|xlsm|xls)$/i.test(entry.name)) out.push(path);
    else if (entry.isDirectory()) out.push(...workbookPaths(path));
  }
  return out.sort();
}

const EXPECTED = allExpectations();

const where = (d: { sheet?: string | null; cell?: string | null }): string => `${d.sheet ?? '-'}!${d.cell ?? '-'}`;

describe('atvsld validate fixtures/hostile (built CLI)', () => {
  let run: CliRun;
  let report: JsonReport;
  let ms = 0;
  const byPath = new Map<string, JsonFile>();

  beforeAll(async () => {
    const start = performance.now();
    run = await runBuiltCli(['validate', FOLDER, '--year', '2025', '--plan', PLAN, '--format', 'json'], { timeoutMs: 60_000 });
    ms = performance.now() - start;
    report = JSON.parse(run.stdout) as JsonReport;
    for (const file of report.files) byPath.set(relative(REPO_ROOT, resolve(REPO_ROOT, file.path)).split('\\').join('/'), file);
  }, 70_000);

  it('exits 1 with no stack trace, in a few seconds', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(run.stderr).not.toMatch(/TypeError|RangeError|ReferenceError|INTERNAL_ERROR/);
    expect(ms).toBeLessThan(10_000);
  });

  it('writes versioned JSON whose summary counts every diagnostic', () => {
    expect(report.version).toBe(1);
    const all = report.files.flatMap((f) => f.diagnostics);
    expect(report.summary.files).toBe(report.files.length);
    expect(report.summary.errors).toBe(all.filter((d) => d.severity === 'error').length);
    expect(report.summary.warnings).toBe(all.filter((d) => d.severity === 'warning').length);
    const counted: Record<string, number> = {};
    for (const d of all) counted[d.code] = (counted[d.code] ?? 0) + 1;
    expect(report.summary.byCode).toEqual(counted);
  });

  it('checks every file of the tree, at least 25 of them', () => {
    const paths = workbookPaths(FOLDER);
    expect(paths.length).toBeGreaterThanOrEqual(25);
    expect([...byPath.keys()].sort()).toEqual(paths);
  });

  it('has an expectation for every file', () => {
    expect(workbookPaths(FOLDER).filter((p) => !EXPECTED.has(p))).toEqual([]);
  });

  describe.each([...EXPECTED.entries()])('%s', (path, e) => {
    it.each(e.codes.map((c) => [`${c.code} at ${where(c)}`, c] as const))('reports %s', (_, c) => {
      const found = byPath.get(path)?.diagnostics ?? [];
      const match = found.filter(
        (d) => d.code === c.code && (c.sheet === null || d.sheet === c.sheet) && (c.cell === null || d.cell === c.cell),
      );
      expect(match, `${path}: got ${found.map((d) => `${d.code} ${where(d)}`).join(', ')}`).not.toEqual([]);
    });

    if (e.codes.length === 0 || e.exact) {
      it(e.codes.length === 0 ? 'reports nothing' : 'reports nothing else', () => {
        const got = (byPath.get(path)?.diagnostics ?? []).map((d) => `${d.code} ${where(d)}`);
        const allowed = new Set(e.codes.map((c) => c.code));
        expect(got.filter((g) => !allowed.has(g.split(' ')[0] ?? ''))).toEqual([]);
      });
    }
  });
});
