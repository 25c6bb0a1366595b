/**
 * docs/indicators.md is the written rule book of the figures: every flag an
 * indicator row can carry, and every diagnostic about an indicator figure,
 * must be explained there. The flag codes are read from the source of the
 * IndicatorFlag type, so a new flag without its paragraph fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/core/diagnostics/catalog.js';

const DOC = readFileSync(new URL('../../docs/indicators.md', import.meta.url), 'utf8');
const REPORT_SOURCE = readFileSync(new URL('../../src/core/consolidation/consolidated-report.ts', import.meta.url), 'utf8');

function indicatorFlags(): string[] {
  const union = /export type IndicatorFlag =([\s\S]*?);/.exec(REPORT_SOURCE)?.[1] ?? '';
  return [...union.matchAll(/\|\s*'([A-Z_]+)'/g)].map((m) => m[1]!);
}

describe('docs/indicators.md', () => {
  it('finds the flag codes in the source', () => {
    expect(indicatorFlags()).toEqual(expect.arrayContaining(['MISSING_VALUE', 'PARTS_INCOMPLETE', 'DENOMINATOR_CHANGED', 'AGENCIES_REORGANISED']));
  });

  it.each(indicatorFlags())('explains the flag %s', (flag) => {
    expect(DOC).toContain(`\`${flag}\``);
  });

  it.each(Object.keys(CATALOG).filter((code) => code.startsWith('INDICATOR_') || code === 'COUNT_TOO_LARGE'))('explains the diagnostic %s', (code) => {
    expect(DOC).toContain(`\`${code}\``);
  });

  it('has the rules in Vietnamese first, then in English', () => {
    const vi = DOC.indexOf('# Quy tắc');
    const en = DOC.indexOf('# Rules for indicators');
    expect(vi).toBe(0);
    expect(en).toBeGreaterThan(vi);
  });
});
