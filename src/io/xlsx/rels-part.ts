/** Package relationships (`*.rels`): how workbook.xml finds its sheets, styles and shared strings. */
import type { Deadline } from './deadline.js';
import { END, OPEN, XmlScanner } from './xml-scanner.js';

export interface Relationship {
  readonly id: string;
  /** Last segment of the relationship type URI, e.g. `worksheet`; transitional and Strict URIs agree on it. */
  readonly kind: string;
  /** Part name resolved against the source part, no leading `/`; undefined for external targets. */
  readonly target: string | undefined;
}

export function parseRelsPart(
  data: Buffer,
  part: string,
  sourcePart: string,
  file: string,
  deadline: Deadline,
): Relationship[] {
  const rels: Relationship[] = [];
  const scanner = new XmlScanner(data, part, file, deadline);
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token !== OPEN || !scanner.isLocal('Relationship')) continue;
    const type = scanner.attr('Type') ?? '';
    const kind = type.slice(type.lastIndexOf('/') + 1);
    const target = scanner.attr('TargetMode') === 'External' ? undefined : resolveTarget(sourcePart, scanner.attr('Target') ?? '');
    rels.push({ id: scanner.attr('Id') ?? '', kind, target });
  }
  return rels;
}

/** The rels part that belongs to a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartFor(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function resolveTarget(sourcePart: string, target: string): string {
  const cleaned = target.replace(/\\/g, '/');
  const base = cleaned.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of cleaned.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(decodeSegment(segment));
  }
  return base.join('/');
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
