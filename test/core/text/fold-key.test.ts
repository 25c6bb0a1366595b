import { describe, expect, it } from 'vitest';
import { foldKey, foldKeyOnce, normalizeText } from '../../../src/core/text/fold-key.js';

/** The syllable-by-syllable definition foldKey had before it folded a whole text at once: the oracle. */
function referenceFoldKey(text: string): string {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const spaced = normalizeText(text)
    .toLowerCase()
    .replace(/[\u002D\u2010-\u2015\u2212,;:/&.()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return spaced
    .split(' ')
    .map((syllable) => {
      const decomposed = syllable.normalize('NFD');
      const marks = decomposed.match(tones) ?? [];
      const base = decomposed.replace(tones, '').normalize('NFC').replace(/([^aeiouyăâêôơư])y$/u, '$1i');
      return base + marks.join('');
    })
    .join(' ');
}

const SAMPLES = [
  '',
  '   ',
  'Nhiệm vụ',
  'NHIỆM VỤ',
  'Nhiem vu',
  'Hòa Bình',
  'Hoà Bình',
  'thủy lợi',
  'thuỷ lợi',
  'Kỳ Anh – Lý Sơn',
  'kì anh, lí sơn',
  'Ủy ban nhân dân xã Yên Thuận, tỉnh Lai Châu',
  'Uỷ ban nhân dân',
  'Tình trạng (chọn trong danh sách)',
  'Số liệu năm báo cáo',
  'Sở Lao động\u00A0– Thương binh và Xã hội',
  'Sở\u200B Y tế\uFEFF',
  'so-tai-chinh/lan.2',
  'soxaydungdongnai.atvsld@vidu-bacgiang.test',
  '090.199.9013',
  'y',
  'yy xy ky my',
  'Mỹ Tho, Phú Mỹ',
  'Đắk Lắk',
  'Nguyễn Thị Thu Hằng',
  'Ngu\u0309yen', // a tone mark typed on a consonant
  'A\u0302\u0301u', // decomposed circumflex then acute
  'a\u0301\u0302', // acute before circumflex (reordering)
  'ả\u0302 x', // a tone blocking a later vowel mark
  '\u0301a \u0302e', // marks at the start of syllables
  'İstanbul Iı',
  'ǅemal ﬁ',
  'tab\tnew\nline  and\u3000wide\u2003space',
  '(Trưởng) phòng: Kế hoạch; Tài chính & Đầu tư',
  '𝒜𝓎 y𝓎 😀y',
];

describe('foldKey', () => {
  it('folds case, Unicode form, tone placement, final y, dashes and spacing', () => {
    expect(foldKey('Hòa Bình')).toBe(foldKey('HOÀ BÌNH'));
    expect(foldKey('thủy lợi')).toBe(foldKey('thuỷ lợi'));
    expect(foldKey('Kỳ Anh')).toBe(foldKey('kì anh'));
    expect(foldKey('Nhiệm vụ'.normalize('NFD'))).toBe(foldKey('Nhiệm vụ'));
    expect(foldKey('Sở Lao động – Thương binh')).toBe(foldKey('sở lao động - thương binh'));
    expect(foldKey('Tình trạng')).not.toBe(foldKey('Tinh trang'));
  });

  it('gives the same keys as the syllable-by-syllable definition', () => {
    for (const text of [...SAMPLES, ...SAMPLES.map((s) => s.normalize('NFD')), ...SAMPLES.map((s) => s.toUpperCase())]) {
      expect(foldKey(text), JSON.stringify(text)).toBe(referenceFoldKey(text));
    }
  });

  it('gives the same keys as the definition on random Vietnamese-like text', () => {
    const alphabet = [...'aăâeêioôơuưyAĂÂEÊIOÔƠUƯYbcdđghklmnpqrstvx  -.,()/\u00A0\t', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031B', 'ế', 'ỷ', 'Ỵ'];
    let seed = 12345;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 3000; i += 1) {
      const length = 1 + next(30);
      const text = Array.from({ length }, () => alphabet[next(alphabet.length)]).join('');
      expect(foldKey(text), JSON.stringify(text)).toBe(referenceFoldKey(text));
    }
  });

  it('is the same whether remembered or not, and for long texts', () => {
    const long = 'Đăng 39 tin, bài, ảnh về công tác an toàn, vệ sinh lao động trên Báo in và Báo điện tử, trong đó có loạt bài về Tháng hành động.';
    expect(long.length).toBeGreaterThan(120);
    expect(foldKey(long)).toBe(referenceFoldKey(long));
    const cut = `xx${long}`.slice(2, 40);
    expect(foldKey(cut)).toBe(referenceFoldKey(cut));
    expect(foldKey(cut)).toBe(foldKey(cut));
    for (const text of SAMPLES) expect(foldKeyOnce(text)).toBe(foldKey(text));
  });
});
