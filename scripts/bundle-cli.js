#!/usr/bin/env node
// Part of `npm run build`, after tsc and the build id: bundles the compiled
// CLI (dist/cli/main.js) and the validate worker (dist/app/validate-worker.js)
// into dist/bundle/. Starting atvsld then reads a handful of files instead of
// a hundred-odd modules, which is most of what a one-form `validate` costs
// (docs/performance.md). What a command loads only when it runs (yaml and zod
// on a plan cache miss, the workbook writer, …) stays in chunks of its own.
// dist/'s per-module output is kept: tests and bench scripts import it.
//
// Both entries and every chunk are written to the one folder, so
// `new URL('./validate-worker.js', import.meta.url)` in the pool and the
// `../../templates/` paths in package-paths.ts resolve as they do from dist/<dir>/.
import { rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(REPO, 'dist', 'bundle');
const BUILTINS = new Set(builtinModules);
/**
 * exceljs is large CommonJS, only used to write workbooks: loaded from node_modules as before.
 * docx (large, only for `report`) likewise; @resvg/resvg-js is a native addon and cannot be bundled.
 */
const EXTERNAL_PACKAGES = new Set(['exceljs', 'docx', '@resvg']);

rmSync(OUT, { recursive: true, force: true });
await build({
  cwd: REPO,
  input: {
    main: join(REPO, 'dist', 'cli', 'main.js'),
    'validate-worker': join(REPO, 'dist', 'app', 'validate-worker.js'),
  },
  platform: 'node',
  external: (id) => id.startsWith('node:') || BUILTINS.has(id) || EXTERNAL_PACKAGES.has(id.split('/')[0] ?? id),
  output: {
    dir: OUT,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
  logLevel: 'warn',
});
