/**
 * Text typed with the pre-Unicode Vietnamese fonts still met in older offices
 * (docs: domain.md, "Legacy encodings"): TCVN3/ABC (`.VnTime`, `.VnArial`…,
 * whose `…H` variants show every letter as a capital) and VNI-Windows
 * (`VNI-Times`, `VNI-Helve`…). Excel keeps such text as Latin-1-looking
 * characters ("B¾c Giang", "Baéc Giang"); the cell's font is the only
 * reliable sign of which encoding it is in, so the reader passes it here.
 * Decode before any clean-up of invisible characters: TCVN3 "ư" is U+00AD,
 * the soft hyphen.
 */

export type LegacyEncoding = 'tcvn3' | 'tcvn3-capitals' | 'vni';

/** The encoding a font name stands for; undefined for a Unicode font. */
export function legacyEncodingOfFont(fontName: string): LegacyEncoding | undefined {
  const name = fontName.trim();
  // The capitals-only fonts are the same names with a final capital H: .VnTimeH, .VnArialH…
  if (/^\.vn/i.test(name)) return /H$/.test(name) ? 'tcvn3-capitals' : 'tcvn3';
  if (/^vni[-\s]/i.test(name)) return 'vni';
  return undefined;
}

/**
 * Whether `text` can be in a legacy encoding: every code of both lies in
 * U+0080–U+00FF, so text with nothing there has nothing to decode, and text
 * with a letter beyond U+00FF (ư, ạ…) was typed in Unicode.
 */
export function isLegacyCandidate(text: string): boolean {
  return /[\u0080-\u00FF]/.test(text) && !/[^\u0000-\u00FF]/.test(text);
}

/** The text in Unicode (NFC); characters that are not codes of `encoding` are kept as they are. */
export function decodeLegacyVietnamese(text: string, encoding: LegacyEncoding): string {
  const decoded = encoding === 'vni' ? decodeVni(text) : decodeTcvn3(text);
  return (encoding === 'tcvn3-capitals' ? decoded.toUpperCase() : decoded).normalize('NFC');
}

/**
 * The 134 Vietnamese letters that are not plain ASCII, in the order of
 * VNI_CODES below (capital, then small, mostly).
 */
const LETTERS = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ';

/** VNI-Windows: each letter of LETTERS as one or two characters (a base letter and a mark). */
const VNI_CODES = 'AØ AÙ AÂ AÕ EØ EÙ EÂ Ì Í OØ OÙ OÂ OÕ UØ UÙ YÙ aø aù aâ aõ eø eù eâ ì í oø où oâ oõ uø uù yù AÊ aê Ñ ñ Ó ó UÕ uõ Ô ô Ö ö AÏ aï AÛ aû AÁ aá AÀ aà AÅ aå AÃ aã AÄ aä AÉ aé AÈ aè AÚ aú AÜ aü AË aë EÏ eï EÛ eû EÕ eõ EÁ eá EÀ eà EÅ eå EÃ eã EÄ eä Æ æ Ò ò OÏ oï OÛ oû OÁ oá OÀ oà OÅ oå OÃ oã OÄ oä ÔÙ ôù ÔØ ôø ÔÛ ôû ÔÕ ôõ ÔÏ ôï UÏ uï UÛ uû ÖÙ öù ÖØ öø ÖÛ öû ÖÕ öõ ÖÏ öï YØ yø Î î YÛ yû YÕ yõ'.split(' ');

/**
 * TCVN3: pairs of (code, letter). Only small letters and Ă Â Ê Ô Ơ Ư Đ have a
 * code; capitals with tone marks are small letters in a `…H` font.
 */
const TCVN3_PAIRS = '¢Â£Ê¤Ôµà¸á©â·ãÌèÐéªê×ìÝíßòãó«ôâõïùóúýý¡Ă¨ă§Đ®đÜĩòũ¥Ơ¬ơ¦Ư\u00ADư¹ạ¶ảÊấÇầÈẩÉẫËậ¾ắ»ằ¼ẳ½ẵÆặÑẹÎẻÏẽÕếÒềÓểÔễÖệØỉÞịäọáỏèốåồæổçỗéộíớêờëởìỡîợôụñủøứõừöử÷ữùựúỳþỵûỷüỹ';

const TCVN3 = new Map<string, string>();
for (let i = 0; i < TCVN3_PAIRS.length; i += 2) TCVN3.set(TCVN3_PAIRS[i]!, TCVN3_PAIRS[i + 1]!);

const VNI = new Map<string, string>([...LETTERS].map((letter, i) => [VNI_CODES[i]!, letter]));

function decodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return out;
}

/** Longest match first: "oâ" is ô, while "ô" alone is ơ and "ôù" is ớ. */
function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const pair = VNI.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i += 1;
    } else {
      out += VNI.get(text[i]!) ?? text[i]!;
    }
  }
  return out;
}
