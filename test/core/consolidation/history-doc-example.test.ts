/** docs/history.md and docs/plan-format.md promise these examples are valid and give these figures. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeConsolidation } from '../../../src/core/consolidation/compute-consolidation.js';
import { IndicatorHistorySchema } from '../../../src/core/consolidation/indicator-history.js';
import { PlanSchema } from '../../../src/core/plan/plan-schema.js';
import { territoryComponents } from '../../../src/core/plan/territories.js';
import { parseHistory } from '../../../src/io/history/read-history.js';
import { form } from './fixtures.js';

const DEFAULT_PLAN = PlanSchema.parse(parse(readFileSync(new URL('../../../templates/plans/ke-hoach-ct31-bac-giang.yaml', import.meta.url), 'utf8')));
const firstYamlBlock = (file: string, after = ''): string => {
  const doc = readFileSync(new URL(`../../../docs/${file}`, import.meta.url), 'utf8');
  const match = /```yaml\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf(after)));
  if (!match?.[1]) throw new Error(`no yaml block in ${file}`);
  return match[1];
};

describe('docs/history.md', () => {
  it('its format example reads without a diagnostic against the default plan', () => {
    const { history, diagnostics } = parseHistory(firstYamlBlock('history.md'), 'history.md', DEFAULT_PLAN);
    expect(diagnostics).toEqual([]);
    expect(history.territories['2024']?.['bac-ninh-cu']?.parts['so-lao-dong']).toMatchObject({ value: 468600 });
    expect(history.amended).toHaveLength(1);
  });

  it('its worked example: 2025 against the 2024 base of old Bắc Giang + old Bắc Ninh', () => {
    const y2024 = [
      form({ file: 'l.xlsx', agency: 'so-ldtbxh', year: 2024, reportDate: '2024-12-10', parts: { 'so-nguoi-chet': 18, 'so-lao-dong': 512400 } }),
      form({ file: 'y.xlsx', agency: 'so-y-te', year: 2024, reportDate: '2024-12-10', parts: { 'so-nld-duoc-kham-bnn': 31240, 'so-co-so-duoc-quan-trac': 702 } }),
    ];
    const y2025 = [
      form({ file: 'n.xlsx', agency: 'so-noi-vu', year: 2025, reportDate: '2025-12-10', parts: { 'so-nguoi-chet': 30, 'so-lao-dong': 1012500 } }),
      form({ file: 'y5.xlsx', agency: 'so-y-te', year: 2025, reportDate: '2025-12-10', parts: { 'so-nld-duoc-kham-bnn': 68900, 'so-co-so-duoc-quan-trac': 1510 } }),
    ];
    const cu = { 'bac-ninh-cu': { parts: { 'so-nguoi-chet': 14, 'so-lao-dong': 468600, 'so-nld-duoc-kham-bnn': 33900, 'so-co-so-duoc-quan-trac': 745 } } };
    const run = (history: unknown) =>
      computeConsolidation({ plan: DEFAULT_PLAN, year: 2025, asOf: '2025-12-28', files: y2025, previousFiles: y2024, receipts: [], history: IndicatorHistorySchema.parse(history) }).indicators;
    const [rate, exams, monitored] = run({ years: { 2024: cu } });
    expect(rate!.previousValue).toBeCloseTo((32 / 981000) * 1e5, 9); // 3,262, not the mean 3,250 of the two rates
    expect(rate!.changePercent!.toFixed(2)).toBe('-9.17');
    expect([rate!.met, exams!.met, monitored!.met]).toEqual([true, true, false]);
    expect([exams!.previousValue, exams!.changePercent!.toFixed(2)]).toEqual([65140, '5.77']);
    expect([monitored!.previousValue, monitored!.changePercent!.toFixed(2)]).toEqual([1447, '4.35']);
    const [partial] = run({ years: {} });
    expect(partial!.changePercent!.toFixed(1)).toBe('-15.7');
    expect(partial!.met).toBeNull();
    expect(partial!.flags).toContain('TERRITORY_PARTIAL_BASE');
  });
});

describe('docs/plan-format.md: the jurisdiction example', () => {
  it('makes tỉnh Bắc Ninh of 2024 out of bac-giang and bac-ninh-cu', () => {
    const jurisdiction = parse(firstYamlBlock('plan-format.md', '`formedFrom` — các địa bàn')).jurisdiction;
    const plan = PlanSchema.parse({ ...DEFAULT_PLAN, jurisdiction });
    expect(territoryComponents(plan, 'bac-ninh', 2024)).toEqual(['bac-giang', 'bac-ninh-cu']);
    expect(plan.jurisdiction).toEqual(DEFAULT_PLAN.jurisdiction.map((j) => ({ ...j, formedFrom: j.formedFrom.map(({ note: _n, ...p }) => p) })).map(({ note: _n, ...j }) => j));
  });
});
