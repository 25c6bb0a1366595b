/**
 * `atvsld validate` as a CI step (docs/ci.md), with the built CLI: one run
 * writes annotations on stdout and JUnit, JSON and Markdown files, and they
 * agree; 150 unfilled forms give at most one error annotation per file plus a
 * count, and the job summary; the JUnit output validates against Jenkins'
 * junit-10.xsd (xmllint, from Debian's libxml2-utils) and is read back by a
 * second parser (fast-xml-parser); odd file names survive every format; the
 * exit codes a pipeline relies on.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runBuiltCli, type CliRun } from './run-cli.js';

const PLAN = 'templates/plans/ke-hoach-ct31-bac-giang.yaml';
const XSD = join(REPO_ROOT, 'test', 'fixtures', 'junit', 'junit-10.xsd');
const ONE_FORM = join(REPO_ROOT, 'fixtures', 'demo', 'submissions', '2025', 'BC ATVSLD 2025 - So Cong Thuong.xlsx');

interface JsonDiagnostic {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  sheet: string | null;
  cell: string | null;
}
interface JsonReport {
  files: { path: string; diagnostics: JsonDiagnostic[] }[];
  summary: { files: number; errors: number; warnings: number };
}
interface Annotation {
  command: string;
  props: Record<string, string>;
  message: string;
}
interface JunitSuite {
  name: string;
  file: string;
  failures: string;
  properties: { property: { name: string; value: string }[] };
  testcase: { name: string; classname: string; failure?: { type: string; message: string; '#text': string }; 'system-err'?: string }[];
}

/** GitHub's own reading of a workflow command line (the reverse of @actions/core's escaping). */
function parseAnnotation(line: string): Annotation {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: match[1]!, props, message: unescape(match[3]!) };
}

function annotations(stdout: string): Annotation[] {
  return stdout.trimEnd().split('\n').filter(Boolean).map(parseAnnotation);
}

/** The second, independent XML parser: suites and cases as arrays, attributes without prefix, entities decoded. */
function parseJunit(xml: string): JunitSuite[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    trimValues: false,
    parseAttributeValue: false,
    parseTagValue: false,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  const doc = parser.parse(xml) as { testsuites: { testsuite?: JunitSuite[] } };
  return doc.testsuites.testsuite ?? [];
}

const execFileAsync = promisify(execFile);

/** `xmllint --schema junit-10.xsd`: resolves with its verdict, never throws on an invalid file. */
async function xsdValidate(file: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stderr } = await execFileAsync('xmllint', ['--noout', '--schema', XSD, file]);
    return { ok: true, output: stderr };
  } catch (error) {
    const e = error as { code?: unknown; stderr?: string };
    if (e.code === 'ENOENT') throw new Error('xmllint is missing: apt-get install libxml2-utils (.ci/run does)');
    return { ok: false, output: e.stderr ?? String(error) };
  }
}

function markdownCounts(md: string): number[] {
  const lines = md.split('\n');
  return lines[lines.indexOf('| ---: | ---: | ---: | ---: | ---: |') + 1]!.split('|').slice(1, -1).map((c) => Number(c.trim().replace(/[.,]/g, '')));
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'atvsld-ci-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('one validate run of fixtures/hostile: annotations, JUnit, JSON and Markdown agree', () => {
  let run: CliRun;
  let report: JsonReport;
  let suites: JunitSuite[];
  let md: string;
  let notes: Annotation[];

  beforeAll(async () => {
    const out = join(tmp, 'hostile');
    run = await runBuiltCli([
      'validate', '--plan', PLAN, 'fixtures/hostile', '--format', 'github',
      '--report', `junit=${out}/atvsld.xml`, '--report', `json=${out}/atvsld.json`, '--report', `markdown=${out}/tom-tat.md`,
    ], { timeoutMs: 60_000 });
    report = JSON.parse(await readFile(join(out, 'atvsld.json'), 'utf8')) as JsonReport;
    suites = parseJunit(await readFile(join(out, 'atvsld.xml'), 'utf8'));
    md = await readFile(join(out, 'tom-tat.md'), 'utf8');
    notes = annotations(run.stdout);
  }, 70_000);

  it('exits 1, writes only workflow commands on stdout and the three files atomically (no temporary file left)', async () => {
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter(Boolean).every((l) => l.startsWith('::'))).toBe(true);
    expect((await readdir(join(tmp, 'hostile'))).sort()).toEqual(['atvsld.json', 'atvsld.xml', 'tom-tat.md']);
  });

  it('JUnit: one suite and case per JSON file, failing exactly where JSON has an error, on its first error', () => {
    expect(suites.map((s) => s.file)).toEqual(report.files.map((f) => f.path));
    for (const [i, file] of report.files.entries()) {
      const suite = suites[i]!;
      const errors = file.diagnostics.filter((d) => d.severity === 'error');
      expect(suite.properties.property).toEqual([{ name: 'file', value: file.path }]);
      expect(suite.testcase).toHaveLength(1);
      const testcase = suite.testcase[0]!;
      expect([testcase.name, testcase.classname]).toEqual([file.path, 'atvsld.validate']);
      expect(suite.failures).toBe(errors.length > 0 ? '1' : '0');
      const body = testcase.failure?.['#text'] ?? testcase['system-err'] ?? '';
      for (const d of file.diagnostics) expect(body).toContain(`${d.code}  `);
      for (const d of file.diagnostics) expect(body).toContain(d.message);
      if (errors.length > 0) {
        const first = errors[0]!;
        expect(testcase.failure!.type).toBe(first.code);
        expect(testcase.failure!.message.startsWith(first.cell !== null ? `${first.code} tại ${first.sheet}!${first.cell}: ` : `${first.code}: `)).toBe(true);
      }
    }
  });

  it('annotations: one error per file with errors, on its first error, and a last notice counting every problem', () => {
    const total = report.files.reduce((n, f) => n + f.diagnostics.length, 0);
    const errors = notes.filter((a) => a.command === 'error');
    const withErrors = report.files.filter((f) => f.diagnostics.some((d) => d.severity === 'error'));
    expect(errors.map((a) => a.props.file)).toEqual(withErrors.map((f) => f.path));
    for (const [i, a] of errors.entries()) expect(a.props.title).toBe(withErrors[i]!.diagnostics.find((d) => d.severity === 'error')!.code);
    const last = notes.at(-1)!;
    expect(last.props).toEqual({ title: 'atvsld' });
    expect(last.message).toMatch(new RegExp(`^${notes.length - 1} chú thích cho ${total} vấn đề ở \\d+ tệp: ${total - notes.length + 1} vấn đề được gộp`));
  });

  it('Markdown: the same counts as JSON, every code, and the worst file first', () => {
    const all = report.files.flatMap((f) => f.diagnostics);
    const withErrors = report.files.filter((f) => f.diagnostics.some((d) => d.severity === 'error')).length;
    const infos = all.filter((d) => d.severity === 'info').length;
    expect(markdownCounts(md)).toEqual([report.summary.files, withErrors, report.summary.errors, report.summary.warnings, infos]);
    for (const code of new Set(all.map((d) => d.code))) expect(md).toContain(`| \`${code}\` |`);
    expect(suites.filter((s) => s.failures === '1')).toHaveLength(withErrors);
  });
});

describe('150 unfilled forms in GitHub Actions', () => {
  let run: CliRun;
  let summary: string;
  let report: JsonReport;

  beforeAll(async () => {
    const blank = join(tmp, 'blank');
    const made = await runBuiltCli(['template', '--plan', PLAN, '--year', '2025', '--out', blank], { timeoutMs: 60_000 });
    expect(made.code).toBe(0);
    const templates = (await readdir(blank)).filter((n) => n.endsWith('.xlsx')).sort();
    const forms = join(tmp, 'repo', 'nop', '2025');
    await mkdir(forms, { recursive: true });
    for (let i = 0; i < 150; i += 1) {
      await copyFile(join(blank, templates[i % templates.length]!), join(forms, `${String(i).padStart(3, '0')}-${templates[i % templates.length]}`));
    }
    const summaryFile = join(tmp, 'step-summary.md');
    await writeFile(summaryFile, 'earlier step\n');
    run = await runBuiltCli(['validate', '--plan', join(REPO_ROOT, PLAN), 'nop/2025', '--year', '2025', '--format', 'github', '--report', 'json=out/atvsld.json'], {
      cwd: join(tmp, 'repo'),
      env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile },
      timeoutMs: 120_000,
    });
    summary = await readFile(summaryFile, 'utf8');
    report = JSON.parse(await readFile(join(tmp, 'repo', 'out', 'atvsld.json'), 'utf8')) as JsonReport;
  }, 180_000);

  it('has at most one error annotation per file, with paths relative to the repository, then the count', () => {
    expect(run.code).toBe(1);
    const notes = annotations(run.stdout);
    const errors = notes.filter((a) => a.command === 'error');
    const perFile = new Map<string, number>();
    for (const a of errors) perFile.set(a.props.file!, (perFile.get(a.props.file!) ?? 0) + 1);
    expect([...perFile.values()].every((n) => n === 1)).toBe(true);
    expect(perFile.size).toBe(150);
    expect([...perFile.keys()].every((f) => f.startsWith('nop/2025/'))).toBe(true);
    expect(errors[0]!.message).toMatch(/\(và \d+ lỗi khác trong tệp này\)$/);
    const total = report.files.reduce((n, f) => n + f.diagnostics.length, 0);
    expect(total).toBeGreaterThan(1000);
    expect(notes.at(-1)!.message).toMatch(new RegExp(`^${notes.length - 1} chú thích cho ${total.toLocaleString('de-DE')} vấn đề ở 150 tệp: `));
  });

  it('appends the Markdown table to $GITHUB_STEP_SUMMARY', () => {
    expect(summary.startsWith('earlier step\n## atvsld validate: kết quả kiểm tra biểu mẫu\n')).toBe(true);
    expect(markdownCounts(summary).slice(0, 4)).toEqual([150, 150, report.summary.errors, report.summary.warnings]);
    expect(summary).toContain('| `STATUS_MISSING` | lỗi |');
    expect(summary).toMatch(/### Các tệp nhiều vấn đề nhất \(10 trong 150 tệp có vấn đề\)/);
  });
});

describe('JUnit against Jenkins junit-10.xsd', () => {
  it.each([
    ['fixtures/demo', 'fixtures/demo/submissions'],
    ['fixtures/hostile', 'fixtures/hostile'],
  ])('%s validates', async (name, folder) => {
    const file = join(tmp, `${name.replace('/', '-')}.xml`);
    const run = await runBuiltCli(['validate', '--plan', PLAN, folder, '--format', 'text', '--report', `junit=${file}`], { timeoutMs: 60_000 });
    expect(run.code).toBe(1);
    const verdict = await xsdValidate(file);
    expect(verdict.output).toContain('validates');
    expect(verdict.ok).toBe(true);
    expect(parseJunit(await readFile(file, 'utf8')).length).toBeGreaterThan(20);
  }, 70_000);

  it('rejects what the schema forbids (a file attribute on a testcase), so the check has teeth', async () => {
    const file = join(tmp, 'bad.xml');
    await writeFile(file, '<testsuites><testsuite name="s" tests="1" failures="0" errors="0"><testcase name="t" file="x"/></testsuite></testsuites>');
    expect((await xsdValidate(file)).ok).toBe(false);
  });
});

describe('file names with commas, colons, percent signs and newlines', () => {
  const NAMES = ['a,b:c 50%.xlsx', 'dòng\nmới, 100%25: x.xlsx', 'tab\there %0A.xlsx'];

  it('survive the annotations, JUnit (valid against the schema) and JSON', async () => {
    const dir = join(tmp, 'odd');
    await mkdir(join(dir, 'nop'), { recursive: true });
    for (const name of NAMES) await copyFile(ONE_FORM, join(dir, 'nop', name));
    const run = await runBuiltCli(['validate', '--plan', join(REPO_ROOT, PLAN), 'nop', '--format', 'github', '--annotations', 'all', '--report', 'junit=r.xml', '--report', 'json=r.json'], { cwd: dir });
    expect(run.code).toBe(1);
    const expected = NAMES.map((n) => `nop/${n}`).sort();
    const notes = annotations(run.stdout).filter((a) => a.props.file !== undefined);
    expect([...new Set(notes.map((a) => a.props.file))].sort()).toEqual(expected);
    expect(run.stdout.split('\n').filter(Boolean).every((l) => l.startsWith('::'))).toBe(true);
    const xml = await readFile(join(dir, 'r.xml'), 'utf8');
    expect(parseJunit(xml).map((s) => s.file).sort()).toEqual(expected);
    expect(parseJunit(xml).map((s) => s.testcase[0]!.name).sort()).toEqual(expected);
    expect((await xsdValidate(join(dir, 'r.xml'))).ok).toBe(true);
    const json = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8')) as JsonReport;
    expect(json.files.map((f) => f.path).sort()).toEqual(expected);
  });
});

describe('exit codes a pipeline can trust', () => {
  it('an empty folder is 1, a path that does not exist is 2, a bad or unwritable --report is 2', async () => {
    const empty = join(tmp, 'empty');
    await mkdir(empty, { recursive: true });
    const none = await runBuiltCli(['validate', '--plan', PLAN, empty]);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('VALIDATE_NO_FILES  lỗi:');
    const missing = await runBuiltCli(['validate', '--plan', PLAN, join(tmp, 'khong-co'), ONE_FORM, '--format', 'json']);
    expect(missing.code).toBe(2);
    expect((JSON.parse(missing.stdout) as JsonReport).files).toHaveLength(2);
    const bad = await runBuiltCli(['validate', '--plan', PLAN, empty, '--report', 'xml=r.xml']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--report "xml=r.xml"');
    // A report that cannot be written is the machine's problem, not the forms': 2, never 1.
    const blocker = join(tmp, 'a-file');
    await writeFile(blocker, '');
    const unwritable = await runBuiltCli(['validate', '--plan', PLAN, ONE_FORM, '--report', `json=${join(blocker, 'r.json')}`]);
    expect(unwritable.code).toBe(2);
  });
});
