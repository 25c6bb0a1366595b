/**
 * `atvsld --help | head -1`: the reader closes the pipe after one line.
 * Node reports EPIPE on stdout, which used to end the run with an unhandled
 * 'error' stack trace; now the run finishes quietly with exit 0.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { BIN, REPO_ROOT, testCacheDir } from './run-cli.js';

/** Runs the CLI with a stdout pipe whose reading end is closed at once (before the CLI writes). */
function runWithClosedStdout(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ATVSLD_CACHE_DIR: testCacheDir(), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('stdout closed by its reader (EPIPE)', () => {
  it('--help ends quietly with exit 0', async () => {
    const run = await runWithClosedStdout(['--help']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('consolidate --format json ends quietly with exit 0 and still writes its report', async () => {
    const demo = join(REPO_ROOT, 'fixtures', 'demo');
    const ws = await mkdtemp(join(tmpdir(), 'atvsld-epipe-'));
    try {
      await cp(demo, ws, { recursive: true, filter: (src) => relative(demo, src) !== 'out' });
      const run = await runWithClosedStdout(['consolidate', '--workspace', ws, '--year', '2025', '--as-of', '2025-12-28', '--format', 'json', '--quiet']);
      expect(run.stderr).not.toMatch(/EPIPE|\n\s+at /);
      expect(run.code).toBe(0);
      expect((await stat(join(ws, 'out', 'bao-cao-tong-hop-2025.xlsx'))).size).toBeGreaterThan(10_000);
    } finally {
      await rm(ws, { recursive: true, force: true });
    }
  }, 60_000);
});
