import { describe, expect, it } from 'vitest';
import { decodeLegacyVietnamese, legacyEncodingOfFont } from '../../../src/core/text/legacy-vietnamese.js';

describe('legacyEncodingOfFont', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnArial', 'tcvn3'],
    ['.VnTimeH', 'tcvn3-capitals'],
    ['.VnArialH', 'tcvn3-capitals'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve', 'vni'],
    ['Times New Roman', undefined],
    ['Arial', undefined],
    ['Calibri', undefined],
  ])('%s → %s', (font, encoding) => {
    expect(legacyEncodingOfFont(font)).toBe(encoding);
  });
});

describe('decodeLegacyVietnamese', () => {
  it.each([
    ['B¾c Giang', 'Bắc Giang'],
    ['Së Y tÕ', 'Sở Y tế'],
    // "ư" is U+00AD, the soft hyphen: decoded, not stripped.
    ['Th\u00AD¬ng binh vµ X· héi', 'Thương binh và Xã hội'],
    ['§¶m b¶o an toµn, vÖ sinh lao ®éng', 'Đảm bảo an toàn, vệ sinh lao động'],
    ['Tæ chøc 12 líp tËp huÊn', 'Tổ chức 12 lớp tập huấn'],
    ['¡n ¢u £m ¤ ¥ ¦ §', 'Ăn Âu Êm Ô Ơ Ư Đ'],
  ])('TCVN3 %j → %j', (text, expected) => {
    expect(decodeLegacyVietnamese(text, 'tcvn3')).toBe(expected);
  });

  it('TCVN3 in a capitals-only font (.VnTimeH): every letter a capital', () => {
    expect(decodeLegacyVietnamese('tai n¹n lao ®éng', 'tcvn3-capitals')).toBe('TAI NẠN LAO ĐỘNG');
    expect(decodeLegacyVietnamese('vÖ sinh', 'tcvn3-capitals')).toBe('VỆ SINH');
  });

  it.each([
    ['Sôû Y teá', 'Sở Y tế'],
    ['ngöôøi lao ñoäng', 'người lao động'],
    // "ôï" is ợ, not ơ followed by ï: the longest code wins.
    ['ñöôïc', 'được'],
    ['Baéc Giang', 'Bắc Giang'],
    ['NGÖÔØI LAO ÑOÄNG', 'NGƯỜI LAO ĐỘNG'],
    ['Tuyeân truyeàn, phoå bieán phaùp luaät', 'Tuyên truyền, phổ biến pháp luật'],
    ['mieãn, kyø, thuûy, lyù', 'miễn, kỳ, thủy, lý'],
  ])('VNI %j → %j', (text, expected) => {
    expect(decodeLegacyVietnamese(text, 'vni')).toBe(expected);
  });

  it('leaves plain ASCII, digits and punctuation as they are', () => {
    for (const encoding of ['tcvn3', 'vni'] as const) {
      expect(decodeLegacyVietnamese('ATVSLD 2025: 12/34 (ok) - A1', encoding)).toBe('ATVSLD 2025: 12/34 (ok) - A1');
    }
  });

  it('gives NFC text', () => {
    const out = decodeLegacyVietnamese('ngöôøi', 'vni');
    expect(out).toBe(out.normalize('NFC'));
  });
});
