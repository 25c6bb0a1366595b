#!/usr/bin/env node
// Generates the bench corpus (git-ignored) from a seed: the same seed gives
// the same workbooks' contents. SAMPLE DATA — Dữ liệu mẫu, không phải số liệu thật.
//
//   npm run build && node bench/generate-corpus.js [--out bench/corpus] [--seed 31] [--scale full|tiny]
//
// Workloads (each a folder under --out):
//   province-year      one workspace, the default plan plus its communes, ~150 forms
//   national-year      one workspace, one plan for 34 provinces, 4,000 forms
//   national-year-400  400 of those forms (every 10th), same plan: memory vs number of forms
//   big-sheet          one workbook with a 100,000-row × 12-column sheet
// A few broken forms are mixed in (text in a count cell, a lead task left
// blank, a truncated file); corpus.json lists them.
import { copyFile, mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_YEAR, buildNationalPlan, buildProvincePlan, readDefaultPlanDoc } from './lib/bench-plans.js';
import { writeBigSheet } from './lib/big-sheet.js';
import { PROVINCES } from './lib/places.js';
import { writeWorkspace } from './lib/write-workspace.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Bump when the corpus changes shape, so that bench/run.js regenerates it. */
export const CORPUS_VERSION = 1;
export const DEFAULT_SEED = 31;

const SCALES = {
  full: { provinceForms: 150, communes: 127, nationalForms: 4000, nationalBroken: 4, subsetEvery: 10, rows: 100_000 },
  tiny: { provinceForms: 8, communes: 127, nationalForms: 6, nationalBroken: 1, subsetEvery: 2, rows: 300 },
};

export async function generateCorpus({ outDir, seed = DEFAULT_SEED, scale = 'full', log = () => {} }) {
  const s = SCALES[scale];
  if (!s) throw new Error(`unknown scale ${scale}`);
  await mkdir(outDir, { recursive: true });
  const base = readDefaultPlanDoc(REPO);
  const workloads = {};
  const progress = (name, total) => {
    let done = 0;
    return () => {
      done += 1;
      if (done % 500 === 0 || done === total) log(`  ${name}: ${done}/${total}`);
    };
  };

  const province = join(outDir, 'province-year');
  const p = await writeWorkspace(province, {
    name: 'province-year', seed, province: 'Bắc Ninh', forms: s.provinceForms, brokenEach: 1,
    planText: buildProvincePlan(base, { seed, communes: s.communes }), onForm: progress('province-year', s.provinceForms),
  });
  workloads['province-year'] = { dir: 'province-year', files: p.files.length, broken: p.broken };

  const national = join(outDir, 'national-year');
  const communesPerProvince = spread(4000 - PROVINCES.length * 23, PROVINCES.length);
  const n = await writeWorkspace(national, {
    name: 'national-year', seed, province: 'cả nước', forms: s.nationalForms, brokenEach: s.nationalBroken,
    planText: buildNationalPlan(base, { seed, communesPerProvince }), onForm: progress('national-year', s.nationalForms),
  });
  workloads['national-year'] = { dir: 'national-year', files: n.files.length, broken: n.broken };

  const subset = n.files.filter((_, i) => i % s.subsetEvery === 0);
  await copyWorkspace(national, join(outDir, 'national-year-400'), subset);
  const names = new Set(subset.map((f) => basename(f)));
  workloads['national-year-400'] = { dir: 'national-year-400', files: subset.length, broken: n.broken.filter((b) => names.has(b.file)) };

  await mkdir(join(outDir, 'big-sheet'), { recursive: true });
  await writeBigSheet(join(outDir, 'big-sheet', 'big-sheet.xlsx'), { seed, rows: s.rows });
  workloads['big-sheet'] = { dir: 'big-sheet', files: 1, rows: s.rows, columns: 12 };
  log(`  big-sheet: ${s.rows} rows`);

  const manifest = { version: CORPUS_VERSION, seed, scale, year: BENCH_YEAR, workloads };
  await writeFile(join(outDir, 'corpus.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** `total` split into `parts` whole numbers differing by at most one, larger first. */
function spread(total, parts) {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

async function copyWorkspace(from, to, files) {
  const yearDir = join(to, 'submissions', String(BENCH_YEAR));
  await mkdir(yearDir, { recursive: true });
  await mkdir(join(to, 'plan'), { recursive: true });
  for (const f of ['atvsld.yaml', 'plan/ke-hoach.yaml']) await writeFile(join(to, f), await readFile(join(from, f)));
  for (const file of files) {
    const target = join(yearDir, basename(file));
    await copyFile(file, target);
    const { mtime } = await stat(file);
    await utimes(target, mtime, mtime);
  }
}

function parseArgs(argv) {
  const o = { outDir: join(REPO, 'bench', 'corpus'), seed: DEFAULT_SEED, scale: 'full' };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--out') o.outDir = argv[++i];
    else if (argv[i] === '--seed') o.seed = Number(argv[++i]);
    else if (argv[i] === '--scale') o.scale = argv[++i];
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return o;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const o = parseArgs(process.argv.slice(2));
  const started = Date.now();
  console.error(`Tạo dữ liệu đo hiệu năng (seed ${o.seed}, ${o.scale}) vào ${o.outDir} …`);
  await generateCorpus({ ...o, log: (line) => console.error(line) });
  console.error(`Xong sau ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
