/**
 * A parsed plan document together with what is needed to point into it:
 * the file name for locations and the line counter for offsets.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { DiagnosticLocation } from '../../core/diagnostics/diagnostic.js';
import type { PlanPath } from '../../core/plan/plan-rules/plan-path.js';

export interface YamlSource {
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/** `{ file, line, column }`, 1-based, of a character offset. */
export function locationAt(source: YamlSource, offset: number): DiagnosticLocation {
  const { line, col } = source.lineCounter.linePos(Math.max(0, Math.min(offset, source.text.length)));
  return { file: source.file, line, column: col };
}

export interface FoundNode {
  /** The node at the path, or the deepest ancestor that exists. */
  readonly node: Node | undefined;
  /** The key of the last mapping entry followed, when the path ended in one. */
  readonly key: Node | undefined;
  readonly complete: boolean;
}

/** Follows a plan path through mappings, sequences and aliases. */
export function findNode(source: YamlSource, path: PlanPath): FoundNode {
  let node = (source.doc.contents ?? undefined) as Node | undefined;
  let key: Node | undefined;
  for (const segment of path) {
    if (isAlias(node)) node = (node.resolve(source.doc) ?? undefined) as Node | undefined;
    let next: Node | undefined;
    let nextKey: Node | undefined;
    if (isMap(node)) {
      // The last entry wins, as in toJS, so a duplicate key points at the value that was used.
      const pair = node.items.findLast((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      next = (pair?.value ?? undefined) as Node | undefined;
      nextKey = (pair?.key ?? undefined) as Node | undefined;
      if (pair && !next) return { node: undefined, key: nextKey, complete: true };
    } else if (isSeq(node) && typeof segment === 'number') {
      next = (node.items[segment] ?? undefined) as Node | undefined;
    }
    if (next === undefined) return { node, key, complete: false };
    node = next;
    key = nextKey;
  }
  return { node, key, complete: true };
}

/**
 * Where a diagnostic about `path` should point: the value itself, or — when it
 * is missing or empty — its key, or else the nearest enclosing entry.
 */
export function locatePath(source: YamlSource, path: PlanPath, prefer: 'value' | 'key' = 'value'): DiagnosticLocation {
  const found = findNode(source, path);
  const keyFirst = prefer === 'key' || !found.node || isEmptyScalar(found.node);
  if (found.complete && found.key && keyFirst) return positionOf(source, found.key);
  if (found.node) return positionOf(source, found.node);
  return { file: source.file, line: 1, column: 1 };
}

function positionOf(source: YamlSource, node: Node): DiagnosticLocation {
  return locationAt(source, node.range?.[0] ?? 0);
}

/** `key:` with nothing after it parses as a null scalar positioned at the next token; the key is a better target. */
function isEmptyScalar(node: Node | undefined): boolean {
  return isScalar(node) && node.value === null && node.source === '';
}
