/**
 * docs/schemas/*.schema.json describe every `--format json` output: real
 * outputs of the built CLI (validate, plan check, receive, status,
 * consolidate) on the sample workspace and the hostile fixtures validate
 * against them with ajv (JSON Schema 2020-12, strict mode), and each schema
 * rejects a document that breaks it, so the check has teeth.
 * Objects allow additional keys: adding a field is not a breaking change.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runBuiltCli } from '../e2e/run-cli.js';

const SCHEMAS = ['validate', 'plan-check', 'receive', 'status', 'consolidate'] as const;
type SchemaName = (typeof SCHEMAS)[number];

const validators = new Map<SchemaName, ValidateFunction>();
let ws: string;

async function json(args: string[], expectedCode: number): Promise<unknown> {
  const run = await runBuiltCli(args, { timeoutMs: 60_000 });
  expect(run.code, run.stderr).toBe(expectedCode);
  return JSON.parse(run.stdout) as unknown;
}

function check(name: SchemaName, doc: unknown): void {
  const validate = validators.get(name)!;
  expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
}

beforeAll(async () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  for (const name of SCHEMAS) {
    validators.set(name, ajv.compile(JSON.parse(await readFile(join(REPO_ROOT, 'docs', 'schemas', `${name}.schema.json`), 'utf8')) as object));
  }
  ws = await mkdtemp(join(tmpdir(), 'atvsld-schemas-'));
  const demo = join(REPO_ROOT, 'fixtures', 'demo');
  for (const part of ['atvsld.yaml', 'plan', 'submissions', 'history']) await cp(join(demo, part), join(ws, part), { recursive: true });
});

afterAll(async () => {
  if (ws !== undefined) await rm(ws, { recursive: true, force: true });
});

describe('docs/schemas describe the real JSON outputs', () => {
  it('validate: the sample year and every hostile file', async () => {
    check('validate', await json(['validate', '--workspace', ws, join(ws, 'submissions', '2025'), '--format', 'json'], 1));
    check('validate', await json(['validate', '--workspace', ws, 'fixtures/hostile', '--format', 'json', '--lang', 'en'], 1));
  });

  it('plan check: a good plan and a broken one', async () => {
    check('plan-check', await json(['plan', 'check', '--workspace', ws, '--format', 'json'], 0));
    const broken = await json(['plan', 'check', '--plan', 'fixtures/plans/broken/duplicate-task.yaml', '--format', 'json'], 2);
    expect((broken as { valid: boolean }).valid).toBe(false);
    check('plan-check', broken);
  });

  it('receive: a stored file, one already received and one that is not a form', async () => {
    const form = join(REPO_ROOT, 'fixtures', 'hostile', 'forms', 'tcvn3-font.xlsx');
    const at = ['--workspace', ws, '--at', '2025-12-19T09:30+07:00', '--format', 'json'];
    const first = await runBuiltCli(['receive', form, ...at]);
    check('receive', JSON.parse(first.stdout));
    const again = await runBuiltCli(['receive', form, join(REPO_ROOT, 'fixtures', 'hostile', 'not-a-zip.xlsx'), ...at]);
    const doc = JSON.parse(again.stdout) as { files: { alreadyReceived: boolean }[] };
    expect(doc.files.some((f) => f.alreadyReceived)).toBe(true);
    check('receive', doc);
  });

  it('status and consolidate: the sample year', async () => {
    const year = ['--workspace', ws, '--year', '2025', '--as-of', '2025-12-28', '--format', 'json'];
    check('status', await json(['status', ...year], 1));
    check('consolidate', await json(['consolidate', ...year, '--out', join(ws, 'out', 'tong-hop.xlsx')], 1));
  });
});

describe('docs/schemas have teeth', () => {
  it.each([
    ['validate', { version: 2, files: [], summary: { files: 0, errors: 0, warnings: 0, byCode: {} } }],
    ['validate', { version: 1, files: [{ path: 'a.xlsx', sha256: null, agency: null, year: null, diagnostics: [{ code: 'X', severity: 'fatal' }] }], summary: { files: 1, errors: 0, warnings: 0, byCode: {} } }],
    ['plan-check', { version: 1, file: 'k.yaml', valid: true, plan: null, diagnostics: [], summary: { errors: 0, warnings: 0 } }],
    ['receive', { version: 1, files: [{ file: 'a.xlsx', storedAs: null, agency: null, year: 2025, alreadyReceived: 'no', errors: 0, warnings: 0 }], diagnostics: [], summary: { files: 1, stored: 0, errors: 0, warnings: 0 } }],
    ['status', { version: 1, year: 2025, asOf: '28/12/2025', deadline: '2025-12-20', daysToDeadline: -8, completeness: {}, agencies: [] }],
    ['consolidate', { version: 1, year: 2025 }],
  ] as const)('%s rejects a broken document', (name, doc) => {
    expect(validators.get(name)!(doc)).toBe(false);
  });
});
