/**
 * Put a year's record into `history/indicators.yaml` (docs/history.md),
 * keeping everything else of the file as it was, comments included: the
 * file is edited as a YAML document, not rewritten from data. An amended
 * record's old figures move to `amended` with the day they were replaced.
 * Written atomically: a crash leaves the old file or the new one.
 */
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';
import type { HistoryRecord } from '../../core/consolidation/history-record.js';
import type { HistoryValue, TerritoryFigures } from '../../core/consolidation/indicator-history.js';
import { writeFileAtomic } from '../atomic-write.js';

const NEW_FILE = `# Số liệu chỉ tiêu của tỉnh các năm trước (định dạng: docs/history.md).
# "atvsld history record --year NĂM" ghi số liệu cuối cùng của một năm vào đây.
`;

export interface WriteRecordOptions {
  /** The figures the record replaces (`--amend`); they are kept under `amended`. */
  readonly replaces?: TerritoryFigures;
  readonly amendedOn: string;
}

export async function writeHistoryRecord(file: string, record: HistoryRecord, o: WriteRecordOptions): Promise<void> {
  let text = NEW_FILE;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await writeFileAtomic(file, applyRecord(text, record, o));
}

/** The file's text with the record in place (pure, for tests). */
export function applyRecord(text: string, record: HistoryRecord, o: WriteRecordOptions): string {
  const doc: Document = parseDocument(text.normalize('NFC'));
  if (!isMap(doc.contents)) doc.contents = doc.createNode({});
  const root = doc.contents as YAMLMap;
  const years = childMap(doc, root, 'years');
  const year = yearMap(doc, years, record.year);
  if (o.replaces) {
    const amended = childSeq(root, 'amended');
    amended.add(doc.createNode({ year: record.year, territory: record.territory, amendedOn: o.amendedOn, figures: plainFigures(o.replaces) }));
    year.delete(record.territory);
    // First-shape figures of the year were the same territory's: they are replaced too.
    for (const pair of [...year.items]) {
      if (!(isMap(pair.value) && pair.value.has('parts'))) year.delete(pair.key);
    }
  }
  const node = doc.createNode(plainFigures(record.figures)) as YAMLMap;
  const parts = node.get('parts', true);
  if (isMap(parts)) for (const pair of parts.items) if (isMap(pair.value)) pair.value.flow = true;
  year.set(record.territory, node);
  return doc.toString({ lineWidth: 0 });
}

function childMap(doc: Document, parent: YAMLMap, key: string): YAMLMap {
  const found = parent.get(key, true);
  if (isMap(found)) return found;
  const created = doc.createNode({}) as YAMLMap;
  parent.set(key, created);
  return created;
}

function childSeq(parent: YAMLMap, key: string): YAMLSeq {
  const found = parent.get(key, true);
  if (isSeq(found)) return found;
  const created = new YAMLSeq();
  parent.set(key, created);
  return created;
}

/** The year's map, whether its key was written `2025` or `'2025'`; a new one is quoted like the sample file's. */
function yearMap(doc: Document, years: YAMLMap, year: number): YAMLMap {
  const pair = years.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(year));
  if (pair && isMap(pair.value)) return pair.value;
  const created = doc.createNode({}) as YAMLMap;
  if (pair) {
    pair.value = created;
    return created;
  }
  const key = new Scalar(String(year));
  key.type = Scalar.QUOTE_SINGLE;
  years.add(doc.createPair(key, created));
  return created;
}

/** Figures as plain data for YAML: a part with nothing but its value is a bare number. */
function plainFigures(f: TerritoryFigures): Record<string, unknown> {
  const parts: Record<string, unknown> = {};
  for (const [id, v] of Object.entries(f.parts)) parts[id] = plainValue(v);
  const { parts: _parts, ...rest } = f;
  return { ...rest, parts };
}

function plainValue(v: HistoryValue): unknown {
  return Object.keys(v).length === 1 ? v.value : { ...v };
}
