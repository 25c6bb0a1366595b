/**
 * A strict pull tokenizer over the bytes of one inflated part. It replaced a
 * general SAX parser (saxes), which made strings and objects for every tag,
 * attribute and text (most of a large read's time and garbage): here nothing
 * is decoded unless the caller asks, and numbers can be read from the bytes.
 *
 * What it checks is what makes XML well-formed for a reader of spreadsheets:
 * one root, matched and properly nested tags, names, quoted and unique
 * attributes, known entities and character references, allowed characters,
 * comments, CDATA and processing instructions that end. Any DOCTYPE (the
 * carrier of entity bombs and external entities) or ENTITY declaration refuses
 * the part the moment it is met: there is no DTD support, nothing is expanded.
 *
 * Self-closing tags are one OPEN token with `selfClosing` set; no CLOSE follows.
 */
import type { Deadline } from './deadline.js';
import { fail } from './read-failure.js';

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type Token = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

/** How a text or attribute value differs from its raw UTF-8 bytes. */
const HAS_ENTITY = 1;
/** A CR, which XML turns into a line feed (CR LF into one). */
const HAS_CR = 2;
/** Attribute values: tab, LF or CR, which XML turns into spaces. */
const HAS_BREAK = 4;

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const EQUALS = 0x3d;
const QUOT = 0x22;
const APOS = 0x27;
const SEMI = 0x3b;
const COLON = 0x3a;
const HASH = 0x23;
const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
const DASH = 0x2d;
const RSQB = 0x5d;

const DEADLINE_EVERY = 0x3fff;
/** Attribute counts above this check duplicates with a Set instead of pairwise. */
const PAIRWISE_DUPLICATES = 32;
/**
 * Attributes one element may carry. The richest SpreadsheetML elements
 * (`sheetView`, `pageSetup`, `workbookPr`, `cfRule`) have about 20; a
 * thousand attributes per cell kept a scanner's index and the duplicate check
 * busy for seconds and hundreds of MB.
 */
export const MAX_ATTRIBUTES = 256;
/**
 * A UTF-16 part (allowed by OOXML, never written by Excel or LibreOffice) is
 * transcoded whole: up to 3.5 times its size at the peak. Past this it is
 * refused rather than transcoded.
 */
export const MAX_UTF16_BYTES = 16 * 1024 * 1024;

/** Bytes that may start a name: ASCII letters, `_`, `:` and anything non-ASCII (checked loosely). */
const NAME_START = new Uint8Array(256);
/** Bytes that may continue a name. */
const NAME_CHAR = new Uint8Array(256);
/** Bytes in character data that need a closer look; 0 for the plain ones. */
const TEXT_SPECIAL = new Uint8Array(256);
/** Bytes in attribute values that need a closer look. */
const VALUE_SPECIAL = new Uint8Array(256);
for (let b = 0; b < 256; b += 1) {
  const letter = (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
  NAME_START[b] = letter || b === 0x5f || b === COLON || b >= 0x80 ? 1 : 0;
  NAME_CHAR[b] = NAME_START[b] || (b >= 0x30 && b <= 0x39) || b === DASH || b === 0x2e ? 1 : 0;
  TEXT_SPECIAL[b] = b < SPACE || b === LT || b === AMP || b === GT || b === 0xef ? 1 : 0;
  VALUE_SPECIAL[b] = b < SPACE || b === LT || b === AMP || b === QUOT || b === APOS || b === 0xef ? 1 : 0;
}

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

const ATTR_FIELDS = 6;

const MAX_DECLARATION = 200;
/** The declaration after `<?xml`; `[ \t\r\n]` is XML's white space. */
const XML_DECLARATION = /^[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*("1\.[0-9]+"|'1\.[0-9]+')([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*("[A-Za-z][\w.-]*"|'[A-Za-z][\w.-]*'))?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*("(yes|no)"|'(yes|no)'))?[ \t\r\n]*$/;

export class XmlScanner {
  /** The part's bytes, UTF-8 (a UTF-16 part is transcoded first). */
  readonly data: Buffer;
  /** Current OPEN/CLOSE token: the qualified name's bytes and where its local part starts. */
  nameStart = 0;
  nameEnd = 0;
  localStart = 0;
  selfClosing = false;
  /** Current TEXT token: the raw bytes (inside CDATA, its content) and how to decode them. */
  textStart = 0;
  textEnd = 0;
  textFlags = 0;
  /** Attributes of the current OPEN token. */
  attrCount = 0;

  private pos: number;
  private readonly end: number;
  private readonly start: number;
  /** Per attribute: name start, name end, local start, value start, value end, flags. */
  private attrs = new Int32Array(16 * ATTR_FIELDS);
  /** Open elements: name start and end, for matching close tags. */
  private stack = new Int32Array(64);
  private depth = 0;
  private rootSeen = false;
  private tokens = 0;

  constructor(
    data: Buffer,
    private readonly part: string,
    private readonly file: string,
    private readonly deadline: Deadline,
  ) {
    this.data = transcodeUtf16(data, part, file);
    this.end = this.data.length;
    // A UTF-8 byte order mark is allowed before the XML declaration.
    this.start = this.data[0] === 0xef && this.data[1] === 0xbb && this.data[2] === 0xbf ? 3 : 0;
    this.pos = this.start;
  }

  /** The next token; END after the root element closed and only comments or white space followed. */
  next(): Token {
    if ((++this.tokens & DEADLINE_EVERY) === 0) this.deadline.check();
    const d = this.data;
    for (;;) {
      const p = this.pos;
      if (p >= this.end) return this.finish();
      if (d[p] !== LT) {
        if (this.scanText(p)) return TEXT;
        continue;
      }
      const c = d[p + 1];
      if (c === SLASH) return this.scanCloseTag(p);
      if (c === BANG) {
        if (this.scanBang(p)) return TEXT;
        continue;
      }
      if (c === QUESTION) {
        this.scanProcessingInstruction(p);
        continue;
      }
      return this.scanOpenTag(p);
    }
  }

  /** Whether the current tag's local name (prefix dropped) is `name` (ASCII). */
  isLocal(name: string): boolean {
    const length = name.length;
    if (this.nameEnd - this.localStart !== length) return false;
    const d = this.data;
    const at = this.localStart;
    for (let i = 0; i < length; i += 1) if (d[at + i] !== name.charCodeAt(i)) return false;
    return true;
  }

  /** Length in bytes of the current tag's local name; with `localByte`, a cheap first sort for hot loops. */
  localLength(): number {
    return this.nameEnd - this.localStart;
  }

  localByte(i: number): number {
    return this.data[this.localStart + i]!;
  }

  localName(): string {
    return this.data.toString('utf8', this.localStart, this.nameEnd);
  }

  /** Index of the attribute whose qualified name is `name` (ASCII), or -1. */
  attrIndex(name: string): number {
    const a = this.attrs;
    const d = this.data;
    const length = name.length;
    for (let i = 0, k = 0; i < this.attrCount; i += 1, k += ATTR_FIELDS) {
      const start = a[k]!;
      if (a[k + 1]! - start !== length) continue;
      let same = true;
      for (let j = 0; j < length; j += 1) {
        if (d[start + j] !== name.charCodeAt(j)) {
          same = false;
          break;
        }
      }
      if (same) return i;
    }
    return -1;
  }

  /** Length in bytes of attribute `i`'s qualified name; with `attrNameByte`, a cheap sort for hot loops. */
  attrNameLength(i: number): number {
    const k = i * ATTR_FIELDS;
    return this.attrs[k + 1]! - this.attrs[k]!;
  }

  attrNameByte(i: number): number {
    return this.data[this.attrs[i * ATTR_FIELDS]!]!;
  }

  /** Whether attribute `i`'s raw value bytes are `ascii` (for plain values). */
  attrValueIs(i: number, ascii: string): boolean {
    const k = i * ATTR_FIELDS;
    const start = this.attrs[k + 3]!;
    if (this.attrs[k + 4]! - start !== ascii.length) return false;
    for (let j = 0; j < ascii.length; j += 1) if (this.data[start + j] !== ascii.charCodeAt(j)) return false;
    return true;
  }

  /** The attribute named exactly `name`, decoded. */
  attr(name: string): string | undefined {
    const i = this.attrIndex(name);
    return i < 0 ? undefined : this.attrValue(i);
  }

  /** A prefixed attribute by local name, whatever its prefix (`r:id`, `relationships:id`). */
  prefixedAttr(local: string): string | undefined {
    const a = this.attrs;
    for (let i = 0, k = 0; i < this.attrCount; i += 1, k += ATTR_FIELDS) {
      const localStart = a[k + 2]!;
      if (localStart === a[k]!) continue;
      if (this.data.toString('utf8', localStart, a[k + 1]!) === local) return this.attrValue(i);
    }
    return undefined;
  }

  attrName(i: number): string {
    const k = i * ATTR_FIELDS;
    return this.data.toString('utf8', this.attrs[k]!, this.attrs[k + 1]!);
  }

  attrValue(i: number): string {
    const k = i * ATTR_FIELDS;
    return this.decode(this.attrs[k + 3]!, this.attrs[k + 4]!, this.attrs[k + 5]!);
  }

  /** Raw value bytes of attribute `i`, valid when `attrPlain(i)`. */
  attrValueStart(i: number): number {
    return this.attrs[i * ATTR_FIELDS + 3]!;
  }

  attrValueEnd(i: number): number {
    return this.attrs[i * ATTR_FIELDS + 4]!;
  }

  /** The value's bytes are its text (no entity, no line break to normalise). */
  attrPlain(i: number): boolean {
    return this.attrs[i * ATTR_FIELDS + 5] === 0;
  }

  /** The current TEXT token, decoded. */
  text(): string {
    return this.decode(this.textStart, this.textEnd, this.textFlags);
  }

  textPlain(): boolean {
    return this.textFlags === 0;
  }

  /** UTF-16 length of the current TEXT token once decoded, without decoding it. */
  textLength(): number {
    return this.decodedLength(this.textStart, this.textEnd, this.textFlags);
  }

  /** UTF-16 length of checked bytes of this part (a text or attribute value) once decoded, without decoding them. */
  decodedLength(start: number, end: number, flags: number): number {
    const d = this.data;
    let length = 0;
    for (let i = start; i < end; i += 1) {
      const c = d[i]!;
      if (c < 0x80) {
        if (c === AMP && flags & HAS_ENTITY) {
          const semi = d.indexOf(SEMI, i);
          length += this.entityText(i + 1, semi).length;
          i = semi;
        } else if (!(c === CR && d[i + 1] === LF)) {
          length += 1;
        }
      } else if (c >= 0xf0) {
        length += 2;
      } else if (c >= 0xc0) {
        length += 1;
      }
    }
    return length;
  }

  /** Decodes bytes of this part that the scanner has already checked (a text or attribute value). */
  decode(start: number, end: number, flags: number): string {
    const d = this.data;
    if (flags === 0) return d.toString('utf8', start, end);
    let out = '';
    let from = start;
    for (let i = start; i < end; i += 1) {
      const c = d[i];
      if (c === AMP && flags & HAS_ENTITY) {
        const semi = d.indexOf(SEMI, i);
        out += d.toString('utf8', from, i) + this.entityText(i + 1, semi);
        i = semi;
        from = semi + 1;
      } else if (c === CR) {
        out += d.toString('utf8', from, i) + (flags & HAS_BREAK ? ' ' : '\n');
        if (d[i + 1] === LF) i += 1;
        from = i + 1;
      } else if ((c === LF || c === TAB) && flags & HAS_BREAK) {
        out += `${d.toString('utf8', from, i)} `;
        from = i + 1;
      }
    }
    return out + d.toString('utf8', from, end);
  }

  private finish(): Token {
    if (this.depth > 0) this.malformed(`unclosed tag <${this.stackName(this.depth - 1)}>`, this.end);
    if (!this.rootSeen) this.malformed('document must contain a root element', this.end);
    return END;
  }

  /** Character data from `p` up to the next `<`. True when it is a token to hand out (inside the root). */
  private scanText(p: number): boolean {
    const d = this.data;
    const end = this.end;
    let flags = 0;
    let q = p;
    while (q < end) {
      const c = d[q]!;
      if (TEXT_SPECIAL[c] === 0) {
        q += 1;
        continue;
      }
      if (c === LT) break;
      if (c === AMP) {
        q = this.checkReference(q);
        flags |= HAS_ENTITY;
        continue;
      }
      if (c === GT) {
        if (q - 2 >= p && d[q - 1] === RSQB && d[q - 2] === RSQB) this.malformed('"]]>" in character data', q);
      } else if (c === 0xef) {
        this.checkNonCharacter(q);
      } else if (c === CR) {
        flags |= HAS_CR;
      } else if (c !== LF && c !== TAB) {
        this.malformed('disallowed character', q);
      }
      q += 1;
    }
    this.pos = q;
    if (this.depth === 0) {
      for (let i = p; i < q; i += 1) {
        const c = d[i];
        if (c !== SPACE && c !== LF && c !== CR && c !== TAB) this.malformed('text outside the root element', i);
      }
      return false;
    }
    this.textStart = p;
    this.textEnd = q;
    this.textFlags = flags;
    return true;
  }

  private scanOpenTag(p: number): Token {
    const d = this.data;
    let q = this.scanName(p + 1, 'tag name');
    this.nameStart = p + 1;
    this.nameEnd = q;
    this.localStart = this.localOf(p + 1, q);
    this.attrCount = 0;
    for (;;) {
      const before = q;
      q = this.skipSpace(q);
      const c = d[q];
      if (c === GT) {
        this.selfClosing = false;
        q += 1;
        break;
      }
      if (c === SLASH) {
        if (d[q + 1] !== GT) this.malformed('"/" not followed by ">"', q);
        this.selfClosing = true;
        q += 2;
        break;
      }
      if (q >= this.end) this.malformed(`unclosed tag <${this.nameText()}`, q);
      if (q === before) this.malformed('no white space between attributes', q);
      q = this.scanAttribute(q);
    }
    if (this.attrCount > 1) this.checkDuplicates();
    this.pos = q;
    if (this.depth === 0) {
      if (this.rootSeen) this.malformed('more than one root element', p);
      this.rootSeen = true;
    }
    if (!this.selfClosing) this.push(this.nameStart, this.nameEnd);
    return OPEN;
  }

  private scanAttribute(p: number): number {
    const d = this.data;
    const nameEnd = this.scanName(p, 'attribute name');
    let q = this.skipSpace(nameEnd);
    if (d[q] !== EQUALS) this.malformed('attribute without a value', q);
    q = this.skipSpace(q + 1);
    const quote = d[q];
    if (quote !== QUOT && quote !== APOS) this.malformed('unquoted attribute value', q);
    const valueStart = q + 1;
    let flags = 0;
    q = valueStart;
    for (;;) {
      if (q >= this.end) this.malformed('unclosed attribute value', q);
      const c = d[q]!;
      if (VALUE_SPECIAL[c] === 0) {
        q += 1;
        continue;
      }
      if (c === quote) break;
      if (c === AMP) {
        q = this.checkReference(q);
        flags |= HAS_ENTITY;
        continue;
      }
      if (c === LT) this.malformed('"<" in an attribute value', q);
      if (c === 0xef) this.checkNonCharacter(q);
      else if (c === CR || c === LF || c === TAB) flags |= HAS_BREAK;
      else if (c < SPACE) this.malformed('disallowed character', q);
      q += 1;
    }
    this.pushAttribute(p, nameEnd, valueStart, q, flags);
    return q + 1;
  }

  private pushAttribute(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, flags: number): void {
    if (this.attrCount >= MAX_ATTRIBUTES) {
      fail('WORKBOOK_XML_LIMIT', this.file, { part: this.part, reason: 'attributes-per-element', limit: MAX_ATTRIBUTES, at: nameStart });
    }
    let k = this.attrCount * ATTR_FIELDS;
    if (k + ATTR_FIELDS > this.attrs.length) {
      const grown = new Int32Array(this.attrs.length * 2);
      grown.set(this.attrs);
      this.attrs = grown;
    }
    const a = this.attrs;
    a[k++] = nameStart;
    a[k++] = nameEnd;
    a[k++] = this.localOf(nameStart, nameEnd);
    a[k++] = valueStart;
    a[k++] = valueEnd;
    a[k] = flags;
    this.attrCount += 1;
  }

  private checkDuplicates(): void {
    const a = this.attrs;
    const d = this.data;
    if (this.attrCount > PAIRWISE_DUPLICATES) {
      const seen = new Set<string>();
      for (let k = 0; k < this.attrCount * ATTR_FIELDS; k += ATTR_FIELDS) {
        const name = d.toString('latin1', a[k]!, a[k + 1]!);
        if (seen.has(name)) this.malformed(`duplicate attribute ${name}`, a[k]!);
        seen.add(name);
      }
      return;
    }
    for (let i = 1; i < this.attrCount; i += 1) {
      const ki = i * ATTR_FIELDS;
      for (let kj = 0; kj < ki; kj += ATTR_FIELDS) {
        if (this.sameBytes(a[ki]!, a[ki + 1]!, a[kj]!, a[kj + 1]!)) {
          this.malformed(`duplicate attribute ${d.toString('utf8', a[ki]!, a[ki + 1]!)}`, a[ki]!);
        }
      }
    }
  }

  private scanCloseTag(p: number): Token {
    const d = this.data;
    const nameEnd = this.scanName(p + 2, 'closing tag name');
    const q = this.skipSpace(nameEnd);
    if (d[q] !== GT) this.malformed('closing tag not ended by ">"', q);
    if (this.depth === 0) this.malformed(`closing tag </${d.toString('utf8', p + 2, nameEnd)}> without an open tag`, p);
    const top = (this.depth - 1) * 2;
    if (!this.sameBytes(p + 2, nameEnd, this.stack[top]!, this.stack[top + 1]!)) {
      this.malformed(`</${d.toString('utf8', p + 2, nameEnd)}> closes <${this.stackName(this.depth - 1)}>`, p);
    }
    this.depth -= 1;
    this.nameStart = p + 2;
    this.nameEnd = nameEnd;
    this.localStart = this.localOf(p + 2, nameEnd);
    this.selfClosing = false;
    this.attrCount = 0;
    this.pos = q + 1;
    return CLOSE;
  }

  /** `<!--`, `<![CDATA[`, or a declaration. True when it was CDATA (a TEXT token). */
  private scanBang(p: number): boolean {
    const d = this.data;
    if (d[p + 2] === DASH && d[p + 3] === DASH) {
      this.pos = this.scanComment(p + 4);
      return false;
    }
    if (this.startsWith(p + 2, '[CDATA[')) {
      if (this.depth === 0) this.malformed('CDATA outside the root element', p);
      return this.scanCData(p + 9);
    }
    if (this.startsWithIgnoreCase(p + 2, 'DOCTYPE') || this.startsWithIgnoreCase(p + 2, 'ENTITY')) {
      fail('WORKBOOK_XML_ENTITY', this.file, { part: this.part });
    }
    return this.malformed('unknown "<!" markup', p);
  }

  private scanComment(from: number): number {
    const d = this.data;
    for (let q = from; q < this.end; q += 1) {
      const c = d[q]!;
      if (c === DASH && d[q + 1] === DASH) {
        if (d[q + 2] !== GT) this.malformed('"--" inside a comment', q);
        return q + 3;
      }
      this.checkChar(c, q);
    }
    return this.malformed('unclosed comment', from);
  }

  private scanCData(from: number): boolean {
    const d = this.data;
    let flags = 0;
    for (let q = from; q < this.end; q += 1) {
      const c = d[q]!;
      if (c === RSQB && d[q + 1] === RSQB && d[q + 2] === GT) {
        this.textStart = from;
        this.textEnd = q;
        this.textFlags = flags;
        this.pos = q + 3;
        return true;
      }
      if (c === CR) flags |= HAS_CR;
      else this.checkChar(c, q);
    }
    return this.malformed('unclosed CDATA section', from);
  }

  private scanProcessingInstruction(p: number): void {
    const d = this.data;
    const targetEnd = this.scanName(p + 2, 'processing instruction target');
    const declaration = targetEnd - (p + 2) === 3 && this.startsWithIgnoreCase(p + 2, 'xml');
    if (declaration && p !== this.start) this.malformed('XML declaration not at the start of the part', p);
    const after = d[targetEnd];
    if (after !== SPACE && after !== LF && after !== TAB && after !== CR && !(after === QUESTION && d[targetEnd + 1] === GT)) {
      this.malformed('processing instruction target not followed by white space', targetEnd);
    }
    for (let q = targetEnd; q < this.end; q += 1) {
      const c = d[q]!;
      if (c === QUESTION && d[q + 1] === GT) {
        if (declaration) this.checkDeclaration(p, targetEnd, q);
        this.pos = q + 2;
        return;
      }
      this.checkChar(c, q);
    }
    this.malformed('unclosed processing instruction', p);
  }

  /** `<?xml version="1.x" encoding="…" standalone="yes|no"?>`, in that order, nothing else. */
  private checkDeclaration(p: number, from: number, to: number): void {
    const ok = to - from <= MAX_DECLARATION && this.startsWith(p + 2, 'xml') &&
      XML_DECLARATION.test(this.data.toString('latin1', from, to));
    if (!ok) this.malformed('invalid XML declaration', p);
  }

  /** Checks the reference at `&` (`q`); returns the index after its `;`. */
  private checkReference(q: number): number {
    const d = this.data;
    const semi = d.indexOf(SEMI, q + 1);
    if (semi < 0 || semi === q + 1) this.malformed('"&" not starting a reference', q);
    if (d[q + 1] === HASH) {
      if (this.characterReference(q + 2, semi) < 0) this.malformed('invalid character reference', q);
    } else {
      const scanned = this.scanNameOrEnd(q + 1);
      if (scanned !== semi || !NAMED_ENTITIES.has(d.toString('latin1', q + 1, semi))) {
        this.malformed('undefined entity', q);
      }
    }
    return semi + 1;
  }

  /** The code point of `#…;` digits between `from` and `semi`, or -1 when it is no XML character. */
  private characterReference(from: number, semi: number): number {
    const d = this.data;
    const hex = d[from] === 0x78;
    let value = 0;
    let i = hex ? from + 1 : from;
    if (i === semi) return -1;
    for (; i < semi; i += 1) {
      const c = d[i]!;
      let digit: number;
      if (c >= 0x30 && c <= 0x39) digit = c - 0x30;
      else if (hex && c >= 0x61 && c <= 0x66) digit = c - 0x57;
      else if (hex && c >= 0x41 && c <= 0x46) digit = c - 0x37;
      else return -1;
      value = value * (hex ? 16 : 10) + digit;
      if (value > 0x10ffff) return -1;
    }
    return isXmlChar(value) ? value : -1;
  }

  /** The text of a checked reference whose name starts at `from` and ends at `semi`. */
  private entityText(from: number, semi: number): string {
    if (this.data[from] === HASH) return String.fromCodePoint(this.characterReference(from + 1, semi));
    return NAMED_ENTITIES.get(this.data.toString('latin1', from, semi)) ?? '';
  }

  private scanName(p: number, what: string): number {
    const d = this.data;
    if (p >= this.end || NAME_START[d[p]!] === 0) this.malformed(`invalid ${what}`, p);
    let q = p + 1;
    while (q < this.end && NAME_CHAR[d[q]!] === 1) q += 1;
    return q;
  }

  private scanNameOrEnd(p: number): number {
    const d = this.data;
    if (p >= this.end || NAME_START[d[p]!] === 0) return -1;
    let q = p + 1;
    while (q < this.end && NAME_CHAR[d[q]!] === 1) q += 1;
    return q;
  }

  /** Where the local part of the name `start…end` begins (after its last `:`). */
  private localOf(start: number, end: number): number {
    const d = this.data;
    for (let i = end - 1; i > start; i -= 1) if (d[i] === COLON) return i + 1;
    return start;
  }

  private skipSpace(p: number): number {
    const d = this.data;
    let q = p;
    for (;;) {
      const c = d[q];
      if (c !== SPACE && c !== LF && c !== TAB && c !== CR) return q;
      q += 1;
    }
  }

  private checkChar(c: number, q: number): void {
    if (c < SPACE && c !== TAB && c !== LF && c !== CR) this.malformed('disallowed character', q);
    if (c === 0xef) this.checkNonCharacter(q);
  }

  /** U+FFFE and U+FFFF (EF BF BE/BF) are not XML characters. */
  private checkNonCharacter(q: number): void {
    const d = this.data;
    if (d[q + 1] === 0xbf && (d[q + 2] === 0xbe || d[q + 2] === 0xbf)) this.malformed('disallowed character', q);
  }

  private push(start: number, end: number): void {
    const at = this.depth * 2;
    if (at + 2 > this.stack.length) {
      const grown = new Int32Array(this.stack.length * 2);
      grown.set(this.stack);
      this.stack = grown;
    }
    this.stack[at] = start;
    this.stack[at + 1] = end;
    this.depth += 1;
  }

  private stackName(level: number): string {
    return this.data.toString('utf8', this.stack[level * 2]!, this.stack[level * 2 + 1]!);
  }

  private nameText(): string {
    return this.data.toString('utf8', this.nameStart, this.nameEnd);
  }

  private sameBytes(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
    const length = aEnd - aStart;
    if (bEnd - bStart !== length) return false;
    const d = this.data;
    for (let i = 0; i < length; i += 1) if (d[aStart + i] !== d[bStart + i]) return false;
    return true;
  }

  private startsWith(p: number, ascii: string): boolean {
    for (let i = 0; i < ascii.length; i += 1) if (this.data[p + i] !== ascii.charCodeAt(i)) return false;
    return true;
  }

  private startsWithIgnoreCase(p: number, upper: string): boolean {
    for (let i = 0; i < upper.length; i += 1) {
      const c = this.data[p + i];
      if (c === undefined || (c & 0xdf) !== upper.toUpperCase().charCodeAt(i)) return false;
    }
    return true;
  }

  private malformed(reason: string, at: number): never {
    return fail('WORKBOOK_XML_MALFORMED', this.file, { part: this.part, reason, at });
  }
}

/** XML 1.0 `Char`: tab, LF, CR, and everything from space up except surrogates, U+FFFE and U+FFFF. */
function isXmlChar(c: number): boolean {
  if (c < SPACE) return c === TAB || c === LF || c === CR;
  return (c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** OOXML allows UTF-16 parts; Excel never writes them, but a byte order mark says so plainly. */
function transcodeUtf16(data: Buffer, part: string, file: string): Buffer {
  const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
  if (utf16 && data.length > MAX_UTF16_BYTES) {
    fail('WORKBOOK_XML_LIMIT', file, { part, reason: 'utf16-size', bytes: data.length, limit: MAX_UTF16_BYTES });
  }
  if (data[0] === 0xff && data[1] === 0xfe) return Buffer.from(data.toString('utf16le', 2), 'utf8');
  if (data[0] === 0xfe && data[1] === 0xff) {
    // swap16 needs an even length; a dangling last byte is no character anyway.
    const body = Buffer.from(data.subarray(2, data.length - (data.length % 2)));
    return Buffer.from(body.swap16().toString('utf16le'), 'utf8');
  }
  return data;
}
