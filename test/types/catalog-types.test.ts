import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = join(ROOT, 'test/types/fixtures/unknown-code.ts');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

/** The fixture compiled alone with the project's strict settings: tsc's exit code and its error lines. */
async function compileFixture(): Promise<{ code: number; errors: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'atvsld-types-'));
  try {
    const config = join(dir, 'tsconfig.json');
    await writeFile(config, JSON.stringify({ extends: join(ROOT, 'tsconfig.json'), compilerOptions: { noEmit: true, types: [] }, include: [], files: [FIXTURE] }));
    const run = await promisify(execFile)(process.execPath, [TSC, '-p', config], { cwd: ROOT }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );
    return { code: run.code, errors: run.out.split('\n').filter((l) => l.includes('error TS')) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('typed message catalogs', () => {
  it('refuse an unknown code, a missing argument, an unknown user error and a UI text without its count', async () => {
    const { code, errors } = await compileFixture();
    expect(code).not.toBe(0);
    const lines = errors.map((e) => Number(/unknown-code\.ts\((\d+),/.exec(e)?.[1]));
    expect([...new Set(lines)].sort((a, b) => a - b)).toEqual([9, 11, 13, 15]);
    expect(errors.join('\n')).toContain("'\"TASK_MISSSING_LEAD\"' is not assignable");
  }, 120_000);
});
