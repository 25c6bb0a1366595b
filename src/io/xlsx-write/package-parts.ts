/**
 * The small fixed parts of an .xlsx package — content types, relationships,
 * document properties, workbook.xml — as exceljs's streaming writer wrote
 * them, so that a report reads back with the same properties, views and
 * print titles as before.
 */
import { createRequire } from 'node:module';
import type { WorkbookView } from 'exceljs';
import { xmlText } from './xml-text.js';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface PackageSheet {
  readonly name: string;
  /** "5:5": rows repeated on every printed page. */
  readonly printTitlesRow?: string | undefined;
  /** "A:B": columns repeated on every printed page. */
  readonly printTitlesColumn?: string | undefined;
  /** A hidden sheet is neither shown nor printed. */
  readonly state?: 'visible' | 'hidden';
}

export interface PackageProperties {
  readonly creator: string;
  readonly lastModifiedBy: string;
  readonly created: Date;
  readonly modified: Date;
  readonly title: string;
  readonly subject: string;
  readonly views: readonly WorkbookView[];
}

export const sheetPath = (index: number): string => `xl/worksheets/sheet${index + 1}.xml`;

/** Office's default theme, the one exceljs writes: fonts and colours given by theme number resolve against it. */
export function themeXml(): string {
  return createRequire(import.meta.url)('exceljs/lib/xlsx/xml/theme1.js') as string;
}

export function contentTypesXml(sheets: readonly PackageSheet[], drawings = 0, charts = 0): string {
  const part = (name: string, type: string): string => `<Override PartName="/${name}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    part('xl/workbook.xml', 'spreadsheetml.sheet.main+xml') +
    sheets.map((_s, i) => part(sheetPath(i), 'spreadsheetml.worksheet+xml')).join('') +
    part('xl/theme/theme1.xml', 'theme+xml') +
    part('xl/styles.xml', 'spreadsheetml.styles+xml') +
    part('xl/sharedStrings.xml', 'spreadsheetml.sharedStrings+xml') +
    Array.from({ length: drawings }, (_v, i) => part(`xl/drawings/drawing${i + 1}.xml`, 'drawing+xml')).join('') +
    Array.from({ length: charts }, (_v, i) => part(`xl/charts/chart${i + 1}.xml`, 'drawingml.chart+xml')).join('') +
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    part('docProps/app.xml', 'extended-properties+xml') +
    '</Types>'
  );
}

export function rootRelsXml(): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
    '</Relationships>'
  );
}

export function workbookRelsXml(sheets: readonly PackageSheet[]): string {
  const rel = (id: number, type: string, target: string): string =>
    `<Relationship Id="rId${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  return (
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rel(1, 'styles', 'styles.xml') +
    rel(2, 'theme', 'theme/theme1.xml') +
    rel(3, 'sharedStrings', 'sharedStrings.xml') +
    sheets.map((_s, i) => rel(4 + i, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('') +
    '</Relationships>'
  );
}

export function appXml(sheets: readonly PackageSheet[]): string {
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets.map((s) => `<vt:lpstr>${xmlText(s.name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
  );
}

export function coreXml(p: PackageProperties): string {
  const date = (d: Date): string => d.toISOString().replace(/[.]\d{3}/, '');
  const text = (tag: string, value: string): string => (value ? `<${tag}>${xmlText(value)}</${tag}>` : '');
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    text('dc:creator', p.creator) +
    text('dc:title', p.title) +
    text('dc:subject', p.subject) +
    text('cp:lastModifiedBy', p.lastModifiedBy) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date(p.created)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date(p.modified)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function workbookXml(sheets: readonly PackageSheet[], views: readonly WorkbookView[]): string {
  const bookViews = views
    .map((v) => {
      const hidden = v.visibility && v.visibility !== 'visible' ? ` visibility="${xmlText(v.visibility)}"` : '';
      const first = v.firstSheet !== undefined ? ` firstSheet="${v.firstSheet}"` : '';
      const active = v.activeTab !== undefined ? ` activeTab="${v.activeTab}"` : '';
      return `<workbookView xWindow="${v.x || 0}" yWindow="${v.y || 0}" windowWidth="${v.width || 12000}" windowHeight="${v.height || 24000}"${first}${active}${hidden}/>`;
    })
    .join('');
  const titles = sheets
    .map((s, i) => {
      const ranges: string[] = [];
      if (s.printTitlesColumn) {
        const [from, to] = s.printTitlesColumn.split(':');
        ranges.push(`'${s.name}'!$${from}:$${to}`);
      }
      if (s.printTitlesRow) {
        const [from, to] = s.printTitlesRow.split(':');
        ranges.push(`'${s.name}'!$${from}:$${to}`);
      }
      return ranges.length > 0 ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(ranges.join(','))}</definedName>` : '';
    })
    .join('');
  return (
    `${XML_DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">` +
    '<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>' +
    `<bookViews>${bookViews}</bookViews>` +
    `<sheets>${sheets.map((s, i) => `<sheet sheetId="${i + 1}" name="${xmlText(s.name)}" state="${s.state ?? 'visible'}" r:id="rId${4 + i}"/>`).join('')}</sheets>` +
    (titles ? `<definedNames>${titles}</definedNames>` : '') +
    '<calcPr calcId="171027"/></workbook>'
  );
}
