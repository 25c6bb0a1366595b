/**
 * The floors of docs/architecture.md, checked on every import in src/:
 *
 *   cli → app → io / render → core
 *
 * core imports only core; render imports core; io imports core; app imports
 * core, io and render; cli imports app, render and core — never io, so
 * that every command goes through a use case of src/app. Type-only imports
 * and `import()` count as much as the others: a type from io in a command
 * is io's shape leaking into the CLI. Packages follow the floors too (the
 * house style): the pure floors import no Node module and no library with
 * side effects, exceljs/docx/yaml stay in io, commander in cli.
 * Imports are found with the TypeScript parser, so formatting and comments
 * cannot hide one.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

type Floor = 'core' | 'render' | 'io' | 'app' | 'cli';
const FLOORS: readonly Floor[] = ['core', 'render', 'io', 'app', 'cli'];

/** Which floors each floor may import (its own included). */
const MAY_IMPORT: Record<Floor, readonly Floor[]> = {
  core: ['core'],
  render: ['render', 'core'],
  io: ['io', 'core'],
  app: ['app', 'io', 'render', 'core'],
  cli: ['cli', 'app', 'render', 'core'],
};

/** The pure floors may import only these packages (no `node:` module: no file system, no clock, no process). */
const PURE_PACKAGES: Partial<Record<Floor, readonly string[]>> = {
  core: ['zod', 'date-fns'],
  render: ['chalk', 'date-fns'],
};

/** Packages kept to some floors wherever else they would be imported. */
const PACKAGE_FLOORS: Record<string, readonly Floor[]> = {
  exceljs: ['io'],
  docx: ['io'],
  '@resvg/resvg-js': ['io'],
  yaml: ['io'],
  commander: ['cli'],
  chalk: ['render', 'cli'],
};

/**
 * Imports that break a floor on purpose, as `importing file → imported file`
 * (paths under src/), each with its reason. The test also fails when one no
 * longer happens, so the list only shrinks.
 */
const EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  [
    'io/report/indicators-sheet.ts → render/indicator-chart-svg.ts',
    'the workbook embeds the chart the .docx shows, drawn once as SVG by render; to go when app draws it and passes it to the writer (io/report belongs to the helper working on the workbook this session)',
  ],
  [
    'io/report-docx/chart-png.ts → render/indicator-chart-svg.ts',
    'the .docx turns the same SVG into a PNG; to go with the exception above',
  ],
  [
    'io/report/indicators-sheet.ts → render/report-document/vi-words.ts',
    'the indicator sheet words a change as the written report does; the wording belongs in core (one rule, docs/written-report.md), moved when io/report and render/report-document are free',
  ],
]);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const file of sourceFiles(path)) out.push(file);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Every module specifier in `text`: import and export declarations, `import()` calls and `import('…')` types. */
export function importsOf(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      found.push(arg && ts.isStringLiteralLike(arg) ? arg.text : `<computed import: ${node.getText(source)}>`);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push(node.moduleReference.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `src/`-relative path of the .ts file a relative specifier names (the sources import `./x.js`). */
function targetOf(file: string, specifier: string): string {
  return relative(SRC, resolve(dirname(file), specifier)).split('\\').join('/').replace(/\.js$/, '.ts');
}

const floorOf = (path: string): string => path.split('/')[0] ?? '';
const packageOf = (specifier: string): string =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier);

interface Finding {
  readonly broken: string[];
  readonly excepted: Set<string>;
}

/** Each import that breaks a rule, as `file → target: why`; and the exceptions that were used. */
export function checkFloors(files: readonly { path: string; text: string }[]): Finding {
  const broken: string[] = [];
  const excepted = new Set<string>();
  for (const { path, text } of files) {
    const from = relative(SRC, path).split('\\').join('/');
    const floor = floorOf(from) as Floor;
    if (!FLOORS.includes(floor)) {
      broken.push(`${from}: not in one of the floors ${FLOORS.join(', ')}`);
      continue;
    }
    for (const specifier of importsOf(path, text)) {
      if (specifier.startsWith('<computed')) {
        broken.push(`${from}: ${specifier} (the floors cannot be checked)`);
      } else if (specifier.startsWith('.')) {
        const target = targetOf(path, specifier);
        const to = floorOf(target);
        if (MAY_IMPORT[floor].includes(to as Floor)) continue;
        const key = `${from} → ${target}`;
        if (EXCEPTIONS.has(key)) excepted.add(key);
        else broken.push(`${key}: ${floor} may import only ${MAY_IMPORT[floor].join(', ')}`);
      } else {
        const name = packageOf(specifier);
        const pure = PURE_PACKAGES[floor];
        if (pure && !pure.includes(name)) broken.push(`${from} → ${specifier}: ${floor} may import only the packages ${pure.join(', ')}`);
        const only = PACKAGE_FLOORS[name];
        if (only && !only.includes(floor)) broken.push(`${from} → ${specifier}: ${name} belongs to ${only.join(', ')}`);
      }
    }
  }
  return { broken, excepted };
}

/**
 * A few rules the parser cannot see in imports: the pure floors never read
 * the clock or the process ("today" is `asOf`, passed in).
 */
export function findImpurities(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const at = (node: ts.Node): string => `${relative(SRC, path)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date' && (node.arguments?.length ?? 0) === 0) {
      found.push(`${at(node)}: new Date() reads the clock`);
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const owner = node.expression.text;
      if (owner === 'Date' && node.name.text === 'now') found.push(`${at(node)}: Date.now() reads the clock`);
      if (owner === 'process') found.push(`${at(node)}: process.${node.name.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the floors (docs/architecture.md)', () => {
  const files = sourceFiles(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  let found: Finding | undefined;
  const inSrc = (): Finding => (found ??= checkFloors(files));

  it('finds imports of every kind', () => {
    const sample = [
      "import { a } from '../io/a.js';",
      "import type { B } from '../io/b.js';",
      "export { c } from './c.js';",
      "export * from './d.js';",
      "const e = await import('../io/e.js');",
      "let f: typeof import('../io/f.js');",
      "import 'node:fs';",
      '// import { g } from "../io/g.js";',
    ].join('\n');
    expect(importsOf(join(SRC, 'cli', 'x.ts'), sample)).toEqual(['../io/a.js', '../io/b.js', './c.js', './d.js', '../io/e.js', '../io/f.js', 'node:fs']);
  });

  it('catches a command that reaches into io, a core file that reads files, and a floor importing upwards', () => {
    const fake = (path: string, text: string) => ({ path: join(SRC, path), text });
    const { broken } = checkFloors([
      fake('cli/commands/x.ts', "import type { Workspace } from '../../io/workspace/read-workspace.js';"),
      fake('core/x.ts', "import { readFile } from 'node:fs/promises';"),
      fake('render/x.ts', "import { run } from '../app/consolidate.js';"),
      fake('app/x.ts', "import { Command } from 'commander';"),
      fake('io/x.ts', "import { y } from '../core/y.js'; import ExcelJS from 'exceljs';"),
    ]);
    expect(broken).toEqual([
      'cli/commands/x.ts → io/workspace/read-workspace.ts: cli may import only cli, app, render, core',
      'core/x.ts → node:fs/promises: core may import only the packages zod, date-fns',
      'render/x.ts → app/consolidate.ts: render may import only render, core',
      'app/x.ts → commander: commander belongs to cli',
    ]);
    expect(findImpurities(join(SRC, 'core', 'x.ts'), 'const t = new Date(); const u = Date.now(); const v = new Date(Date.UTC(2025, 0, 1)); process.env.X;')).toEqual([
      'core/x.ts:1: new Date() reads the clock',
      'core/x.ts:1: Date.now() reads the clock',
      'core/x.ts:1: process.env',
    ]);
  });

  it('holds in src/: every import goes down a floor, or is an exception listed with its reason', () => {
    expect(inSrc().broken).toEqual([]);
  });

  it('lists no exception that no longer happens', () => {
    const { excepted } = inSrc();
    expect([...EXCEPTIONS.keys()].filter((key) => !excepted.has(key))).toEqual([]);
  });

  it('keeps core and render off the clock and the process', () => {
    const pure = files.filter((f) => ['core', 'render'].includes(floorOf(relative(SRC, f.path).split('\\').join('/'))));
    expect(pure.length).toBeGreaterThan(50);
    expect(pure.flatMap((f) => findImpurities(f.path, f.text))).toEqual([]);
  });
});
