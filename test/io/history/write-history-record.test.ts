import { describe, expect, it } from 'vitest';
import { applyRecord } from '../../../src/io/history/write-history-record.js';
import { parseHistory } from '../../../src/io/history/read-history.js';
import type { HistoryRecord } from '../../../src/core/consolidation/history-record.js';

const record: HistoryRecord = {
  year: 2025,
  territory: 'moi',
  figures: { name: 'tỉnh Mới', asOf: '2026-01-05', recordedOn: '2026-01-05', report: { file: 'bao-cao-tong-hop-2025.xlsx', sha256: 'a'.repeat(64) }, values: { kham: 310 }, parts: { 'kham-bnn': { value: 310, agencies: ['a', 'b'] }, chet: { value: 28 } } },
};

describe('applyRecord', () => {
  it('adds the year under its territory and keeps the rest of the file, comments included', () => {
    const text = '# Số liệu mẫu\nnote: mẫu\nyears:\n  2024: # typed by hand\n    chet: 18\n';
    const out = applyRecord(text, record, { amendedOn: '2026-01-05' });
    expect(out).toContain('# Số liệu mẫu\n');
    expect(out).toContain('# typed by hand');
    expect(out).toContain('    chet: 18\n');
    expect(out).toContain("  '2025':\n    moi:\n");
    expect(out).toContain('kham-bnn: { value: 310, agencies: [ a, b ] }');
    const { history, diagnostics } = parseHistory(out, 'h.yaml');
    expect(diagnostics).toEqual([]);
    expect(history.territories['2025']?.moi?.parts).toEqual(record.figures.parts);
    expect(history.years['2024']).toEqual({ chet: { value: 18 } });
  });

  it('starts a new file with its heading, and gives the same text for the same record', () => {
    const a = applyRecord('# heading\n', record, { amendedOn: '2026-01-05' });
    expect(a.startsWith('# heading\n')).toBe(true);
    expect(applyRecord('# heading\n', record, { amendedOn: '2026-01-05' })).toBe(a);
  });

  it('on amend, moves what the year held for the territory (first shape too) to amended, with the day', () => {
    const text = 'years:\n  2025:\n    chet: 30\n    ben-cu:\n      parts: { chet: 1 }\n';
    const out = applyRecord(text, record, { amendedOn: '2026-01-10', replaces: { parts: { chet: { value: 30 } } } });
    const { history } = parseHistory(out, 'h.yaml');
    expect(history.years['2025']).toBeUndefined();
    expect(Object.keys(history.territories['2025'] ?? {})).toEqual(['ben-cu', 'moi']);
    expect(history.amended).toEqual([{ year: 2025, territory: 'moi', amendedOn: '2026-01-10', figures: { parts: { chet: { value: 30 } } } }]);
  });
});
