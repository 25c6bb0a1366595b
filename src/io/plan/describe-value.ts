/** Vietnamese and English names for kinds of YAML values, as plan authors see them. */

export type Wording = readonly [vi: string, en: string];

const EXPECTED: Readonly<Record<string, Wording>> = {
  string: ['văn bản', 'text'],
  number: ['một số', 'a number'],
  int: ['một số nguyên', 'a whole number'],
  boolean: ['true hoặc false', 'true or false'],
  array: ['một danh sách (mỗi mục một dòng "- …" hoặc [a, b])', 'a list ("- …" lines or [a, b])'],
  object: ['một mục "khóa: giá trị"', 'a "key: value" mapping'],
};

export function describeExpected(expected: string): Wording {
  return EXPECTED[expected] ?? [expected, expected];
}

/** What a value actually is, with a short excerpt of scalars. */
export function describeReceived(value: unknown): Wording {
  if (value === null || value === undefined) return ['để trống', 'empty'];
  if (Array.isArray(value)) return ['một danh sách', 'a list'];
  if (typeof value === 'string') return [`văn bản "${excerpt(value)}"`, `text "${excerpt(value)}"`];
  if (typeof value === 'number') return [`số ${value}`, `the number ${value}`];
  if (typeof value === 'boolean') return [`giá trị ${value}`, `the value ${value}`];
  if (typeof value === 'object') return ['một mục "khóa: giá trị"', 'a "key: value" mapping'];
  return [typeof value, typeof value];
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
