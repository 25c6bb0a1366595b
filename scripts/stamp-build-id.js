#!/usr/bin/env node
// Part of `npm run build`, after tsc: writes dist/cli/build-id.js with a hash
// of every other compiled file and of the installed yaml and zod, the code
// that decides what a plan means. Cached plan checks carry this id, so any
// change to the compiled code or to those libraries makes them miss.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
/** dist/ unless another folder is named (test/build/stamp-build-id.test.ts). */
const DIST = process.argv[2] ?? join(REPO, 'dist');
const TARGET = join(DIST, 'cli', 'build-id.js');
/** Generated after this step (the bundle) or by it. */
const SKIP = new Set([TARGET, `${TARGET}.map`]);
const SKIP_DIRS = new Set([join(DIST, 'bundle')]);

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP_DIRS.has(path) ? [] : filesUnder(path);
    return entry.isFile() && !SKIP.has(path) ? [path] : [];
  });
}

const hash = createHash('sha256');
for (const file of filesUnder(DIST).sort()) {
  hash.update(`${relative(DIST, file)}\0`).update(readFileSync(file)).update('\0');
}
for (const name of ['yaml', 'zod']) {
  const { version } = JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8'));
  hash.update(`${name}@${version}\0`);
}
const id = hash.digest('hex').slice(0, 24);
writeFileSync(TARGET, `// Written by scripts/stamp-build-id.js.\nexport const BUILD_ID = '${id}';\n`);
process.stdout.write(`build id ${id}\n`);
