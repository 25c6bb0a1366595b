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
});
