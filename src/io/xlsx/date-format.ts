/**
 * Whether a number format shows a date. Excel stores dates as plain numbers;
 * only the cell's format says "this 45366 is 2024-03-15".
 */

/** Built-in ids: 14–22 and 45–47 everywhere; 27–36 and 50–58 are East Asian locale date formats. */
export function isDateFormatId(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A custom code is a date when d, m, y or h appears outside quoted text, brackets and escapes. */
export function isDateFormatCode(code: string): boolean {
  const firstSection = code.split(';')[0] ?? '';
  const bare = firstSection
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  return /[dmyh]/i.test(bare);
}
