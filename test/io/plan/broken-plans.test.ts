import type { MessageCatalog } from '../../../src/core/diagnostics/message-catalog.js';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../src/core/diagnostics/format.js';
import { PLAN_MESSAGES } from '../../../src/core/diagnostics/plan-messages.js';
import { readPlanFile } from '../../../src/io/plan/read-plan.js';

interface Expected {
  file: string;
  code: string;
  line: number;
  column: number;
}

const DIR = new URL('../../../fixtures/plans/broken/', import.meta.url);
const EXPECTED = JSON.parse(readFileSync(new URL('expected.json', DIR), 'utf8')) as Expected[];

describe('plan message catalog', () => {
  it.each(Object.entries(PLAN_MESSAGES as MessageCatalog))('%s has Vietnamese and English wording and advice', (_code, entry) => {
    expect(entry.vi).toMatch(/[^\x00-\x7f]/); // written in Vietnamese, with diacritics
    expect(entry.en).not.toBe('');
    if (entry.severity !== 'warning' || entry.fixVi) {
      expect(entry.fixVi ?? '').not.toBe('');
      expect(entry.fixEn ?? '').not.toBe('');
    }
  });
});

describe('broken plans (fixtures/plans/broken/expected.json)', () => {
  it('lists every broken plan, at least 18', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.yaml'));
    expect(EXPECTED.map((e) => e.file).sort()).toEqual(files.sort());
    expect(files.length).toBeGreaterThanOrEqual(18);
  });

  it.each(EXPECTED)('$file → $code at $line:$column', async ({ file, code, line, column }) => {
    const path = fileURLToPath(new URL(file, DIR));
    const result = await readPlanFile(path);
    expect(result.plan).toBeUndefined();
    const found = result.diagnostics.map((d) => ({ code: d.code, line: d.location?.line, column: d.location?.column }));
    expect(found).toContainEqual({ code, line, column });
    for (const d of result.diagnostics) {
      expect(d.location?.file).toBe(path);
      const entry = (PLAN_MESSAGES as MessageCatalog)[d.code];
      expect(entry, d.code).toBeDefined();
      // Fix advice is worded from the same arguments as the message.
      for (const text of [entry?.fixVi ?? '', entry?.fixEn ?? '']) {
        for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(d.args, `${d.code} {${name}}`).toHaveProperty(name as string);
      }
      for (const lang of ['vi', 'en'] as const) {
        const message = formatMessage(d, lang);
        expect(message).not.toMatch(/\n\s+at /);
        expect(message).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
