import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runBuiltCli } from './run-cli.js';

const DEFAULT_PLAN = 'templates/plans/ke-hoach-ct31-bac-giang.yaml';
const SEED_TASKS = ['1.1', '1.2', '2.1', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '4.1', '4.2'];

describe('atvsld plan (built CLI)', () => {
  it('plan check accepts the default plan with exit 0', async () => {
    const run = await runBuiltCli(['plan', 'check', '--plan', DEFAULT_PLAN]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kế hoạch hợp lệ');
  });

  it('plan show --format json has obligations for every seed task in 2024', async () => {
    const run = await runBuiltCli(['plan', 'show', '--plan', DEFAULT_PLAN, '--year', '2024', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { version: number; year: number; obligations: { agency: string; task: string; role: string }[] };
    expect(json.version).toBe(1);
    expect(json.year).toBe(2024);
    const tasks = new Set(json.obligations.map((o) => o.task));
    for (const id of SEED_TASKS) expect(tasks, `task ${id}`).toContain(id);
  });

  it('plan show --agency so-y-te --year 2024 lists 3.5 as lead and the tasks of all departments', async () => {
    const run = await runBuiltCli(['plan', 'show', '--plan', DEFAULT_PLAN, '--year', '2024', '--agency', 'so-y-te', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { obligations: { agency: string; task: string; role: string }[] };
    const roles = new Map(json.obligations.map((o) => [o.task, o.role]));
    expect(roles.get('3.5')).toBe('lead');
    for (const id of ['1.1', '1.2', '2.1', '3.1', '3.2', '4.1', '4.2']) expect(roles.get(id), id).toBe('lead');
    const text = await runBuiltCli(['plan', 'show', '--plan', DEFAULT_PLAN, '--year', '2024', '--agency', 'so-y-te']);
    expect(text.stdout).toMatch(/3\.5\s+chủ trì/);
  });

  it('the text matrix fits an 80-column terminal', async () => {
    const run = await runBuiltCli(['plan', 'show', '--plan', DEFAULT_PLAN, '--year', '2024']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n').filter((l) => l.startsWith('Sở') || l.startsWith('UBND'));
    expect(lines.length).toBeGreaterThan(10);
    for (const line of run.stdout.split('\n').slice(2)) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('plan show --year 2025/2026 --format json: 99 commune committees, each owing the tasks the districts owed; no district owes', async () => {
    const districtDuties = ['1.1:lead', '1.2:lead', '2.1:lead', '3.1:lead', '3.2:lead', '3.3:support', '3.4:lead', '3.5:lead', '3.6:support', '3.7:lead', '3.8:lead', '4.1:lead', '4.2:lead'];
    for (const year of ['2025', '2026']) {
      const run = await runBuiltCli(['plan', 'show', '--plan', DEFAULT_PLAN, '--year', year, '--format', 'json']);
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout) as { plan: { agencies: { id: string; kind: string }[] }; obligations: { agency: string; task: string; role: string }[] };
      const kind = new Map(json.plan.agencies.map((a) => [a.id, a.kind]));
      const duties = new Map<string, string[]>();
      for (const o of json.obligations) duties.set(o.agency, [...(duties.get(o.agency) ?? []), `${o.task}:${o.role}`]);
      const communes = [...duties.keys()].filter((id) => kind.get(id) === 'commune-committee');
      expect(communes, year).toHaveLength(99);
      for (const id of communes) expect(duties.get(id), `${id} ${year}`).toEqual(districtDuties);
      expect([...duties.keys()].filter((id) => kind.get(id) === 'district-committee'), year).toEqual([]);
      expect(duties.size, year).toBe(122);
    }
  });

  it('the 2025 text matrix gives the 99 communes one shared row and stays a screen long', async () => {
    const run = await runBuiltCli(['plan', 'show', '--plan', DEFAULT_PLAN, '--year', '2025']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('122 cơ quan');
    expect(run.stdout).toMatch(/^99 × UBND cấp xã {8}L {4}L {4}L {4}L {4}L {4}S {4}L {4}L {4}S {4}L {4}L$/m);
    expect(run.stdout).not.toContain('UBND phường Kinh Bắc');
    expect(run.stdout.split('\n').length).toBeLessThan(60);
    for (const line of run.stdout.split('\n').slice(2)) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('an unknown option exits 2 without a stack trace', async () => {
    const run = await runBuiltCli(['plan', 'show', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--bogus');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('no workspace and no --plan exits 2 with advice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atvsld-nows-'));
    try {
      const run = await runBuiltCli(['plan', 'check'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('atvsld init');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('--version and --help exit 0; help shows examples and the exit codes', async () => {
    const version = await runBuiltCli(['--version']);
    expect(version.code).toBe(0);
    const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
    for (const args of [['--help'], ['plan', 'check', '--help'], ['plan', 'show', '--help'], ['init', '--help']]) {
      const help = await runBuiltCli(args);
      expect(help.code, args.join(' ')).toBe(0);
      expect(help.stdout).toContain('Ví dụ');
      expect(help.stdout).toContain('Mã thoát');
    }
  });
});

describe('atvsld init (built CLI)', () => {
  it('creates a workspace that plan check accepts, and refuses to overwrite it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atvsld-init-'));
    try {
      const first = await runBuiltCli(['init', 'ws'], { cwd: dir });
      expect(first.code).toBe(0);
      const ws = join(dir, 'ws');
      expect((await readdir(ws)).sort()).toEqual(['atvsld.yaml', 'history', 'out', 'plan', 'submissions']);
      expect((await stat(join(ws, 'plan', 'ke-hoach.yaml'))).size).toBeGreaterThan(1000);
      const check = await runBuiltCli(['plan', 'check'], { cwd: join(ws, 'submissions') });
      expect(check.code).toBe(0);
      const before = await readFile(join(ws, 'atvsld.yaml'), 'utf8');
      // Today's province by default (Bắc Giang + Bắc Ninh since 01/7/2025); the plan makes Sở Nội vụ the coordinator.
      expect(before).toMatch(/^province: "Bắc Ninh"$/m);
      expect(before).toContain('Sở Nội vụ');
      const again = await runBuiltCli(['init', 'ws'], { cwd: dir });
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('đã tồn tại');
      expect(await readFile(join(ws, 'atvsld.yaml'), 'utf8')).toBe(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
