/**
 * Where a value sits in a YAML document, for diagnostics (`file:line:column`).
 * Walks the parsed document as far as the path reaches and points at the
 * key of the last entry found (a misspelt or invalid key is where the eye
 * goes), or at the document's start when nothing matched.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

export interface YamlPosition {
  readonly line: number;
  readonly column: number;
}

export function locateYamlPath(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): YamlPosition | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      // The yaml library parses `2023:` as a number key; zod paths carry it as a string.
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(key));
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
      node = node.items[key];
      offset = rangeStart(node) ?? offset;
    } else {
      break;
    }
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function rangeStart(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
}
