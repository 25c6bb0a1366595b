/**
 * Issue 14's evidence on a temp copy of the sample workspace: `consolidate
 * --report-docx` writes out/bao-cao-2025.docx from the same consolidation as
 * its JSON; the .docx's XML has the decree's page, margins, font and a
 * top-centred page-number field; `report` alone gives the same bytes; and
 * LibreOffice's PDF of it (A4 pages) reads, through pdftotext, the heading
 * block, "BÁO CÁO", "Kính gửi", sections I–VI, the appendices, each
 * indicator's figures as the JSON has them, and every agency that did not
 * report, by name. The PDF part skips where LibreOffice or poppler is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_LIMITS } from '../../src/io/xlsx/read-limits.js';
import { readZipDirectory } from '../../src/io/xlsx/zip-directory.js';
import { extractEntry } from '../../src/io/xlsx/zip-entry.js';
import { convertWithLibreOffice, findSoffice } from '../helpers/libreoffice.js';
import { REPO_ROOT, runBuiltCli } from './run-cli.js';

const run = promisify(execFile);
const AS_OF = '2025-12-28';

interface JsonIndicator {
  name: string;
  values: Record<string, number | null>;
  /** Y−1 on Y's territory: the figure the change compares with (2024 across the merger: old Bắc Giang + old Bắc Ninh). */
  previousValue: number | null;
}
interface JsonAgency {
  name: string;
  expected: boolean;
  status: string;
}

let ws: string;
let docx: Buffer;
let json: { indicators: JsonIndicator[]; agencies: JsonAgency[] };

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'atvsld-report-'));
  await cp(join(REPO_ROOT, 'fixtures', 'demo'), ws, { recursive: true, filter: (src) => !src.includes(`${join('demo', 'out')}`) });
  const r = await runBuiltCli(['consolidate', '--workspace', ws, '--year', '2025', '--as-of', AS_OF, '--report-docx', '--format', 'json']);
  expect(r.code).toBe(1); // the demo has one form with an error
  json = JSON.parse(r.stdout) as typeof json;
  docx = await readFile(join(ws, 'out', 'bao-cao-2025.docx'));
}, 120_000);

afterAll(async () => {
  if (ws) await rm(ws, { recursive: true, force: true });
});

function part(name: string): string {
  const entries = readZipDirectory(docx, 'bao-cao-2025.docx', DEFAULT_LIMITS);
  const entry = entries.get(name.toLowerCase());
  if (!entry) throw new Error(`no ${name} in the .docx`);
  return extractEntry(docx, entry, 'bao-cao-2025.docx').toString('utf8');
}

/** `words` as a pattern that also matches with a page number (the top-centred header) between two of its words. */
function acrossPageBreaks(words: string): RegExp {
  return new RegExp(words.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(?: \\d{1,3})? '));
}

/** Counts print without decimals; a rate (any fractional year) with two — the rule the report states. */
function figure(values: Record<string, number | null>, year: string): string {
  const v = values[year];
  if (v === null || v === undefined) return 'chưa có số liệu';
  const decimals = Object.values(values).some((x) => x !== null && !Number.isInteger(x)) ? 2 : 0;
  const [whole, fraction] = v.toFixed(decimals).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${fraction ? `,${fraction}` : ''}`;
}

describe('the .docx', () => {
  it('is A4 portrait with margins 20/20/30/15 mm, then a landscape appendix section', () => {
    const xml = part('word/document.xml');
    const sizes = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]);
    expect(sizes[0]).toMatch(/w:w="11906" w:h="16838" w:orient="portrait"/);
    expect(sizes.at(-1)).toMatch(/w:w="16838" w:h="11906" w:orient="landscape"/);
    const margins = [...xml.matchAll(/<w:pgMar ([^>]*)\/>/g)].map((m) => m[1]);
    for (const m of margins) expect(m).toMatch(/w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('sets Times New Roman, body 14 pt justified with a 1.27 cm first-line indent and 6 pt after', () => {
    expect(part('word/styles.xml')).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/><w:sz w:val="28"\/>/);
    const xml = part('word/document.xml');
    const body = '<w:spacing w:after="120" w:before="0" w:line="288" w:lineRule="auto"/><w:ind w:firstLine="720"/><w:jc w:val="both"/>';
    expect(xml.includes(body)).toBe(true);
    expect(xml.includes('<w:sz w:val="28"/>')).toBe(true);
  });

  it('numbers pages in a centred PAGE field in the top margin, not on the title page', () => {
    const xml = part('word/document.xml');
    expect(xml.includes('<w:titlePg/>')).toBe(true);
    const headers = [...xml.matchAll(/<w:headerReference w:type="(default|first)" r:id="(rId\d+)"\/>/g)];
    expect(headers.map((h) => h[1])).toContain('default');
    const rels = part('word/_rels/document.xml.rels');
    const defaultId = headers.find((h) => h[1] === 'default')![2];
    const target = new RegExp(`Id="${defaultId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${defaultId}"`).exec(rels)?.[1];
    const header = part(`word/${target}`);
    expect(header).toMatch(/<w:jc w:val="center"\/>/);
    expect(header).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(/<w:pgMar [^>]*w:header="567"/.test(xml)).toBe(true);
  });

  it('is the same bytes when written again by `report`', async () => {
    const again = join(ws, 'out', 'again.docx');
    const r = await runBuiltCli(['report', '--workspace', ws, '--year', '2025', '--as-of', AS_OF, '--out', again]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Đã ghi dự thảo văn bản báo cáo:');
    expect((await readFile(again)).equals(docx)).toBe(true);
  }, 120_000);
});

const pdfTools = findSoffice() !== undefined && (await run('pdftotext', ['-v']).then(() => true, () => false));

describe.skipIf(!pdfTools)('the PDF LibreOffice makes of it', () => {
  let text: string;
  let pageSizes: string[];

  beforeAll(async () => {
    const [pdf] = await convertWithLibreOffice([join(ws, 'out', 'bao-cao-2025.docx')], 'pdf', join(ws, 'pdf'));
    text = (await run('pdftotext', ['-enc', 'UTF-8', pdf!, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout.replace(/\s+/g, ' ');
    const info = (await run('pdfinfo', ['-f', '1', '-l', '999', pdf!])).stdout;
    pageSizes = [...info.matchAll(/Page +\d+ size: +([\d.]+ x [\d.]+)/g)].map((m) => m[1]!);
  }, 240_000);

  it('has A4 pages only (portrait, then the landscape appendices)', () => {
    expect(pageSizes.length).toBeGreaterThan(3);
    for (const size of pageSizes) expect(['595.304 x 841.89', '841.89 x 595.304', '595.276 x 841.89', '841.89 x 595.276']).toContain(size);
    expect(pageSizes.at(-1)).toMatch(/^841/);
  });

  it('reads the heading block, the title, the recipient and the sections', () => {
    for (const s of [
      'UBND TỈNH BẮC NINH',
      'SỞ NỘI VỤ',
      'Số: …/BC-SNV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Bắc Ninh, ngày 28 tháng 12 năm 2025',
      'BÁO CÁO',
      'Kính gửi: Ủy ban nhân dân tỉnh Bắc Ninh.',
      'I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN VÀ BÁO CÁO',
      'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
      'III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      'IV. TỒN TẠI, HẠN CHẾ',
      'V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026',
      'VI. KIẾN NGHỊ, ĐỀ XUẤT',
      'Nơi nhận:',
      '- Lưu: VT, …',
      'KT. GIÁM ĐỐC',
      'Phụ lục I',
      'Phụ lục II',
      '(Kèm theo Báo cáo số …/BC-SNV ngày 28 tháng 12 năm 2025 của Sở Nội vụ)',
    ]) {
      expect(text, s).toContain(s);
    }
  });

  it("states each indicator's figures exactly as the JSON has them", () => {
    expect(json.indicators.length).toBe(3);
    for (const row of json.indicators) {
      const sentence = `${row.name} năm 2025: ${figure(row.values, '2025')}`;
      expect(text, sentence).toContain(sentence);
      // The year before on the same territory as 2025, the figure the printed change is computed from.
      const previous = figure({ ...row.values, previous: row.previousValue }, 'previous');
      expect(text).toMatch(acrossPageBreaks(`năm 2024 trên cùng địa bàn (tỉnh Bắc Giang và tỉnh Bắc Ninh (cũ)): ${previous}; thay đổi`));
    }
  });

  it('names every agency that did not report', () => {
    const missing = json.agencies.filter((a) => a.expected && a.status === 'missing');
    expect(missing.length).toBeGreaterThan(0);
    const sentence = /Còn (\d+) cơ quan, đơn vị chưa gửi báo cáo: ([^.]*)\./.exec(text);
    expect(Number(sentence?.[1])).toBe(missing.length);
    for (const a of missing) expect(sentence?.[2]).toContain(a.name);
  });
});

describe.skipIf(!pdfTools)('the consolidated workbook as LibreOffice prints it', () => {
  let pages: { text: string; smallest: number }[];

  beforeAll(async () => {
    const [pdf] = await convertWithLibreOffice([join(ws, 'out', 'bao-cao-tong-hop-2025.xlsx')], 'pdf', join(ws, 'pdf-xlsx'));
    const xml = (await run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf!, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
    pages = xml.split('<page ').slice(1).map((page) => {
      let smallest = Infinity;
      const words: string[] = [];
      for (const m of page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        words.push(m[3]!);
        // A lone letter is a piece of a rotated header, measured across its width.
        if ([...m[3]!].length > 1) smallest = Math.min(smallest, Number(m[2]) - Number(m[1]));
      }
      return { text: words.join(' '), smallest };
    });
  }, 240_000);

  it('prints no technical sheet (files with fingerprints, diagnostics with cells)', () => {
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pages) {
      expect(p.text).not.toContain('DANH SÁCH TỆP');
      expect(p.text).not.toContain('CÁC VẤN ĐỀ PHÁT HIỆN');
      expect(p.text).not.toMatch(/\b[0-9a-f]{12,}\b/);
    }
  });

  it('prints the task matrix (122 agencies down, 13 tasks across) on a few pages, its header repeated on each', () => {
    const first = pages.findIndex((p) => p.text.includes('TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2025'));
    const next = pages.findIndex((p) => p.text.includes('CHI TIẾT KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025'));
    expect(first).toBeGreaterThan(0);
    const matrix = pages.slice(first, next);
    expect(matrix.length).toBeGreaterThanOrEqual(2);
    expect(matrix.length).toBeLessThanOrEqual(8);
    for (const p of matrix.slice(1)) expect(p.text).toMatch(/^TT Cơ quan, đơn vị /);
    expect(matrix.map((p) => p.text).join(' ')).toContain('UBND các xã, phường');
  });

  it('prints no text under 8 pt (a word box under 9.2 pt tall: DejaVu, the fallback font, is 1.16 em tall)', () => {
    const small = pages.map((p, i) => ({ page: i + 1, smallest: p.smallest })).filter((p) => p.smallest < 9.2);
    expect(small).toEqual([]);
  });
});

describe('the consolidated workbook of the same run', () => {
  it('draws each indicator as a native line chart on the indicators sheet (DrawingML), with the target path', async () => {
    const xlsx = await readFile(join(ws, 'out', 'bao-cao-tong-hop-2025.xlsx'));
    const entries = readZipDirectory(xlsx, 'a.xlsx', DEFAULT_LIMITS);
    const read = (name: string): string => extractEntry(xlsx, entries.get(name.toLowerCase())!, 'a.xlsx').toString('utf8');
    const workbook = read('xl/workbook.xml');
    const index = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex((m) => m[1] === 'Chỉ tiêu');
    expect(read(`xl/worksheets/sheet${index + 1}.xml`)).toContain('<drawing r:id="rId1"/>');
    expect(read(`xl/worksheets/_rels/sheet${index + 1}.xml.rels`)).toContain('../drawings/drawing1.xml');
    const charts = [...entries.keys()].filter((k) => k.startsWith('xl/charts/chart'));
    expect(charts.length).toBe(json.indicators.length);
    const first = read('xl/charts/chart1.xml');
    expect(first).toContain(`<a:t>${json.indicators[0]!.name}`);
    expect(first).toContain('<c:v>Thực hiện</c:v>');
    expect(first).toContain('Lộ trình mục tiêu');
    expect(first).toContain(`<c:v>${json.indicators[0]!.values['2025']}</c:v>`);
    expect(read('[Content_Types].xml')).toContain('/xl/charts/chart1.xml');
  });
});
