#!/usr/bin/env node
// The naive baseline of the bench: exceljs's full `readFile` of every
// workbook, converted to the grid atvsld's core takes, then the same parse
// and validation (and, for `consolidate`, the same consolidation and report
// writer) imported from dist/. One file after another, as a plain
// implementation would.
//
//   node bench/naive.js validate <dir> --plan FILE --year Y
//   node bench/naive.js consolidate <workspace> --year Y --as-of DATE --out FILE
//   node bench/naive.js read <file>          (every sheet into a grid, nothing checked)
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runConsolidate } from '../dist/app/consolidate.js';
import { expandWorkbookPaths } from '../dist/app/expand-workbook-paths.js';
import { checkWorkbook } from '../dist/core/submission/check-workbook.js';
import { readPlanFile } from '../dist/io/plan/read-plan.js';
import { writeConsolidatedWorkbook } from '../dist/io/report/write-consolidated-workbook.js';
import { gridFromExceljs } from './lib/exceljs-grid.js';

async function checkOne(path, o) {
  const bytes = await readFile(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const modifiedAt = (await stat(path)).mtime.toISOString();
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    return checkWorkbook(gridFromExceljs(workbook), { file: path, sha256, modifiedAt, plan: o.plan, planHash: o.planHash, year: o.year });
  } catch (error) {
    return { file: path, sha256, diagnostics: [{ code: 'WORKBOOK_UNREADABLE', severity: 'error', args: { reason: String(error?.message ?? error) }, location: { file: path } }] };
  }
}

async function naiveValidate(paths, o) {
  const out = [];
  for (const t of await expandWorkbookPaths(paths)) out.push(await checkOne(t.path, o));
  return out;
}

function option(argv, name) {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

const [command, target, ...rest] = process.argv.slice(2);
const year = Number(option(rest, '--year'));
if (command === 'validate') {
  const loaded = await readPlanFile(option(rest, '--plan'));
  const files = await naiveValidate([target], { plan: loaded.plan, planHash: loaded.hash, year });
  const errors = files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === 'error').length, 0);
  process.stdout.write(`${JSON.stringify({ files: files.length, errors })}\n`);
} else if (command === 'read') {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(target);
  const grid = gridFromExceljs(workbook);
  process.stdout.write(`${JSON.stringify({ cells: grid.sheets.reduce((n, s) => n + s.cells.size, 0) })}\n`);
} else if (command === 'consolidate') {
  const loaded = await readPlanFile(join(target, 'plan', 'ke-hoach.yaml'));
  const { report } = await runConsolidate({
    workspace: { submissionsDir: join(target, 'submissions'), historyFile: join(target, 'history', 'indicators.yaml'), outDir: join(target, 'out') },
    plan: loaded.plan,
    planHash: loaded.hash,
    year,
    asOf: option(rest, '--as-of'),
    outFile: option(rest, '--out'),
    validate: naiveValidate,
    writeWorkbook: (r, file) => writeConsolidatedWorkbook(r, file),
  });
  process.stdout.write(`${JSON.stringify({ diagnostics: report.diagnostics.length })}\n`);
} else {
  process.stderr.write('usage: naive.js validate|consolidate …\n');
  process.exitCode = 2;
}
