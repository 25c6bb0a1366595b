import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runBuiltCli } from './run-cli.js';

interface Expected {
  file: string;
  code: string;
  line: number;
  column: number;
}

const BROKEN_DIR = join(REPO_ROOT, 'fixtures', 'plans', 'broken');
const expected = JSON.parse(readFileSync(join(BROKEN_DIR, 'expected.json'), 'utf8')) as Expected[];

describe('atvsld plan check on broken plans (built CLI)', () => {
  it('has at least 15 broken plans', () => {
    expect(expected.length).toBeGreaterThanOrEqual(15);
  });

  it.each(expected)('$file → exit 2, $code at $line:$column, no stack trace', async (row) => {
    const run = await runBuiltCli(['plan', 'check', '--plan', join(BROKEN_DIR, row.file)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${row.file}:${row.line}:${row.column}  ${row.code}`);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.stdout).toBe('');
  });

  it.each(expected)('$file --format json → exit 2, valid false, $code at $line:$column on stdout only', async (row) => {
    const run = await runBuiltCli(['plan', 'check', '--plan', join(BROKEN_DIR, row.file), '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout) as { version: number; valid: boolean; plan: unknown; diagnostics: { code: string; line: number; column: number }[] };
    expect(doc).toMatchObject({ version: 1, valid: false, plan: null });
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ code: row.code, line: row.line, column: row.column }));
  });

  it('--format github: one annotation per diagnostic on the plan\'s line, nothing else', async () => {
    const run = await runBuiltCli(['plan', 'check', '--plan', 'fixtures/plans/broken/group-cycle.yaml', '--format', 'github']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      '::error file=fixtures/plans/broken/group-cycle.yaml,line=34,col=15,title=PLAN_GROUP_CYCLE::Các nhóm chứa lẫn nhau thành vòng: so-ban-nganh → nhom-khac → so-ban-nganh.\n',
    );
  });
});

describe('atvsld plan check --format json on a valid plan (built CLI)', () => {
  it('exit 0, valid, its counts, and no notes (the districts hand their duties to the communes)', async () => {
    const run = await runBuiltCli(['plan', 'check', '--plan', 'templates/plans/ke-hoach-ct31-bac-giang.yaml', '--format', 'json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { valid: boolean; plan: Record<string, unknown>; summary: Record<string, number>; diagnostics: { code: string }[] };
    expect(doc.valid).toBe(true);
    expect(doc.plan).toMatchObject({ id: 'ke-hoach-ct31-bac-giang', agencies: 140, groups: 4, tasks: 14, indicators: 3 });
    expect(doc.summary).toEqual({ errors: 0, warnings: 0, notes: 0 });
    expect(doc.diagnostics).toEqual([]);
  });
});
