/**
 * `JSON.stringify(value, null, 2)`, written a piece at a time. A national
 * consolidation is ≈ 25 million characters of JSON; as one string (plus its
 * UTF-8 copy on the way out) it was the largest thing `consolidate` held,
 * and even one task's row (4,000 agencies' texts) is megabytes. Containers
 * down to `depth` levels (or a Chunked value's own) are opened here, item by
 * item; what lies deeper is stringified whole, which is fast and small by
 * then.
 */
import { jsonSafe } from './json-safe.js';

/**
 * A list whose items are converted only when they are written: the texts of
 * a national year's task cells are read from a spill file one cell at a time
 * (io/spill), never all at once.
 */
export class MappedList<T> {
  constructor(
    readonly items: readonly T[],
    readonly map: (item: T) => unknown,
  ) {}

  toJSON(): unknown[] {
    return this.items.map(this.map);
  }
}

/** A value written in pieces down to its own `depth`, wherever it sits: the few big parts of a document. */
export class Chunked {
  constructor(
    readonly value: unknown,
    readonly depth: number,
  ) {}

  toJSON(): unknown {
    return this.value;
  }
}

/** The text of `JSON.stringify(value, null, 2)`, in pieces; a value JSON leaves out gives nothing. */
export function* prettyJsonChunks(value: unknown, depth: number): Generator<string> {
  yield* chunksOf(jsonValue(value), depth, '');
}

/** `v` is already what JSON writes for its value (toJSON applied, as JSON.stringify does once per value). */
function* chunksOf(v: unknown, depth: number, pad: string): Generator<string> {
  if (v instanceof Chunked) {
    yield* chunksOf(jsonValue(v.value), v.depth, pad);
    return;
  }
  if (omitted(v)) return;
  const inner = `${pad}  `;
  const list = Array.isArray(v) || v instanceof MappedList;
  if (depth > 0 && list && itemsOf(v).length > 0) {
    const items = itemsOf(v);
    yield '[\n';
    for (let i = 0; i < items.length; i += 1) {
      const item = jsonValue(v instanceof MappedList ? v.map(items[i]) : items[i]);
      const end = i < items.length - 1 ? ',\n' : '\n';
      // A leaf item is one piece (a national report has tens of thousands of them).
      if (omitted(item)) yield `${inner}null${end}`;
      else if (isLeaf(item, depth - 1)) yield `${inner}${leafText(item, inner)}${end}`;
      else {
        yield inner;
        yield* chunksOf(item, depth - 1, inner);
        yield end;
      }
    }
    yield `${pad}]`;
  } else if (depth > 0 && !list && isObject(v)) {
    const entries = Object.entries(v)
      .map(([key, field]): [string, unknown] => [key, jsonValue(field)])
      .filter(([, field]) => !omitted(field));
    if (entries.length === 0) {
      yield '{}';
      return;
    }
    yield '{\n';
    for (const [i, [key, field]] of entries.entries()) {
      yield `${inner}${jsonSafe(JSON.stringify(key))}: `;
      yield* chunksOf(field, depth - 1, inner);
      yield i < entries.length - 1 ? ',\n' : '\n';
    }
    yield `${pad}}`;
  } else {
    yield leafText(v, pad);
  }
}

/** Written whole: too deep to open, or nothing to open. */
function isLeaf(v: unknown, depth: number): boolean {
  return !(v instanceof Chunked) && (depth <= 0 || !isObject(v));
}

function leafText(v: unknown, pad: string): string {
  const text = jsonSafe(JSON.stringify(v, null, 2) as string);
  // JSON escapes the line breaks inside strings, so each raw one is structure to indent.
  return pad === '' || !text.includes('\n') ? text : text.replaceAll('\n', `\n${pad}`);
}

/** Pieces joined into chunks of at least `size` characters: one write each, not one per small piece. */
export function* joinedChunks(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    parts.push(piece);
    length += piece.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (length > 0) yield parts.join('');
}

function jsonValue(value: unknown): unknown {
  // MappedList and Chunked are opened here; their toJSON is for JSON.stringify, where they sit too deep.
  const toJSON = isObject(value) && !(value instanceof MappedList || value instanceof Chunked) ? (value as { toJSON?: unknown }).toJSON : undefined;
  return typeof toJSON === 'function' ? (toJSON as () => unknown).call(value) : value;
}

function itemsOf(v: unknown[] | MappedList<unknown>): readonly unknown[] {
  return v instanceof MappedList ? v.items : v;
}

/** What JSON.stringify leaves out of an object (and writes as null in a list). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
