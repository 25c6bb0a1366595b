#!/usr/bin/env node
// atvsld's reader on one workbook, every sheet: what the big-sheet workload
// measures (`atvsld validate` reads only a form's sheets, so it would skip
// a 100,000-row data sheet).
//
//   node bench/read-one.js <file>
import { readWorkbookFile } from '../dist/io/xlsx/read-workbook.js';

const read = await readWorkbookFile(process.argv[2]);
const sheets = read.grid?.sheets ?? [];
process.stdout.write(`${JSON.stringify({
  sheets: sheets.length,
  rows: sheets.reduce((n, s) => n + s.maxRow, 0),
  cells: sheets.reduce((n, s) => n + s.cells.size, 0),
  diagnostics: read.diagnostics.map((d) => d.code),
})}\n`);
