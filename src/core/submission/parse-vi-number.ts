/**
 * Numbers typed as text, as Vietnamese offices write them: dots group
 * thousands and a comma marks decimals ("1.234.567,5"). A text is accepted
 * only when it has one reading: "1.234" is 1234 (a dot before exactly three
 * digits can only group), but "1,234" could be 1.234 (vi-VN) or 1234 (en-US)
 * and is refused.
 */
export type ViNumber =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'ambiguous' }
  /** Digits that make no exact number: infinite ("9" × 400) or beyond Number.MAX_SAFE_INTEGER (9007199254740993 would become …992). */
  | { readonly kind: 'too-large' }
  | { readonly kind: 'invalid' };

const SPACES = /[\s\u00A0\u202F]/g;
const DIGITS = /^\d+$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+$/;
const VI_DECIMAL = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d+)$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3}){2,}$/;
const EN_DECIMAL = /^\d{1,3}(?:,\d{3})+\.\d+$/;
const DOT_DECIMAL = /^\d+\.\d+$/;

export function parseViNumber(text: string): ViNumber {
  const compact = text.trim().replace(SPACES, '');
  const sign = /^[-\u2212]/.test(compact) ? -1 : 1;
  const body = compact.replace(/^[-+\u2212]/, '');
  const value = readBody(body);
  if (value === 'ambiguous') return { kind: 'ambiguous' };
  if (value === undefined) return { kind: 'invalid' };
  if (!isExactNumber(value)) return { kind: 'too-large' };
  return { kind: 'number', value: sign * value };
}

function readBody(body: string): number | 'ambiguous' | undefined {
  if (DIGITS.test(body)) return Number(body);
  if (DOT_GROUPS.test(body)) return Number(body.replace(/\./g, ''));
  const vi = VI_DECIMAL.exec(body);
  if (vi) {
    const [, whole = '', fraction = ''] = vi;
    // "1,234" alone: a vi-VN decimal or an en-US thousand; refuse to guess.
    if (!whole.includes('.') && fraction.length === 3) return 'ambiguous';
    return Number(`${whole.replace(/\./g, '')}.${fraction}`);
  }
  if (COMMA_GROUPS.test(body)) return Number(body.replace(/,/g, ''));
  if (EN_DECIMAL.test(body)) return Number(body.replace(/,/g, ''));
  // "1.5", "12.25": a dot before anything but three digits cannot group thousands.
  if (DOT_DECIMAL.test(body)) return Number(body);
  return undefined;
}

/**
 * Finite and no larger than the largest integer a double holds exactly:
 * beyond it two counts can compare equal while differing, and sums drift.
 * Every number read from a form or the plan's data passes this test.
 */
export function isExactNumber(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
}
