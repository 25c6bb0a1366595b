/**
 * No spreading of arrays into calls in src/ and bench/: `Math.max(...xs)`,
 * `out.push(...xs)`, `String.fromCharCode(...codes)`, `fn.apply(null, xs)`
 * pass every element as an argument, and past about 120,000 elements V8
 * throws "Maximum call stack size exceeded" (exit 3 on 150,000 task rows,
 * 300,000 diagnostics, a plan with 140,000 entries). Use loops, or pushAll /
 * maxOf / minOf (src/core/collections/push-all.ts). Found with the
 * TypeScript parser, so formatting and comments cannot hide a case.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Spreads known to be of a few constant items, as `file: call text`. Keep it
 * empty if you can; a new entry needs a reason in a comment.
 */
const ALLOWED = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'out') for (const file of sourceFiles(path)) out.push(file);
    } else if (/\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** `file:line: call` for each spread argument and each `.apply(` call in `text`. */
export function findCallSpreads(file: string, text: string): string[] {
  const kind = file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const report = (node: ts.Node, call: ts.Node): void => {
    const key = `${file}: ${call.getText(source).replace(/\s+/g, ' ')}`;
    if (ALLOWED.has(key)) return;
    found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${call.getText(source).replace(/\s+/g, ' ').slice(0, 120)}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))) report(node, node.parent);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'apply' && node.arguments.length === 2) {
      report(node, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no data-sized spreads into calls', () => {
  it('finds the patterns it is meant to find (and not array or object literals)', () => {
    const sample = [
      'const a = Math.max(...xs);',
      'out.push(...items);',
      'out.unshift(first, ...rest);',
      'arr.splice(0, 0, ...more);',
      'const s = String.fromCharCode(...codes);',
      'const t = String.fromCharCode.apply(null, codes);',
      'const u = [].concat.apply([], lists);',
      'const ok = [...xs, ...ys]; const o = { ...p }; const m = new Map([...entries]);',
    ].join('\n');
    expect(findCallSpreads('sample.ts', sample).map((line) => line.split(': ')[0])).toEqual([
      'sample.ts:1', 'sample.ts:2', 'sample.ts:3', 'sample.ts:4', 'sample.ts:5', 'sample.ts:6', 'sample.ts:7',
    ]);
  });

  it('src/ and bench/ have none', () => {
    const found = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'bench'))].flatMap((path) =>
      findCallSpreads(relative(ROOT, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
