#!/usr/bin/env node
// The floor of the bench: for every workbook, unzip only the parts a reader
// cannot do without (shared strings and the sheets) and run one SAX pass
// over each, counting elements — no interpretation, no checks. One file
// after another, in one thread.
//
//   node bench/floor.js <file or folder>...
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { listEntries, readEntry } from './lib/min-unzip.js';

const PART = /^xl\/(sharedStrings\.xml|worksheets\/[^/]+\.xml)$/;

async function expand(path) {
  if (!(await stat(path)).isDirectory()) return [path];
  const out = [];
  for (const name of (await readdir(path)).sort()) for (const found of await expand(join(path, name))) out.push(found);
  return out.filter((p) => /\.xlsx$/i.test(p));
}

let elements = 0;
let files = 0;
let failed = 0;
for (const target of process.argv.slice(2)) {
  for (const file of await expand(target)) {
    files += 1;
    try {
      const buf = await readFile(file);
      for (const [name, entry] of listEntries(buf)) {
        if (!PART.test(name)) continue;
        const parser = new SaxesParser();
        parser.on('opentag', () => {
          elements += 1;
        });
        parser.write(readEntry(buf, entry).toString('utf8')).close();
      }
    } catch {
      failed += 1;
    }
  }
}
process.stdout.write(`${JSON.stringify({ files, failed, elements })}\n`);
