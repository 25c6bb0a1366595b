/**
 * An agency's own "kết quả đạt được" text, lightly cleaned for quoting in the
 * written report: NFC, white space collapsed, trimmed, and a sentence that
 * repeats an earlier one (same words, case and spacing aside) dropped —
 * forms are often filled by pasting the same paragraph twice. Nothing is
 * reworded: the text stays the agency's.
 */
export function cleanReportedText(text: string): string {
  const flat = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (flat === '') return '';
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const sentence of splitSentences(flat)) {
    const key = sentence.toLocaleLowerCase('vi').replace(/[\s.;!?…]+/gu, ' ').trim();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(sentence);
  }
  return kept.join(' ');
}

/**
 * A sentence ends at ".", "!", "?" or "…" followed by a space, unless the
 * word before is a title or place abbreviation ("TP. Bắc Ninh"). "1.250" has
 * no space after its dot, so grouped numbers never split a sentence.
 */
function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?…](?=\s)/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + 1;
    const word = /(\S+)$/u.exec(text.slice(start, m.index))?.[1] ?? '';
    if (/^(TP|TX|Tp|ThS|TS|PGS|GS|Ths|v\.v|St|Nxb)$/u.test(word)) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out;
}
