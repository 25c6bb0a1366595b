/**
 * The plans shipped in templates/plans are read by people who adapt them:
 * a comment that sends them to a file must name a file of this repository
 * (paths from the repository root). URLs are not checked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'yaml';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const PLANS = join(REPO, 'templates', 'plans');

/** The text of every comment of a YAML source, found by the yaml library's own lexer (so `#` inside a value is not one). */
export function yamlComments(source: string): string[] {
  const comments: string[] = [];
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const token = node as { type?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.source === 'string') comments.push(token.source);
    for (const child of Object.values(node)) visit(child);
  };
  for (const token of new Parser().parse(source)) visit(token);
  return comments;
}

/** What reads as a file path: `dir/name.ext`, or a bare `name.ext` of a kind the project keeps (docs, scripts, data). */
const PATH = /(?<![\w./-])(?:[\w.-]+\/)+[\w.-]+\.[a-z]{1,5}\b|(?<![\w./-])[\w-]+\.(?:md|mjs|js|ts|csv|ya?ml|json|txt)\b/g;

export function pathsInComments(source: string): string[] {
  const paths: string[] = [];
  for (const comment of yamlComments(source)) {
    for (const match of comment.replace(/\b[a-z]+:\/\/\S+/g, ' ').matchAll(PATH)) paths.push(match[0]);
  }
  return paths;
}

describe('pathsInComments', () => {
  it('finds relative paths and bare file names in comments, not in values, not in URLs', () => {
    const source = [
      '# Sources are in docs/domain.md and research/domain-vn-osh.md §4',
      '# (seed: ke-hoach-chi-thi-31.txt); see domain.md "Bắc Giang in 2024".',
      '# Nghị quyết 202/2025/QH15, Công văn 1027/CTK-CSCL, https://example.vn/a/b.html',
      'note: "see docs/not-a-comment.md # nor this"',
      'id: x # trailing comment naming scripts/gone.mjs',
    ].join('\n');
    expect(pathsInComments(source)).toEqual([
      'docs/domain.md', 'research/domain-vn-osh.md', 'ke-hoach-chi-thi-31.txt', 'domain.md', 'scripts/gone.mjs',
    ]);
  });
});

describe('templates/plans: every path a comment names exists in the repository', () => {
  const plans = readdirSync(PLANS).filter((name) => /\.ya?ml$/.test(name));

  it('there are plans to check', () => {
    expect(plans.length).toBeGreaterThan(0);
  });

  it.each(plans)('%s', (name) => {
    const paths = pathsInComments(readFileSync(join(PLANS, name), 'utf8'));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !existsSync(join(REPO, p)))).toEqual([]);
  });
});
