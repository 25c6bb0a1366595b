/** docs/diagnostics.md documents every code atvsld can emit, and no code it cannot. */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/core/diagnostics/catalog.js';
import { renderDiagnosticsDoc } from './render-diagnostics-doc.js';

const DOC = new URL('../../docs/diagnostics.md', import.meta.url);

if (process.env.UPDATE_DOCS) writeFileSync(DOC, renderDiagnosticsDoc());

const documented = (): string[] => [...readFileSync(DOC, 'utf8').matchAll(/^### ([A-Z][A-Z0-9_]+)$/gm)].map((m) => m[1]!);

describe('docs/diagnostics.md', () => {
  it('has a section for every code in CATALOG', () => {
    const missing = Object.keys(CATALOG).filter((code) => !documented().includes(code));
    expect(missing, 'run UPDATE_DOCS=1 npx vitest run test/docs/diagnostics-doc.test.ts').toEqual([]);
  });

  it('documents no code that CATALOG does not have, and each once', () => {
    const codes = documented();
    expect(codes.filter((code) => !(code in CATALOG))).toEqual([]);
    expect(codes.length).toBe(new Set(codes).size);
  });

  it('is exactly what the catalog generates today (wording, severity and fixes in step)', () => {
    expect(readFileSync(DOC, 'utf8') === renderDiagnosticsDoc(), 'run UPDATE_DOCS=1 npx vitest run test/docs/diagnostics-doc.test.ts').toBe(true);
  });

  it('gives every code a meaning in both languages and a way to fix it', () => {
    const text = readFileSync(DOC, 'utf8');
    for (const code of Object.keys(CATALOG)) {
      const body = text.split(`### ${code}\n`)[1]?.split('\n### ')[0] ?? '';
      expect(body, code).toMatch(/\*\*Ý nghĩa:\*\* \S/);
      expect(body, code).toMatch(/\*\*Meaning:\*\* \S/);
      expect(body, code).toMatch(/\*\*Ví dụ \/ example:\*\* `/);
      expect(body, code).toMatch(/\*\*Cách sửa:\*\* \S/);
      expect(body, code).toMatch(/\*\*How to fix:\*\* \S/);
    }
  });

  it('shows every example and fix filled in: no {placeholder} left, no JavaScript error text', () => {
    const lines = readFileSync(DOC, 'utf8').split('\n').filter((l) => /^- \*\*(Ví dụ|Cách sửa|How to fix)/.test(l));
    expect(lines.filter((l) => /\{\w+(:[^}]*)?\}/.test(l))).toEqual([]);
    expect(lines.filter((l) => /Cannot read properties|TypeError|is not a function|undefined/.test(l))).toEqual([]);
  });
});
