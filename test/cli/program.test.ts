import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { VERSION } from '../../src/cli/version.js';
import { exitCodeForFindings } from '../../src/cli/exit-codes.js';
import { runInProcess } from './run-in-process.js';

describe('createProgram (in-process)', () => {
  it('keeps VERSION in step with package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });

  it('maps findings to exit codes', () => {
    const warning = { code: 'FORM_META_MISSING', severity: 'warning', args: {} } as const;
    const error = { code: 'FORM_NOT_RECOGNISED', severity: 'error', args: {} } as const;
    expect(exitCodeForFindings([])).toBe(0);
    expect(exitCodeForFindings([warning])).toBe(0);
    expect(exitCodeForFindings([warning], true)).toBe(1);
    expect(exitCodeForFindings([error])).toBe(1);
  });

  it('rejects a malformed --year with exit 2', async () => {
    const run = await runInProcess(['plan', 'show', '--plan', 'templates/plans/ke-hoach-ct31-bac-giang.yaml', '--year', '25']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Năm không hợp lệ');
  });

  it('defaults the year to the injected "now"', async () => {
    const run = await runInProcess(['plan', 'show', '--plan', 'templates/plans/ke-hoach-ct31-bac-giang.yaml', '--format', 'json'], {
      now: new Date(Date.UTC(2026, 5, 1)),
    });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { year: number }).year).toBe(2026);
  });

  it('an unknown agency is a usage error', async () => {
    const run = await runInProcess(['plan', 'show', '--plan', 'templates/plans/ke-hoach-ct31-bac-giang.yaml', '--agency', 'khong-co']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('khong-co');
  });

  it('answers in English with --lang en', async () => {
    const run = await runInProcess(['--lang', 'en', 'plan', 'check', '--plan', 'templates/plans/ke-hoach-ct31-bac-giang.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The plan is valid');
  });
});
