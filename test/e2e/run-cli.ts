/**
 * Run the built CLI the way a user does: `node bin/atvsld.js …` in a folder,
 * without colour. `npm test` builds first (pretest).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/atvsld.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Set by test/cache-dir-setup.ts; refusing to run without it keeps the user's cache out of the tests. */
export function testCacheDir(): string {
  const dir = process.env.ATVSLD_CACHE_DIR;
  if (!dir) throw new Error('ATVSLD_CACHE_DIR is not set: run the tests through vitest.config.ts');
  return dir;
}

export function runBuiltCli(
  args: readonly string[],
  o: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: o.cwd ?? REPO_ROOT,
      // The language is chosen by each test (--lang, LANG), never by the machine's locale.
      env: { ...process.env, ATVSLD_CACHE_DIR: testCacheDir(), NO_COLOR: '1', FORCE_COLOR: '', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...o.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 50_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * runBuiltCli, also listing every file the run imported (worker threads
 * included), through a module hook registered with NODE_OPTIONS=--import.
 */
export async function runBuiltCliListingLoads(
  args: readonly string[],
  o: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ run: CliRun; files: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'atvsld-loads-'));
  try {
    const log = join(dir, 'loaded.txt');
    const hooks = join(dir, 'hooks.mjs');
    const register = join(dir, 'register.mjs');
    await writeFile(log, '');
    await writeFile(
      hooks,
      `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');
  return next(url, context);
}
`,
    );
    await writeFile(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
    const run = await runBuiltCli(args, { ...o, env: { ...o.env, NODE_OPTIONS: `--import ${pathToFileURL(register).href}` } });
    const urls = new Set((await readFile(log, 'utf8')).split('\n').filter(Boolean));
    return { run, files: [...urls].map((url) => fileURLToPath(url)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
