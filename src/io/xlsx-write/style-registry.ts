/**
 * styles.xml for the workbooks we stream ourselves: every distinct cell
 * style gets one cellXfs entry, its font, fill, border and number format one
 * entry each, rendered as exceljs renders them (same elements, same defaults:
 * font 0 is Calibri 11, fills 0 and 1 are "none" and "gray125"), so a cell
 * reads back with the very style exceljs wrote before. A style object seen
 * before is known by identity: the cells of a table share a few frozen ones.
 */
import type { Alignment, Borders, Color, Fill, Font, Style } from 'exceljs';
import { xmlText } from './xml-text.js';
import { pushAll } from '../../core/collections/push-all.js';

/** Excel's built-in number formats (those exceljs writes by id instead of as a custom format). */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '# ?/?': 12, '# ??/??': 13,
  'mm-dd-yy': 14, 'd-mmm-yy': 15, 'd-mmm': 16, 'mmm-yy': 17, 'h:mm AM/PM': 18, 'h:mm:ss AM/PM': 19, 'h:mm': 20, 'h:mm:ss': 21,
  'm/d/yy "h":mm': 22, '#,##0 ;(#,##0)': 37, '#,##0 ;[Red](#,##0)': 38, '#,##0.00 ;(#,##0.00)': 39, '#,##0.00 ;[Red](#,##0.00)': 40,
  'mm:ss': 45, '[h]:mm:ss': 46, 'mmss.0': 47, '##0.0E+0': 48, '@': 49,
};
const FIRST_CUSTOM_FORMAT = 164;
const DATE_FORMAT_ID = 14;

const DEFAULT_FONT: Partial<Font> = { size: 11, color: { theme: 1 } as Partial<Color> as Color, name: 'Calibri', family: 2, scheme: 'minor' };

/** One list of distinct XML snippets, each with its index; objects seen before are known by identity. */
class Pool<T extends object> {
  private readonly byXml = new Map<string, number>();
  private readonly byObject = new WeakMap<T, number>();
  readonly xml: string[] = [];

  constructor(private readonly render: (value: T) => string) {}

  id(value: T): number {
    let id = this.byObject.get(value);
    if (id === undefined) {
      id = this.idOfXml(this.render(value));
      this.byObject.set(value, id);
    }
    return id;
  }

  idOfXml(xml: string): number {
    let id = this.byXml.get(xml);
    if (id === undefined) {
      id = this.xml.length;
      this.xml.push(xml);
      this.byXml.set(xml, id);
    }
    return id;
  }
}

export class StyleRegistry {
  private readonly formats = new Map<string, number>();
  private readonly formatXml: string[] = [];
  private readonly fonts = new Pool<Partial<Font>>(fontXml);
  private readonly fills = new Pool<Fill>(fillXml);
  private readonly borders = new Pool<Partial<Borders>>(borderXml);
  private readonly alignments = new WeakMap<object, string>();
  private readonly xfs = new Pool<object>(() => '');
  private readonly styleIds = new WeakMap<object, number>();

  constructor() {
    this.fonts.id(DEFAULT_FONT);
    this.fills.id({ type: 'pattern', pattern: 'none' });
    this.fills.id({ type: 'pattern', pattern: 'gray125' });
    this.borders.id({});
    this.xfs.idOfXml('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  /**
   * The cellXfs index of a cell's style (0: no style). As in exceljs, a cell
   * without a number format gets Excel's default date format when it holds a date.
   */
  idOf(style: Partial<Style> | undefined, isDate: boolean): number {
    if (!style) return 0;
    const byDefault = isDate && !style.numFmt;
    if (!byDefault) {
      const known = this.styleIds.get(style);
      if (known !== undefined) return known;
    }
    const id = this.xfs.idOfXml(this.xfXml(style, byDefault));
    if (!byDefault) this.styleIds.set(style, id);
    return id;
  }

  toXml(): string {
    const parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'];
    parts.push(
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">',
    );
    if (this.formatXml.length > 0) pushAll(parts, [`<numFmts count="${this.formatXml.length}">`, ...this.formatXml, '</numFmts>']);
    pushAll(parts, [`<fonts count="${this.fonts.xml.length}" x14ac:knownFonts="1">`, ...this.fonts.xml, '</fonts>']);
    pushAll(parts, [`<fills count="${this.fills.xml.length}">`, ...this.fills.xml, '</fills>']);
    pushAll(parts, [`<borders count="${this.borders.xml.length}">`, ...this.borders.xml, '</borders>']);
    parts.push('<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>');
    pushAll(parts, [`<cellXfs count="${this.xfs.xml.length}">`, ...this.xfs.xml, '</cellXfs>']);
    parts.push(
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
      '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext><ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst>',
      '</styleSheet>',
    );
    return parts.join('');
  }

  private xfXml(style: Partial<Style> & { quotePrefix?: boolean }, dateByDefault: boolean): string {
    if (style.protection) throw new Error('xlsx-write: cell protection is not supported');
    const numFmtId = style.numFmt ? this.formatId(style.numFmt) : dateByDefault ? DATE_FORMAT_ID : 0;
    const fontId = style.font ? this.fonts.id(style.font) : 0;
    const fillId = style.fill ? this.fills.id(style.fill) : 0;
    const borderId = style.border ? this.borders.id(style.border) : 0;
    let xml = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (style.quotePrefix) xml += ' quotePrefix="1"';
    if (numFmtId) xml += ' applyNumberFormat="1"';
    if (fontId) xml += ' applyFont="1"';
    if (fillId) xml += ' applyFill="1"';
    if (borderId) xml += ' applyBorder="1"';
    if (!style.alignment) return `${xml}/>`;
    const alignment = this.alignmentXml(style.alignment);
    return alignment ? `${xml} applyAlignment="1">${alignment}</xf>` : `${xml} applyAlignment="1"/>`;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formatXml.length;
      this.formats.set(code, id);
      this.formatXml.push(`<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    }
    return id;
  }

  private alignmentXml(alignment: Partial<Alignment>): string {
    let xml = this.alignments.get(alignment);
    if (xml === undefined) {
      xml = renderAlignment(alignment);
      this.alignments.set(alignment, xml);
    }
    return xml;
  }
}

const HORIZONTAL = new Set(['left', 'center', 'right', 'fill', 'centerContinuous', 'distributed', 'justify']);
const VERTICAL = new Set(['top', 'middle', 'bottom', 'distributed', 'justify']);

/** `<alignment …/>`, or '' when nothing in it is valid (exceljs then writes none). */
function renderAlignment(a: Partial<Alignment>): string {
  const attrs: string[] = [];
  const known = new Set(['horizontal', 'vertical', 'wrapText', 'textRotation']);
  for (const [key, value] of Object.entries(a)) {
    if (!known.has(key) && value !== undefined) throw new Error(`xlsx-write: alignment ${key} is not supported`);
  }
  if (a.horizontal && HORIZONTAL.has(a.horizontal)) attrs.push(`horizontal="${a.horizontal}"`);
  if (a.vertical && VERTICAL.has(a.vertical)) attrs.push(`vertical="${a.vertical === 'middle' ? 'center' : a.vertical}"`);
  if (a.wrapText) attrs.push('wrapText="1"');
  const rotation = textRotation(a.textRotation);
  if (rotation) attrs.push(`textRotation="${rotation}"`);
  return attrs.length > 0 ? `<alignment ${attrs.join(' ')}/>` : '';
}

function textRotation(value: Alignment['textRotation'] | undefined): number | undefined {
  if (value === 'vertical') return 255;
  if (value === undefined) return undefined;
  const degrees = Math.round(Number.parseInt(String(value), 10));
  if (Number.isNaN(degrees) || degrees < -90 || degrees > 90) return undefined;
  return degrees >= 0 ? degrees : 90 - degrees;
}

const FONT_KEYS = new Set(['bold', 'italic', 'underline', 'color', 'family', 'scheme', 'size', 'name']);

function fontXml(font: Partial<Font>): string {
  for (const [key, value] of Object.entries(font)) {
    if (!FONT_KEYS.has(key) && value !== undefined && value !== false) throw new Error(`xlsx-write: font ${key} is not supported`);
  }
  let xml = '<font>';
  if (font.bold) xml += '<b/>';
  if (font.italic) xml += '<i/>';
  if (font.underline === true || font.underline === 'single') xml += '<u/>';
  else if (font.underline && font.underline !== 'none') xml += `<u val="${font.underline}"/>`;
  if (font.color) xml += colorXml('color', font.color);
  if (font.family !== undefined) xml += `<family val="${font.family}"/>`;
  if (font.scheme) xml += `<scheme val="${font.scheme}"/>`;
  if (font.size !== undefined) xml += `<sz val="${font.size}"/>`;
  if (font.name !== undefined) xml += `<name val="${xmlText(font.name)}"/>`;
  return `${xml}</font>`;
}

function colorXml(tag: string, color: Partial<Color> & { indexed?: number; tint?: number }): string {
  if (color.argb) return `<${tag} rgb="${color.argb}"/>`;
  if (color.theme !== undefined) return `<${tag} theme="${color.theme}"${color.tint !== undefined ? ` tint="${color.tint}"` : ''}/>`;
  if (color.indexed !== undefined) return `<${tag} indexed="${color.indexed}"/>`;
  return `<${tag} auto="1"/>`;
}

function fillXml(fill: Fill): string {
  if (fill.type !== 'pattern') throw new Error(`xlsx-write: ${fill.type} fills are not supported`);
  const colors = (fill.fgColor ? colorXml('fgColor', fill.fgColor) : '') + (fill.bgColor ? colorXml('bgColor', fill.bgColor) : '');
  return colors
    ? `<fill><patternFill patternType="${fill.pattern}">${colors}</patternFill></fill>`
    : `<fill><patternFill patternType="${fill.pattern}"/></fill>`;
}

function borderXml(border: Partial<Borders>): string {
  if (border.diagonal?.style) throw new Error('xlsx-write: diagonal borders are not supported');
  const edge = (tag: string, e: Partial<Borders['top']> | undefined): string => {
    if (!e?.style) return `<${tag}/>`;
    const color = e.color ?? (border as { color?: Partial<Color> }).color;
    return color ? `<${tag} style="${e.style}">${colorXml('color', color)}</${tag}>` : `<${tag} style="${e.style}"/>`;
  };
  return `<border>${edge('left', border.left)}${edge('right', border.right)}${edge('top', border.top)}${edge('bottom', border.bottom)}${edge('diagonal', border.diagonal)}</border>`;
}
