import { describe, expect, it } from 'vitest';
import { Deadline } from '../../../src/io/xlsx/deadline.js';
import { ReadFailure } from '../../../src/io/xlsx/read-failure.js';
import { CLOSE, END, MAX_ATTRIBUTES, MAX_UTF16_BYTES, OPEN, XmlScanner } from '../../../src/io/xlsx/xml-scanner.js';

const scanner = (xml: string | Buffer, budgetMs = 10_000): XmlScanner =>
  new XmlScanner(typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml, 'xl/p.xml', 'f.xlsx', new Deadline(budgetMs, 'f.xlsx'));

/** Every token as text: `<name a="v">`, `<name/>`, `</name>`, or the decoded text in quotes. */
function tokens(xml: string | Buffer): string[] {
  const s = scanner(xml);
  const out: string[] = [];
  for (let token = s.next(); token !== END; token = s.next()) {
    if (token === OPEN) {
      const attrs = Array.from({ length: s.attrCount }, (_, i) => ` ${s.attrName(i)}=${JSON.stringify(s.attrValue(i))}`).join('');
      out.push(`<${s.localName()}${attrs}${s.selfClosing ? '/' : ''}>`);
    } else if (token === CLOSE) {
      out.push(`</${s.localName()}>`);
    } else {
      out.push(JSON.stringify(s.text()));
    }
  }
  return out;
}

/** The diagnostic a part fails with: [code, part, reason]. */
function failure(xml: string | Buffer, budgetMs?: number): [string, unknown, string] {
  try {
    const s = scanner(xml, budgetMs);
    while (s.next() !== END);
  } catch (error) {
    if (!(error instanceof ReadFailure)) throw error;
    const { code, args } = error.diagnostic;
    return [code, args.part, `${String(args.reason ?? '')} at byte ${String(args.at)}`];
  }
  throw new Error('no failure');
}

describe('XmlScanner: what it reads', () => {
  it('decodes the five entities and character references in text and attributes', () => {
    expect(tokens('<a b="&lt;&amp;&gt;&quot;&apos;&#65;&#x42;">&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&#x1F600;&#0000072;</a>')).toEqual([
      '<a b="<&>\\"\'AB">',
      JSON.stringify('&<>"\'AB😀H'),
      '</a>',
    ]);
  });

  it('reads CDATA as it is, and skips comments and processing instructions', () => {
    expect(tokens('<?xml version="1.0"?><!-- c --><a>1<!-- x -->2<?pi data?>3<![CDATA[<x>&amp;]]></a><!-- after --><?end?>')).toEqual([
      '<a>', '"1"', '"2"', '"3"', JSON.stringify('<x>&amp;'), '</a>',
    ]);
  });

  it('drops namespace prefixes from local names and finds prefixed attributes', () => {
    const s = scanner('<x:a xmlns:x="u"><x:b r:id="rId5" id="plain"/></x:a>');
    expect(s.next()).toBe(OPEN);
    expect([s.localName(), s.isLocal('a'), s.isLocal('x:a')]).toEqual(['a', true, false]);
    expect(s.next()).toBe(OPEN);
    expect([s.localName(), s.selfClosing, s.prefixedAttr('id'), s.attr('id'), s.attr('r:id')]).toEqual(['b', true, 'rId5', 'plain', 'rId5']);
    expect(s.next()).toBe(CLOSE);
    expect(s.next()).toBe(END);
  });

  it('takes single and double quotes and white space around "=" and before ">"', () => {
    expect(tokens(`<a\n  b = '1' c="it's"\td='say "hi"'\r\n/>`)).toEqual([`<a b="1" c="it's" d=${JSON.stringify('say "hi"')}/>`]);
    expect(tokens('<a ></a >')).toEqual(['<a>', '</a>']);
    expect(tokens(`<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<?mso-application progid="Excel.Sheet"?><a/>`)).toEqual(['<a/>']);
  });

  it('normalises line breaks: CR LF and CR in text become LF, breaks and tabs in attributes spaces', () => {
    expect(tokens('<a b="1\n\t2\r\n3&#10;4">x\r\ny\rz&#13;</a>')).toEqual([
      `<a b=${JSON.stringify('1  2 3\n4')}>`,
      JSON.stringify('x\ny\nz\r'),
      '</a>',
    ]);
  });

  it('reads UTF-8 with or without a byte order mark, and UTF-16 parts that say so', () => {
    const xml = '<?xml version="1.0"?><a t="Hoà">Báo cáo 😀</a>';
    const expected = ['<a t="Hoà">', '"Báo cáo 😀"', '</a>'];
    expect(tokens(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml)]))).toEqual(expected);
    expect(tokens(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]))).toEqual(expected);
    expect(tokens(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(xml, 'utf16le').swap16()]))).toEqual(expected);
  });

  it('measures decoded text without decoding it', () => {
    const text = `${'Hoà'.normalize('NFD')} 😀 &amp; &#x1F600; a\r\nb`;
    const s = scanner(`<a>${text}</a>`);
    s.next();
    s.next();
    expect(s.textLength()).toBe(s.text().length);
    expect(s.text()).toBe(`${'Hoà'.normalize('NFD')} 😀 & 😀 a\nb`);
  });
});

describe('XmlScanner: what it refuses', () => {
  it.each([
    ['<a><b></a>', 'closes <b>'],
    ['<a></b>', 'closes <a>'],
    ['<x:a></y:a>', 'closes <x:a>'],
    ['<a><b>', 'unclosed tag <b>'],
    ['<a', 'unclosed tag <a'],
    ['</a>', 'without an open tag'],
    ['', 'root element'],
    ['   ', 'root element'],
    ['<a/><b/>', 'more than one root'],
    ['x<a/>', 'outside the root'],
    ['<a/>x', 'outside the root'],
    ['<a b=c/>', 'unquoted'],
    ['<a b/>', 'without a value'],
    ['<a b="1"c="2"/>', 'no white space'],
    ['<a b="1" b="2"/>', 'duplicate attribute b'],
    ['<a b="1/>', 'unclosed attribute value'],
    ['<a x="<"/>', '"<" in an attribute value'],
    ['<a / >', '"/" not followed by ">"'],
    ['<1a/>', 'invalid tag name'],
    ['<a 1="x"/>', 'invalid attribute name'],
    ['<a>&foo;</a>', 'undefined entity'],
    ['<a>&amp</a>', 'reference'],
    ['<a>& b;</a>', 'undefined entity'],
    ['<a>&;</a>', 'reference'],
    ['<a b="&nbsp;"/>', 'undefined entity'],
    ['<a>&#0;</a>', 'invalid character reference'],
    ['<a>&#xD800;</a>', 'invalid character reference'],
    ['<a>&#x110000;</a>', 'invalid character reference'],
    ['<a>&#x;</a>', 'invalid character reference'],
    ['<a>&#12a;</a>', 'invalid character reference'],
    ['<a>x\u0001</a>', 'disallowed character'],
    ['<a b="\u0000"/>', 'disallowed character'],
    ['<a>\uFFFE</a>', 'disallowed character'],
    ['<a>]]></a>', '"]]>"'],
    ['<a><!-- a -- b --></a>', '"--" inside a comment'],
    ['<a><!-- never ends</a>', 'unclosed comment'],
    ['<a><![CDATA[x</a>', 'unclosed CDATA'],
    ['<![CDATA[x]]><a/>', 'CDATA outside the root'],
    ['<a><?pi never ends</a>', 'unclosed processing instruction'],
    ['<a/><?xml version="1.0"?>', 'XML declaration not at the start'],
    ['<?xml vrsion="1.0"?><a/>', 'invalid XML declaration'],
    ['<?xml version="1.\'0"?><a/>', 'invalid XML declaration'],
    ['<?xml version="1.0" standalone="yes" encoding="UTF-8"?><a/>', 'invalid XML declaration'],
    ['<?xml version<!DOCTYPE x>="1.0"?><a/>', 'invalid XML declaration'],
    ['<?x&ml version="1.0"?><a/>', 'target not followed by white space'],
    ['<a><!ELEMENT a ANY></a>', 'unknown "<!" markup'],
    [Buffer.from([0x00, 0x01, 0x02, 0xff]), 'disallowed character'],
    // UTF-16 without a byte order mark is read as UTF-8: its NUL bytes are no name.
    [Buffer.from('<a>x</a>', 'utf16le'), 'invalid tag name'],
  ])('%j → WORKBOOK_XML_MALFORMED (%s)', (xml, reason) => {
    const [code, part, why] = failure(xml);
    expect([code, part]).toEqual(['WORKBOOK_XML_MALFORMED', 'xl/p.xml']);
    expect(why).toContain(reason);
    expect(why).toMatch(/at byte \d+$/);
  });

  it.each([
    '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
    '<?xml version="1.0"?>\n<!doctype a><a/>',
    '<a><!DOCTYPE a></a>',
    '<a/><!DOCTYPE a>',
    '<a><!ENTITY x "y"></a>',
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>',
  ])('%j → WORKBOOK_XML_ENTITY, before anything is expanded', (xml) => {
    expect(failure(xml).slice(0, 2)).toEqual(['WORKBOOK_XML_ENTITY', 'xl/p.xml']);
  });

  it('checks the deadline while scanning a long part', () => {
    const xml = `<a>${'<b/>'.repeat(50_000)}</a>`;
    expect(failure(xml, -1)[0]).toBe('WORKBOOK_TIMEOUT');
  });

  it('a tag with many attributes still finds a duplicate', () => {
    const attrs = Array.from({ length: MAX_ATTRIBUTES - 1 }, (_, i) => `a${i}="${i}"`).join(' ');
    expect(tokens(`<x ${attrs}/>`)).toHaveLength(1);
    expect(failure(`<x ${attrs} a7="again"/>`)[2]).toContain('duplicate attribute a7');
  });

  it(`refuses an element with more than ${MAX_ATTRIBUTES} attributes (WORKBOOK_XML_LIMIT), at the first one past`, () => {
    const attrs = Array.from({ length: 20_000 }, (_, i) => `a${i}="${i}"`).join(' ');
    const [code, part, detail] = failure(`<x ${attrs}/>`);
    expect([code, part]).toEqual(['WORKBOOK_XML_LIMIT', 'xl/p.xml']);
    expect(detail).toBe(`attributes-per-element at byte ${'<x '.length + attrs.indexOf(`a${MAX_ATTRIBUTES}=`)}`);
  });

  it(`refuses a UTF-16 part over ${MAX_UTF16_BYTES} bytes before transcoding it; a smaller one is read`, () => {
    const utf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(tokens(utf16('<a>Báo cáo</a>'))).toEqual(['<a>', '"Báo cáo"', '</a>']);
    const big = utf16(`<a>${'x'.repeat(MAX_UTF16_BYTES / 2)}</a>`);
    expect(failure(big)[0]).toBe('WORKBOOK_XML_LIMIT');
  });
});
