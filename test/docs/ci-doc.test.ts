/**
 * docs/ci.md's workflows are YAML that parses, have the steps the page
 * promises, and their atvsld commands run: the GitHub workflow's plan check
 * and validate steps are executed as written (atvsld → the built CLI) on a
 * copy of the sample workspace, in a pretend GitHub Actions environment.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { VALIDATION_FORMATS } from '../../src/render/validation-formats.js';
import { BIN, REPO_ROOT, testCacheDir } from '../e2e/run-cli.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

const DOC = join(REPO_ROOT, 'docs', 'ci.md');

async function yamlBlocks(): Promise<Record<string, unknown>[]> {
  const text = await readFile(DOC, 'utf8');
  return [...text.matchAll(/```yaml\n([^]*?)```/g)].map((m) => parse(m[1]!) as Record<string, unknown>);
}

function reportFormats(command: string): string[] {
  return [...command.matchAll(/--report (\w+)=/g)].map((m) => m[1]!);
}

describe('docs/ci.md', () => {
  it('has a GitHub workflow that installs, caches, checks the plan, validates with annotations and reports, and keeps them', async () => {
    const [github] = await yamlBlocks();
    const steps = (github as { jobs: { check: { steps: Step[] } } }).jobs.check.steps;
    const uses = steps.map((s) => s.uses?.split('@')[0]).filter(Boolean);
    expect(uses).toEqual(['actions/checkout', 'actions/setup-node', 'actions/cache', 'actions/upload-artifact']);
    const runs = steps.map((s) => s.run ?? '');
    expect(runs.some((r) => r.startsWith('npm install --global'))).toBe(true);
    expect(runs).toContain('atvsld plan check --format github');
    const validate = runs.find((r) => r.startsWith('atvsld validate'))!;
    expect(validate).toContain('--format github');
    expect(reportFormats(validate).sort()).toEqual(['json', 'junit', 'markdown']);
    expect(steps.at(-1)!.if).toBe('${{ !cancelled() }}');
  });

  it('has a GitLab equivalent whose JUnit report is the file validate writes', async () => {
    const [, gitlab] = await yamlBlocks();
    const job = (gitlab as { atvsld: { script: string[]; artifacts: { when: string; reports: { junit: string } } } }).atvsld;
    const validate = job.script.find((s) => s.startsWith('atvsld validate'))!;
    expect(validate).toContain(`--report junit=${job.artifacts.reports.junit}`);
    expect(job.artifacts.when).toBe('always');
    for (const format of reportFormats(validate)) expect(Object.keys(VALIDATION_FORMATS)).toContain(format);
  });

  it("runs the GitHub workflow's atvsld steps as written on the sample workspace", async () => {
    const [github] = await yamlBlocks();
    const steps = (github as { jobs: { check: { steps: Step[] } } }).jobs.check.steps;
    const ws = await mkdtemp(join(tmpdir(), 'atvsld-ci-doc-'));
    try {
      for (const part of ['atvsld.yaml', 'plan', 'submissions', 'history']) await cp(join(REPO_ROOT, 'fixtures', 'demo', part), join(ws, part), { recursive: true });
      const summary = join(ws, 'summary.md');
      await writeFile(summary, '');
      const env = { ...process.env, ATVSLD_CACHE_DIR: testCacheDir(), NO_COLOR: '1', GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, YEAR: '2025' };
      const codes: number[] = [];
      for (const step of steps.filter((s) => s.run?.startsWith('atvsld '))) {
        const script = `atvsld() { node ${JSON.stringify(BIN)} "$@"; }\n${step.run!}`;
        codes.push(await promisify(execFile)('bash', ['-c', script], { cwd: ws, env }).then(() => 0, (e: { code: number }) => e.code));
      }
      // The plan is fine; the sample year has one planted error.
      expect(codes).toEqual([0, 1]);
      expect((await readdir(join(ws, 'out', 'ci'))).sort()).toEqual(['atvsld-junit.xml', 'atvsld.json', 'tom-tat.md']);
      expect(await readFile(summary, 'utf8')).toContain('| `STATUS_MISSING` | lỗi | 1 |');
    } finally {
      await rm(ws, { recursive: true, force: true });
    }
  });
});
