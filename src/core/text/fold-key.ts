/**
 * Text normalisation for Vietnamese data from spreadsheets.
 *
 * Submissions mix precomposed (NFC) and decomposed (NFD) text, and both
 * tone-mark placements ("Hòa"/"Hoà", "thủy"/"thuỷ"). `normalizeText` is what
 * every read value goes through; `foldKey` is only for matching headings and
 * names — keep the original for display.
 */

/** Tone marks in NFD; vowel-shape marks (circumflex, breve, horn) are letters of their own and stay. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const DASHES_AND_SEPARATORS = /[\u002D\u2010-\u2015\u2212,;:/&.()]+/g;

/** NFC, with invisible characters removed and non-breaking spaces made plain. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/\u00A0/g, ' ');
}

/**
 * Keys of short texts (headings, labels, statuses, names) recur in every
 * form; folding is the costliest step of recognising one, so they are
 * remembered. Long texts (results) rarely recur and are not kept.
 */
const FOLDED = new Map<string, string>();
const MAX_REMEMBERED_LENGTH = 120;
const MAX_REMEMBERED = 20_000;

/** A matching key: case, Unicode form, tone-mark placement, i/y at syllable end, dashes and spacing folded. */
export function foldKey(text: string): string {
  if (text.length > MAX_REMEMBERED_LENGTH) return computeFoldKey(text);
  let key = FOLDED.get(text);
  if (key === undefined) {
    if (FOLDED.size >= MAX_REMEMBERED) FOLDED.clear();
    key = computeFoldKey(text);
    FOLDED.set(text, key);
  }
  return key;
}

function computeFoldKey(text: string): string {
  const spaced = normalizeText(text)
    .toLowerCase()
    .replace(DASHES_AND_SEPARATORS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return spaced
    .split(' ')
    .map(foldSyllable)
    .join(' ');
}

function foldSyllable(syllable: string): string {
  const decomposed = syllable.normalize('NFD');
  const tones = decomposed.match(TONE_MARKS) ?? [];
  let base = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  // "kỳ"/"kì", "lý"/"lí": a final y after a consonant is the same vowel as i.
  base = base.replace(/([^aeiouyăâêôơư])y$/u, '$1i');
  return base + tones.join('');
}
