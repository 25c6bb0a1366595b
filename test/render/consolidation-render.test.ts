import { describe, expect, it } from 'vitest';
import { computeConsolidation } from '../../src/core/consolidation/compute-consolidation.js';
import { IndicatorHistorySchema } from '../../src/core/consolidation/indicator-history.js';
import { renderConsolidationJson } from '../../src/render/consolidation-json.js';
import { formatViNumber, formatViPercentChange, renderConsolidationText } from '../../src/render/consolidation-text.js';
import { renderStatusJson } from '../../src/render/status-json.js';
import { renderStatusText } from '../../src/render/status-text.js';
import { buildChaseList } from '../../src/core/consolidation/chase-list.js';
import { form, makePlan } from '../core/consolidation/fixtures.js';

const report = computeConsolidation({
  plan: makePlan(),
  year: 2025,
  asOf: '2025-12-28',
  files: [
    form({ file: 'new.xlsx', agency: 'new', year: 2025, reportDate: '2025-12-10', parts: { chet: 17, 'lao-dong': 200000 }, tasks: { '1.2': 'done' } }),
    form({ file: 'a.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-23', parts: { 'kham-bnn': 160 }, contactName: 'Chị Lan' }),
  ],
  receipts: [],
  history: IndicatorHistorySchema.parse({ years: { 2024: { chet: 18, 'lao-dong': 200000, 'kham-bnn': 150 } } }),
});

describe('consolidation renderers', () => {
  it('writes Vietnamese numbers', () => {
    expect(formatViNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatViNumber(-0.04, 1)).toBe('0,0');
    expect(formatViPercentChange(-5.5556)).toBe('−5,6 %');
    expect(formatViPercentChange(6.6667)).toBe('+6,7 %');
  });

  it('summarises completeness and each indicator with ✓/✗, counts last', () => {
    const text = renderConsolidationText(report, { outFile: 'out/x.xlsx' });
    expect(text).toContain('đã nhận 2/4 cơ quan (50,0 %)');
    expect(text).toContain('✓ Tần suất TNLĐ chết người: 8,50 người chết/100.000 lao động; năm 2024: 9,00; thay đổi −5,6 %');
    // b owes the exams figure and sent nothing: the value is partial, so no ✓ however good the change looks.
    expect(text).toContain(
      '? Số người được khám BNN: 160 người; năm 2024: 150; thay đổi +6,7 % (mục tiêu ≥ +5 %/năm); chưa đánh giá được [Còn thiếu số liệu "Số người được khám" (Sở B, 2025): giá trị của tỉnh chưa đầy đủ nên chưa đánh giá được;',
    );
    expect(text.trimEnd().split('\n').pop()).toBe('0 lỗi, 3 cảnh báo');
  });

  it('states the cumulative change only from two years after the base (one year after, it is the yearly change)', () => {
    // The fixture plan's base year is 2023.
    const consolidate = (year: number, chet: number, history: Record<number, Record<string, number>>) =>
      renderConsolidationText(
        computeConsolidation({
          plan: makePlan(),
          year,
          asOf: `${year}-12-28`,
          files: [form({ file: 'n.xlsx', agency: 'new', year, reportDate: `${year}-12-10`, parts: { chet, 'lao-dong': 200000 }, tasks: { '1.2': 'done' } })],
          receipts: [],
          history: IndicatorHistorySchema.parse({ years: history }),
        }),
        {},
      );
    const baseAndOne = consolidate(2024, 17, { 2023: { chet: 18, 'lao-dong': 200000 } });
    expect(baseAndOne).toContain('thay đổi −5,6 %');
    expect(baseAndOne).not.toContain('từ 2023:');
    const baseAndTwo = consolidate(2025, 16, { 2023: { chet: 18, 'lao-dong': 200000 }, 2024: { chet: 17, 'lao-dong': 200000 } });
    expect(baseAndTwo).toContain('thay đổi −5,9 %');
    expect(baseAndTwo).toContain('từ 2023: −11,1 % (mục tiêu −7,84 %)');
  });

  it('prints versioned JSON with the fields in a fixed order', () => {
    const json = JSON.parse(renderConsolidationJson(report));
    expect(Object.keys(json).slice(0, 3)).toEqual(['version', 'year', 'asOf']);
    expect(json.version).toBe(1);
    expect(json.indicators[0].values).toEqual({ '2023': null, '2024': 9, '2025': 8.5 });
    expect(json.diagnostics[0]).toMatchObject({ code: 'REPORT_LATE', severity: 'warning' });
    expect(renderConsolidationJson(report)).toBe(renderConsolidationJson(report));
  });

  it('lists every agency once, by Vietnamese name, with its state and contact (the chase list)', () => {
    const rows = buildChaseList(report);
    const text = renderStatusText(report, rows);
    expect(text).toContain('! Sở A — trễ 1 ngày, nhận 23/12/2025 — Chị Lan');
    expect(text).toContain('✗ Sở B — chưa gửi, quá hạn 6 ngày');
    expect(renderStatusText(report, rows, { lang: 'en' })).toContain('! Sở A — 1 day late, received 2025-12-23 — Chị Lan');
    const json = JSON.parse(renderStatusJson(report, rows));
    expect(json.agencies.map((a: { id: string; state: string }) => `${a.id}:${a.state}`)).toEqual(rows.map((r) => `${r.id}:${r.state}`));
    expect(rows.map((r) => r.name)).toEqual([...rows.map((r) => r.name)].sort(new Intl.Collator('vi').compare));
  });
});

