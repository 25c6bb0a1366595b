import { describe, expect, it } from 'vitest';
import { capitalized, changeBesideVerdict, documentNumber, joinNames, officialDateLine, signedPercent } from '../../../src/render/report-document/vi-words.js';
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

describe('joinNames: a list of agencies that never reads one name as two', () => {
  it('names without a comma or "và" of their own: "A, B và C"', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Sở Y tế'])).toBe('Sở Y tế');
    expect(joinNames(['Sở Y tế', 'Sở Nội vụ'])).toBe('Sở Y tế và Sở Nội vụ');
    expect(joinNames(['Sở Y tế', 'Sở Nội vụ', 'Công an tỉnh'])).toBe('Sở Y tế, Sở Nội vụ và Công an tỉnh');
  });

  it('a name with "và" or a comma in it: every name separated by semicolons', () => {
    expect(joinNames(['Sở Y tế', 'Sở Nông nghiệp và Môi trường'])).toBe('Sở Y tế; Sở Nông nghiệp và Môi trường');
    expect(joinNames(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế', 'Sở Nội vụ'])).toBe('Sở Văn hóa, Thể thao và Du lịch; Sở Y tế; Sở Nội vụ');
    // A single name is never split, whatever it holds.
    expect(joinNames(['Sở Văn hóa, Thể thao và Du lịch'])).toBe('Sở Văn hóa, Thể thao và Du lịch');
  });

  it('"và" only as a word: "Văn" or "vào" inside a name do not count', () => {
    expect(joinNames(['Sở Văn hóa', 'Sở Y tế'])).toBe('Sở Văn hóa và Sở Y tế');
    expect(joinNames(['Ban Dân vận', 'Sở Y tế'])).toBe('Ban Dân vận và Sở Y tế');
  });
});

describe('capitalized', () => {
  it('the first letter only, as Vietnamese writes it', () => {
    expect(capitalized('đang thực hiện')).toBe('Đang thực hiện');
    expect(capitalized('')).toBe('');
  });
});
