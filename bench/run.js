#!/usr/bin/env node
// `npm run bench`: every workload, each tool as a separate process under
// GNU time, medians of several runs for the quick ones; a table on stdout
// and bench/results.json. The corpus is generated first when missing.
//
// Tools: atvsld as built (bin/atvsld.js); the naive baseline (bench/naive.js:
// exceljs full read, same checks); the floor (bench/floor.js: unzip + one SAX
// pass; `node -e 0` for start-up); openpyxl read-only (bench/openpyxl_read.py)
// when /usr/bin/python3 has it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_VERSION, DEFAULT_SEED, generateCorpus } from './generate-corpus.js';
import { writeLargeForm } from './lib/large-form.js';
import { measure } from './lib/measure.js';
import { machineLine, ratios, renderTable, throughput } from './lib/report.js';
import { checkTargets, renderTargets } from './lib/targets.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPO = join(HERE, '..');
const CORPUS = join(HERE, 'corpus');
const YEAR = '2025';
const AS_OF = '2025-12-31';
const NODE = process.execPath;
const PYTHON = '/usr/bin/python3';
// atvsld keeps checked plans in a per-user cache (docs/performance.md). The
// bench uses a folder of its own, emptied at the start, and fills it with one
// untimed `plan check` per plan: the timed runs measure what a user's second
// and later runs cost. What a first run costs is measured too, with the cache off.
const CACHE = join(CORPUS, '.plan-cache');
const CACHE_ENV = { ATVSLD_CACHE_DIR: CACHE };
// The sample workspace (fixtures/demo: tỉnh Bắc Ninh 2025, 122 agencies, 121 forms), copied afresh for every
// bench run so that what consolidate and report write stays out of the fixtures; its --as-of is `npm start`'s.
const DEMO = join(CORPUS, 'demo');
const DEMO_AS_OF = '2025-12-28';
const LARGE_FORM_ROWS = 150_000;
const LARGE_FORM = join(CORPUS, 'large-form', `large-form-${LARGE_FORM_ROWS}.xlsx`);

async function ensureCorpus() {
  const file = join(CORPUS, 'corpus.json');
  if (existsSync(file)) {
    const m = JSON.parse(readFileSync(file, 'utf8'));
    if (m.version === CORPUS_VERSION && m.seed === DEFAULT_SEED && m.scale === 'full') return m;
  }
  console.error('Tạo dữ liệu đo (bench/corpus) …');
  return generateCorpus({ outDir: CORPUS, log: (l) => console.error(l) });
}

/** The sample workspace's copy, and the large form (written once, ≈ 1 min). */
async function ensureExtras() {
  rmSync(DEMO, { recursive: true, force: true });
  cpSync(join(REPO, 'fixtures', 'demo'), DEMO, { recursive: true, preserveTimestamps: true, filter: (src) => !src.endsWith(`${join('demo', 'out')}`) });
  if (!existsSync(LARGE_FORM)) {
    console.error(`Tạo biểu mẫu lớn (${LARGE_FORM_ROWS} dòng nhiệm vụ) …`);
    mkdirSync(join(CORPUS, 'large-form'), { recursive: true });
    await writeLargeForm(LARGE_FORM, { rows: LARGE_FORM_ROWS, planId: 'ke-hoach-ct31-bac-giang', planHash: 'x' });
  }
}

function hasOpenpyxl() {
  return spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
}

const atvsld = (...args) => [NODE, join(REPO, 'bin', 'atvsld.js'), ...args];
const bench = (script, ...args) => [NODE, join(HERE, script), ...args];
const show = (argv) => argv.map((a) => a.replace(`${REPO}/`, '').replace(NODE, 'node')).join(' ');

function workloads(corpus, openpyxl) {
  const ws = (name) => join(CORPUS, corpus.workloads[name].dir);
  const yearDir = (name) => join(ws(name), 'submissions', YEAR);
  const plan = (name) => join(ws(name), 'plan', 'ke-hoach.yaml');
  const py = (...args) => (openpyxl ? [PYTHON, join(HERE, 'openpyxl_read.py'), ...args] : undefined);
  const oneForm = join(yearDir('province-year'), readdirSync(yearDir('province-year')).sort().find((f) => f.includes('so-y-te')));
  const list = [
    { name: 'startup/version', runs: 5, atvsld: atvsld('--version'), floor: [NODE, '-e', '0'] },
    {
      name: 'startup/validate-one-form', runs: 5, files: 1,
      atvsld: atvsld('validate', oneForm, '--year', YEAR, '--format', 'json', '--plan', plan('province-year')),
      naive: bench('naive.js', 'validate', oneForm, '--year', YEAR, '--plan', plan('province-year')),
      floor: [NODE, '-e', '0'],
    },
    {
      name: 'startup/validate-one-form-cold', runs: 5, files: 1, env: { ATVSLD_CACHE_DIR: 'off' },
      atvsld: atvsld('validate', oneForm, '--year', YEAR, '--format', 'json', '--plan', plan('province-year')),
      floor: [NODE, '-e', '0'],
    },
  ];
  for (const [name, runs] of [['province-year', 3], ['national-year-400', 3], ['national-year', 3]]) {
    const files = corpus.workloads[name].files;
    const floor = bench('floor.js', yearDir(name));
    const read = py(yearDir(name));
    list.push({
      name: `${name}/validate`, runs, files,
      atvsld: atvsld('validate', yearDir(name), '--year', YEAR, '--format', 'json', '--plan', plan(name)),
      naive: bench('naive.js', 'validate', yearDir(name), '--year', YEAR, '--plan', plan(name)),
      floor, openpyxl: read,
    });
    list.push({
      name: `${name}/consolidate`, runs, files, reuse: { floor: `${name}/validate`, openpyxl: `${name}/validate` },
      atvsld: atvsld('consolidate', '--workspace', ws(name), '--year', YEAR, '--as-of', AS_OF, '--format', 'json', '--out', join(ws(name), 'out', 'atvsld.xlsx')),
      naive: bench('naive.js', 'consolidate', ws(name), '--year', YEAR, '--as-of', AS_OF, '--out', join(ws(name), 'out', 'naive.xlsx')),
      floor, openpyxl: read,
    });
  }
  // The sample workspace: a province's real year (121 forms, 122 agencies), the written report, and `npm start`.
  const demoPlan = join(DEMO, 'plan', 'ke-hoach.yaml');
  const demoYear = join(DEMO, 'submissions', YEAR);
  const demoFiles = readdirSync(demoYear).filter((f) => f.endsWith('.xlsx')).length;
  const demoRead = py(demoYear);
  const demoFloor = bench('floor.js', demoYear);
  list.push(
    {
      name: 'demo/validate', runs: 3, files: demoFiles,
      atvsld: atvsld('validate', demoYear, '--year', YEAR, '--format', 'json', '--plan', demoPlan),
      naive: bench('naive.js', 'validate', demoYear, '--year', YEAR, '--plan', demoPlan),
      floor: demoFloor, openpyxl: demoRead,
    },
    {
      name: 'demo/consolidate', runs: 3, files: demoFiles, reuse: { floor: 'demo/validate', openpyxl: 'demo/validate' },
      atvsld: atvsld('consolidate', '--workspace', DEMO, '--year', YEAR, '--as-of', DEMO_AS_OF, '--format', 'json', '--out', join(DEMO, 'out', 'atvsld.xlsx')),
      naive: bench('naive.js', 'consolidate', DEMO, '--year', YEAR, '--as-of', DEMO_AS_OF, '--out', join(DEMO, 'out', 'naive.xlsx')),
      floor: demoFloor, openpyxl: demoRead,
    },
    {
      name: 'demo/report-docx', runs: 3, files: demoFiles,
      atvsld: atvsld('report', '--workspace', DEMO, '--year', YEAR, '--as-of', DEMO_AS_OF, '--out', join(DEMO, 'out', 'bao-cao.docx')),
    },
    {
      name: 'demo/npm-start', runs: 3, files: demoFiles,
      atvsld: atvsld('consolidate', '--workspace', DEMO, '--year', YEAR, '--as-of', DEMO_AS_OF, '--report-docx'),
    },
  );
  list.push({
    name: 'large-form/validate', runs: 3, files: 1, rows: LARGE_FORM_ROWS,
    atvsld: atvsld('validate', LARGE_FORM, '--year', YEAR, '--format', 'json', '--plan', demoPlan),
    naive: bench('naive.js', 'validate', LARGE_FORM, '--year', YEAR, '--plan', demoPlan),
    floor: bench('floor.js', LARGE_FORM), openpyxl: py(LARGE_FORM),
  });
  const big = join(ws('big-sheet'), 'big-sheet.xlsx');
  list.push({
    name: 'big-sheet/read', runs: 3, rows: corpus.workloads['big-sheet'].rows,
    atvsld: bench('read-one.js', big), naive: bench('naive.js', 'read', big), floor: bench('floor.js', big), openpyxl: py(big),
  });
  return list;
}

async function main() {
  const corpus = await ensureCorpus();
  await ensureExtras();
  const openpyxl = hasOpenpyxl();
  if (!openpyxl) console.error('openpyxl không có cho /usr/bin/python3 (apt-get install python3-openpyxl): bỏ qua cột openpyxl.');
  const machine = machineLine();
  const results = [];
  const started = Date.now();
  rmSync(CACHE, { recursive: true, force: true });
  for (const name of ['province-year', 'national-year-400', 'national-year', 'demo']) {
    const warm = atvsld('plan', 'check', '--plan', join(CORPUS, corpus.workloads[name]?.dir ?? name, 'plan', 'ke-hoach.yaml'));
    measure(warm, { cwd: REPO, ok: [0, 1], env: CACHE_ENV });
  }
  for (const w of workloads(corpus, openpyxl)) {
    const envPrefix = Object.entries(w.env ?? {}).map(([k, v]) => `${k}=${v} `).join('');
    const entry = { name: w.name, command: envPrefix + show(w.atvsld), runs: w.runs, ...(w.files ? { files: w.files } : {}), ...(w.rows ? { rows: w.rows } : {}) };
    for (const tool of ['atvsld', 'naive', 'floor', 'openpyxl']) {
      if (!w[tool]) continue;
      const reused = w.reuse?.[tool] && results.find((r) => r.name === w.reuse[tool])?.[tool];
      process.stderr.write(`${w.name} ${tool}${reused ? ' (same as validate)' : ''} … `);
      const env = tool === 'atvsld' ? { ...CACHE_ENV, ...w.env } : {};
      const m = reused ?? { ...measure(w[tool], { runs: w.runs, cwd: REPO, ok: [0, 1], env }), command: show(w[tool]) };
      entry[tool] = { ...m, ...throughput(w, m) };
      process.stderr.write(`${m.wallS} s\n`);
    }
    entry.ratios = ratios(entry);
    results.push(entry);
  }
  for (const name of ['province-year', 'national-year-400', 'national-year']) rmSync(join(CORPUS, name, 'out'), { recursive: true, force: true });
  rmSync(DEMO, { recursive: true, force: true });
  const targets = checkTargets(results);
  const out = { machine, command: 'npm run bench', seconds: Math.round((Date.now() - started) / 1000), workloads: results, targets };
  writeFileSync(join(HERE, 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(renderTable(machine, results));
  console.log(`\n${renderTargets(targets)}`);
  console.log(`\nbench/results.json; ${out.seconds} s. Ratios below 1 mean atvsld is faster.`);
}

await main();
