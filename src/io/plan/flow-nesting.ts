/**
 * How deep `[`/`{` flow collections nest, found by a scan of the text before
 * yaml parses it. yaml's parser spends seconds of CPU on a 2 MB file of
 * 1,000,000 nested `[` before its composer overflows the stack, and a plan
 * nests only a few levels (tasks → lead → an agency id). Brackets inside
 * quoted strings and comments are not counted; block (indented) nesting is
 * bounded by the plan's size limit instead.
 */

/** A plan is refused past this depth. */
export const MAX_FLOW_DEPTH = 200;

/** The offset of the first bracket past `limit` levels, or -1. */
export function flowTooDeepAt(text: string, limit = MAX_FLOW_DEPTH): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quote !== '') {
      if (c === '\\' && quote === '"') i += 1;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end;
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) quote = c;
    else if (c === '[' || c === '{') {
      depth += 1;
      if (depth > limit) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth -= 1;
  }
  return -1;
}
