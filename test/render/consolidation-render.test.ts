import { describe, expect, it } from 'vitest';
import { computeConsolidation } from '../../src/core/consolidation/compute-consolidation.js';
import { IndicatorHistorySchema } from '../../src/core/consolidation/indicator-history.js';
import { renderConsolidationJson } from '../../src/render/consolidation-json.js';
import { formatViNumber, formatViPercentChange, renderConsolidationText } from '../../src/render/consolidation-text.js';
import { renderStatusJson } from '../../src/render/status-json.js';
import { renderStatusText } from '../../src/render/status-text.js';
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

  it('prints versioned JSON with the fields in a fixed order', () => {
    const json = JSON.parse(renderConsolidationJson(report));
    expect(Object.keys(json).slice(0, 3)).toEqual(['version', 'year', 'asOf']);
    expect(json.version).toBe(1);
    expect(json.indicators[0].values).toEqual({ '2023': null, '2024': 9, '2025': 8.5 });
    expect(json.diagnostics[0]).toMatchObject({ code: 'REPORT_LATE', severity: 'warning' });
    expect(renderConsolidationJson(report)).toBe(renderConsolidationJson(report));
  });

  it('lists who reported and who did not, with contacts', () => {
    const text = renderStatusText(report);
    expect(text).toContain('Hạn gửi báo cáo: 20/12/2025 (ngày nghỉ, kéo dài đến hết 22/12/2025 theo Điều 148 Bộ luật Dân sự 2015) (đã quá 6 ngày).');
    expect(text).toContain('Sở A — 23/12/2025 (theo ngày trên trang bìa), trễ 1 ngày — Chị Lan');
    expect(text).toContain('✗ Sở B — quá hạn 6 ngày');
    expect(JSON.parse(renderStatusJson(report)).agencies.map((a: { id: string; status: string }) => `${a.id}:${a.status}`)).toEqual([
      'a:late',
      'b:missing',
      'c:missing',
      'new:on-time',
    ]);
  });
});

