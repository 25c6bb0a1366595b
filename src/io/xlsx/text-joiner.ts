/**
 * Joins the pieces of one text (a value, a formula, a defined name, a shared
 * string with many runs) as they come, into one byte buffer. Text split into
 * millions of pieces by empty comments (`1<!---->2<!---->…`) made one string
 * or record per piece (550–600 MB from a 3 MB file); here a piece costs a
 * copy of its bytes, and past `limit` UTF-16 units only its length is
 * counted, so a text costs at most about three times the limit in bytes.
 */
import type { XmlScanner } from './xml-scanner.js';

const INITIAL_BYTES = 256;

export class TextJoiner {
  /** UTF-16 length of everything appended, kept or not. */
  length = 0;
  private bytes = Buffer.allocUnsafe(INITIAL_BYTES);
  private used = 0;

  /** `limit`: UTF-16 units kept; past it, only `length` grows. */
  constructor(private readonly limit: number) {}

  reset(): void {
    this.length = 0;
    this.used = 0;
  }

  /** Whether more was appended than kept: the text is over the limit. */
  get overflowed(): boolean {
    return this.length > this.limit;
  }

  /** Appends checked bytes of the scanner's part (a text piece), decoded as `scanner.decode` would. */
  appendBytes(scanner: XmlScanner, start: number, end: number, flags: number): void {
    const pieceLength = scanner.decodedLength(start, end, flags);
    this.length += pieceLength;
    if (this.length > this.limit) return;
    if (flags !== 0) {
      this.appendString(scanner.decode(start, end, flags), false);
      return;
    }
    this.reserve(end - start);
    this.used += scanner.data.copy(this.bytes, this.used, start, end);
  }

  /** Appends a decoded string; `count` false when appendBytes already counted it. */
  appendString(text: string, count = true): void {
    if (count) {
      this.length += text.length;
      if (this.length > this.limit) return;
    }
    this.reserve(text.length * 3);
    this.used += this.bytes.write(text, this.used, 'utf8');
  }

  /** The joined text (empty past the limit: callers check `overflowed` first). */
  text(): string {
    return this.overflowed ? '' : this.bytes.toString('utf8', 0, this.used);
  }

  private reserve(more: number): void {
    if (this.used + more <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + more));
    this.bytes.copy(grown, 0, 0, this.used);
    this.bytes = grown;
  }
}
