import { describe, expect, it } from 'vitest';
import { changeBesideVerdict, documentNumber, officialDateLine, signedPercent } from '../../../src/render/report-document/vi-words.js';
import { cleanReportedText } from '../../../src/core/text/clean-reported-text.js';


describe('officialDateLine (Nghị định 30/2020: day below 10 and months 1–2 with a leading zero)', () => {
  it.each([
    ['2026-01-05', 'ngày 05 tháng 01 năm 2026'],
    ['2026-02-15', 'ngày 15 tháng 02 năm 2026'],
    ['2019-06-29', 'ngày 29 tháng 6 năm 2019'],
    ['2025-12-28', 'ngày 28 tháng 12 năm 2025'],
  ])('%s → %s', (iso, line) => expect(officialDateLine(iso)).toBe(line));
});

describe('changeBesideVerdict never reads against the verdict (the shared rule, printed-figures.ts)', () => {
  const decrease4 = { thresholdPercent: -4, direction: 'decrease' } as const;
  const increase5 = { thresholdPercent: 5, direction: 'increase' } as const;
  const cumulative2Years = { thresholdPercent: -7.84, direction: 'decrease' } as const;
  it.each([
    [-15.48215500711325, decrease4, '−15,5\u00a0%'],
    [-3.996, decrease4, '−3,996\u00a0%'], // not met: "−4,0 %" would read as met
    [-4.04, decrease4, '−4,0\u00a0%'],
    [4.96, increase5, '+4,96\u00a0%'],
    [3.745198463508323, increase5, '+3,7\u00a0%'],
    [-7.8399, cumulative2Years, '−7,8\u00a0%'], // short of the cumulative −7,84 %, and −7,8 reads so
    [-7.841, cumulative2Years, '−7,84\u00a0%'], // met: "−7,8 %" would read as short of −7,84 %
  ] as const)('%d against %o → %s', (change, threshold, text) => expect(changeBesideVerdict(change, threshold)).toBe(text));

  it('writes zero without a sign', () => expect(signedPercent(0.01, 1)).toBe('0,0\u00a0%'));
});

describe('documentNumber', () => {
  it.each([
    ['', '…'],
    ['5', '05'],
    ['12', '12'],
  ])('%j → %s', (n, text) => expect(documentNumber(n)).toBe(text));
});

describe('cleanReportedText', () => {
  it('NFC, trims, collapses spaces and drops a repeated sentence', () => {
    const nfd = 'Tổ chức 3 lớp huấn luyện.'.normalize('NFD');
    expect(cleanReportedText(`  ${nfd}   Ban hành 2 văn bản.\n${nfd}  `)).toBe('Tổ chức 3 lớp huấn luyện. Ban hành 2 văn bản.');
  });

  it('keeps grouped numbers and abbreviations inside a sentence', () => {
    expect(cleanReportedText('Khám cho 1.250 người tại TP. Bắc Ninh. Khám cho 1.250 người tại TP. Bắc Ninh.')).toBe('Khám cho 1.250 người tại TP. Bắc Ninh.');
  });
});
