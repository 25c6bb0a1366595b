/**
 * SAX parsing of one inflated part with saxes. No DTD is ever processed:
 * a DOCTYPE (the carrier of entity bombs and external entities) aborts the
 * read before anything is expanded. The bytes are fed in slices so the part
 * never exists as one big string.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Deadline } from './deadline.js';
import { fail } from './read-failure.js';

export interface XmlHandlers {
  opentag?(tag: SaxesTagPlain): void;
  closetag?(tag: SaxesTagPlain): void;
  text?(text: string): void;
}

const SLICE_BYTES = 1 << 20;

export function parseXmlPart(data: Buffer, part: string, file: string, handlers: XmlHandlers, deadline: Deadline): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('doctype', () => fail('WORKBOOK_XML_ENTITY', file, { part }));
  parser.on('error', (error) => fail('WORKBOOK_XML_MALFORMED', file, { part, reason: shorten(error.message) }));
  if (handlers.opentag) parser.on('opentag', handlers.opentag);
  if (handlers.closetag) parser.on('closetag', handlers.closetag);
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  const text = decodeUtf16IfMarked(data);
  if (text !== undefined) {
    parser.write(text);
  } else {
    for (let start = 0; start < data.length; ) {
      const end = sliceEnd(data, start);
      parser.write(data.toString('utf8', start, end));
      deadline.check();
      start = end;
    }
  }
  parser.close();
}

/** Cut before a UTF-8 continuation byte so no character is split across slices. */
function sliceEnd(data: Buffer, start: number): number {
  let end = Math.min(start + SLICE_BYTES, data.length);
  while (end < data.length && end > start && (data[end]! & 0xc0) === 0x80) end -= 1;
  return end;
}

/** OOXML allows UTF-16 parts; Excel never writes them, but a BOM says so plainly. */
function decodeUtf16IfMarked(data: Buffer): string | undefined {
  if (data[0] === 0xff && data[1] === 0xfe) return data.toString('utf16le', 2);
  if (data[0] === 0xfe && data[1] === 0xff) return Buffer.from(data.subarray(2)).swap16().toString('utf16le');
  return undefined;
}

function shorten(message: string): string {
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}

/** `x:c` → `c`: Strict and some generators prefix the spreadsheetml namespace. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name, whatever its prefix (`r:id`, `relationships:id`). */
export function prefixedAttribute(attributes: Record<string, string>, local: string): string | undefined {
  for (const [key, value] of Object.entries(attributes)) {
    if (key.includes(':') && localName(key) === local) return value;
  }
  return undefined;
}

const ESCAPED_CHAR = /_x([0-9A-Fa-f]{4})_/g;

/** OOXML writes control characters as `_x000D_`; `_x005F_` escapes a literal underscore. */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPED_CHAR, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
