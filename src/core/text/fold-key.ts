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
const HAS_TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const DASHES_AND_SEPARATORS = /[\u002D\u2010-\u2015\u2212,;:/&.()]+/g;
/** "kỳ"/"kì", "lý"/"lí": a final y after a consonant is the same vowel as i (a syllable ends at a space). */
const FINAL_Y_AFTER_CONSONANT = /([^aeiouyăâêôơư ])y(?= |$)/gu;
const ASCII_ONLY = /^[\x00-\x7F]*$/;

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
  if (text.length > MAX_REMEMBERED_LENGTH) return foldKeyOnce(text);
  let key = FOLDED.get(text);
  if (key === undefined) {
    if (FOLDED.size >= MAX_REMEMBERED) FOLDED.clear();
    key = foldKeyOnce(text);
    FOLDED.set(ownCopy(text), key);
  }
  return key;
}

/**
 * V8 keeps a substring as a view of the string it was cut from: a cell's
 * text can pin its whole sheet or shared-strings XML. The cache lives as
 * long as the process (a worker checks thousands of forms), so it keeps a
 * copy of its own: each remembered key once pinned a form's XML (~15 KB per
 * form, measured). A JSON round trip makes a new string in one native pass.
 */
function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/**
 * foldKey without remembering: for texts folded once and kept by the caller
 * (a plan's thousands of agency names, indexed once per plan), which would
 * only crowd out the headings and labels every form repeats.
 *
 * Each syllable is folded on its own: tone marks are taken out of the NFD
 * form, the rest is recomposed (NFC), and the marks are put back at the
 * syllable's end in the order written. Done here for the whole text at once
 * (two normalisations instead of two per syllable): a space composes with
 * nothing and no normalisation adds or removes one, so the syllables of the
 * whole are those of the parts.
 */
export function foldKeyOnce(text: string): string {
  const spaced = normalizeText(text)
    .toLowerCase()
    .replace(DASHES_AND_SEPARATORS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (ASCII_ONLY.test(spaced)) return spaced.replace(FINAL_Y_AFTER_CONSONANT, '$1i');
  const decomposed = spaced.normalize('NFD');
  if (!HAS_TONE_MARK.test(decomposed)) return decomposed.normalize('NFC').replace(FINAL_Y_AFTER_CONSONANT, '$1i');
  const bases = decomposed.replace(TONE_MARKS, '').normalize('NFC').replace(FINAL_Y_AFTER_CONSONANT, '$1i').split(' ');
  const syllables = decomposed.split(' ');
  for (let i = 0; i < bases.length; i += 1) {
    const tones = syllables[i]!.match(TONE_MARKS);
    if (tones) bases[i] += tones.join('');
  }
  return bases.join(' ');
}
