/**
 * atvsld installed as a tool: `npm pack` the project (dist/ as `npm test`'s
 * build or `npm ci`'s prepare left it), install the tarball into an empty
 * folder (runtime dependencies from the npm registry, from the cache when
 * there: --prefer-offline), then run the installed `atvsld` as a user would:
 * `--version`, `npx atvsld`, and `validate` on a demo form.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, testCacheDir } from './run-cli.js';

const run = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The environment of a user's shell: none of the npm_* variables `npm test` sets for its own scripts. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.toLowerCase().startsWith('npm_') || key.toLowerCase() === 'npm_config_cache') env[key] = value;
  }
  return { ...env, ATVSLD_CACHE_DIR: testCacheDir(), NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

describe('npm pack → npm install <tarball> → atvsld', () => {
  let dir: string;
  let bin: string;
  const env = cleanEnv();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atvsld-pack-'));
    // --ignore-scripts: `prepare` would rebuild dist/ under the other tests' feet; it is already built.
    const packed = await run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: REPO_ROOT, env, maxBuffer: 64 * 1024 * 1024 });
    const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
    const app = join(dir, 'app');
    await mkdir(app);
    await run(NPM, ['init', '-y'], { cwd: app, env });
    await run(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, filename)], { cwd: app, env, timeout: 240_000 });
    bin = join(app, 'node_modules', '.bin', 'atvsld');
  }, 300_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('ships bin, dist, templates and the JSON schemas, and nothing of the sources or tests', async () => {
    const installed = join(dir, 'app', 'node_modules', 'atvsld');
    const top = (await readdir(installed)).sort();
    expect(top).toEqual(expect.arrayContaining(['bin', 'dist', 'templates', 'docs', 'package.json', 'README.md']));
    expect(top).not.toContain('src');
    expect(top).not.toContain('test');
    expect(await readdir(join(installed, 'docs'))).toEqual(['schemas']);
  });

  it('answers --version, also through npx', async () => {
    const version = (JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect((await run(bin, ['--version'], { env })).stdout).toBe(`${version}\n`);
    expect((await run(NPM.replace('npm', 'npx'), ['--no-install', 'atvsld', '--version'], { cwd: join(dir, 'app'), env })).stdout).toBe(`${version}\n`);
  });

  it('validates a demo form with the plan it ships', async () => {
    const form = join(dir, 'app', 'bao-cao-atvsld-2024-so-y-te.xlsx');
    await copyFile(join(REPO_ROOT, 'fixtures', 'demo', 'submissions', '2024', 'bao-cao-atvsld-2024-so-y-te.xlsx'), form);
    const plan = join(dir, 'app', 'node_modules', 'atvsld', 'templates', 'plans', 'ke-hoach-ct31-bac-giang.yaml');
    const result = await run(bin, ['validate', '--plan', plan, '--year', '2024', form], { cwd: join(dir, 'app'), env });
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('1 tệp, 0 lỗi, 0 cảnh báo');
  });
});
