import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../src/io/plan/parse-plan-text.js';

const MINIMAL = readFileSync(new URL('../../../fixtures/plans/minimal.yaml', import.meta.url), 'utf8');
const found = (text: string) =>
  parsePlanText(text, 'plan.yaml').diagnostics.map((d) => `${d.code} ${d.location?.line}:${d.location?.column}`);
/** The minimal plan with one line replaced (exactly one occurrence must exist). */
const edit = (from: string, to: string): string => {
  expect(MINIMAL.split(from).length, from).toBe(2);
  return MINIMAL.replace(from, to);
};

describe('parsePlanText', () => {
  it('returns the plan and nothing else for the minimal plan', () => {
    const result = parsePlanText(MINIMAL, 'plan.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.plan?.tasks.map((t) => t.id)).toEqual(['1.1', '3.3']);
  });

  it('reads CRLF line endings the same way', () => {
    expect(parsePlanText(MINIMAL.replace(/\n/g, '\r\n'), 'plan.yaml').plan).toBeDefined();
  });

  it('reports every schema problem at once, in source order', () => {
    const text = edit('    rhythm: ongoing\n', '    rhythm: weekly\n')
      .replace('    section: 3\n', '    section: ba\n')
      .replace("  firstYear: 2024\n", "  firstYear: 2024\n  finalYear: 2030\n");
    expect(found(text)).toEqual([
      'PLAN_SCHEMA_UNKNOWN_KEY 13:3',
      'PLAN_SCHEMA_INVALID_VALUE 39:13',
      'PLAN_SCHEMA_WRONG_TYPE 42:14',
    ]);
  });

  it('checks the schema despite a duplicate key, and reports both', () => {
    const text = edit('    rhythm: ongoing\n', '    rhythm: ongoing\n    rhythm: weekly\n');
    expect(found(text)).toEqual(['PLAN_YAML_DUPLICATE_KEY 39:5', 'PLAN_SCHEMA_INVALID_VALUE 39:13']);
  });

  it('returns no plan when there are errors, but keeps warnings with the plan', () => {
    expect(parsePlanText(edit('    lead: [so-ldtbxh]\n', '    lead: [so-x]\n'), 'p.yaml').plan).toBeUndefined();
    const warned = parsePlanText(edit('      baseYear: 2024\n', '      baseYear: 2020\n'), 'p.yaml');
    expect(warned.plan).toBeDefined();
    expect(warned.diagnostics.map((d) => [d.code, d.severity])).toEqual([['PLAN_TARGET_BASE_YEAR', 'warning']]);
  });

  it('points a missing field written as "key:" at its key', () => {
    expect(found(edit('    rhythm: ongoing\n', '    rhythm:\n'))).toEqual(['PLAN_SCHEMA_MISSING_FIELD 38:5']);
  });

  it('lists the allowed keys and suggests the closest for a misspelt key', () => {
    const [d] = parsePlanText(edit('  agencyDeadline:', '  agencyDeadlin:'), 'p.yaml').diagnostics.filter(
      (x) => x.code === 'PLAN_SCHEMA_UNKNOWN_KEY',
    );
    expect(d?.args['path']).toBe('calendar.agencyDeadlin');
    expect(d?.args['suggestEn']).toContain('"agencyDeadline"');
    expect(String(d?.args['allowed']).split(', ')).toContain('consolidationDeadline');
  });

  it('points a wrong type at the value and names what was found', () => {
    const [d] = parsePlanText(edit("  - id: '1.1'\n", '  - id: 1.1\n'), 'p.yaml').diagnostics;
    expect([d?.code, d?.args['path'], d?.location?.line, d?.location?.column]).toEqual(['PLAN_SCHEMA_WRONG_TYPE', 'tasks[0].id', 33, 9]);
  });

  it.each([
    ['!!str', "title: !!str Kế hoạch thử\n"],
    ['!!binary', 'title: !!binary aGVsbG8=\n'],
    ['!foo on a list', 'jurisdiction: !foo\n  - name: tỉnh Thử\n'],
  ])('refuses the tag %s', (_tag, line) => {
    const text = `${line}${MINIMAL.split('\n').slice(1).join('\n')}`;
    expect(found(text)[0]).toMatch(/^PLAN_YAML_TAG 1:/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere', (key) => {
    const text = edit('    kind: department\n    until:', `    kind: department\n    ${key}: x\n    until:`);
    expect(found(text)).toEqual([`PLAN_YAML_PROTOTYPE_KEY 20:5`]);
  });

  it('accepts a few aliases for repeated lists', () => {
    const text = edit('    lead: [so-ban-nganh]\n', '    lead: &cac-so [so-ban-nganh]\n').replace(
      '    support: [ubnd-tinh]\n',
      '    support: *cac-so\n',
    );
    expect(parsePlanText(text, 'p.yaml').plan?.tasks[1]?.support).toEqual(['so-ban-nganh']);
  });

  it('refuses an alias inside its own anchor without hanging', () => {
    expect(found(`${MINIMAL}x: &loop [a, *loop]\n`)).toEqual([`PLAN_YAML_ALIAS_LIMIT ${MINIMAL.split('\n').length}:14`]);
  });

  it('refuses a billion-laughs document quickly', () => {
    const levels = ['x0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i += 1) levels.push(`x${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
    const started = Date.now();
    expect(found(`${levels.join('\n')}\n`)[0]).toMatch(/^PLAN_YAML_ALIAS_LIMIT 3:/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it.each([
    ['an empty file', '', 'PLAN_EMPTY 1:1'],
    ['only comments', '# nothing yet\n', 'PLAN_EMPTY 1:1'],
    ['a list', '- a\n- b\n', 'PLAN_NOT_MAPPING 1:1'],
    ['a number', '\n42\n', 'PLAN_NOT_MAPPING 2:1'],
  ])('explains %s', (_name, text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('reports a tab once, without its echoes', () => {
    expect(found(edit('    kind: department\n    until:', '\tkind: department\n    until:'))).toEqual(['PLAN_YAML_TAB 19:1']);
  });

  it('puts the file name into every location, including cross-checks', () => {
    const result = parsePlanText(edit('    lead: [so-ldtbxh]\n', '    lead: [so-x]\n'), 'ke-hoach.yaml');
    expect(result.diagnostics.map((d) => d.location)).toEqual([{ file: 'ke-hoach.yaml', line: 46, column: 12 }]);
  });
});
