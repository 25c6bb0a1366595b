/**
 * Report forms built in code for the fault tests: just what the parser needs
 * to recognise a form (cover, tasks table, hidden metadata), from the form
 * layout itself, so that the tests follow the layout if it changes.
 */
import { COVER_FIELDS, FORM_VERSION, META_KEYS, SHEETS, TASK_COLUMNS } from '../../../src/core/form/form-layout.js';
import { buildWorkbook, escapeXml } from '../../io/xlsx/xlsx-builder.js';

export type TaskRow = readonly [id: string, title: string, role: string, status: string, results?: string];

const cell = (ref: string, value: string | number): string =>
  typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
const row = (n: number, values: readonly (string | number | undefined)[]): string =>
  `<row r="${n}">${values.map((v, i) => (v === undefined ? '' : cell(`${String.fromCharCode(65 + i)}${n}`, v))).join('')}</row>`;

/** A form of `agency` for `year` (plan ke-hoach-ct31-bac-giang) whose tasks sheet holds `tasks`, one per row. */
export function buildForm(o: { agency: string; year: number; tasks: Iterable<TaskRow>; coverYear?: number }): Buffer {
  const cover = COVER_FIELDS.map((f, i) =>
    row(i + 1, [f.label, f.key === 'year' ? (o.coverYear ?? o.year) : f.key === 'reportDate' ? `15/12/${o.year}` : `giá trị ${f.key}`]),
  );
  const tasks: string[] = [row(4, TASK_COLUMNS.map((c) => c.header))];
  let n = 5;
  for (const t of o.tasks) tasks.push(row(n++, t));
  const values: Record<keyof typeof META_KEYS, string | number> = {
    marker: '1', planId: 'ke-hoach-ct31-bac-giang', planHash: 'x', agency: o.agency, year: o.year, formVersion: FORM_VERSION, generatedOn: `${o.year}-11-01`,
  };
  const meta = (Object.keys(META_KEYS) as (keyof typeof META_KEYS)[]).map((key, i) => row(i + 1, [META_KEYS[key], values[key]]));
  return buildWorkbook({
    sheets: [
      { name: SHEETS.cover, xml: cover.join('') },
      { name: SHEETS.tasks, xml: tasks.join('') },
      { name: SHEETS.meta, xml: meta.join(''), state: 'veryHidden' },
    ],
  });
}
