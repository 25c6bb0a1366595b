import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.js';
import type { CheckedFile, Submission } from '../../src/core/submission/submission.js';
import { escapeData, escapeProperty, renderValidationGithub } from '../../src/render/validation-github.js';
import { renderValidationJson } from '../../src/render/validation-json.js';
import { renderValidationJunit } from '../../src/render/validation-junit.js';
import { renderValidationMarkdown } from '../../src/render/validation-markdown.js';
import { renderValidationText } from '../../src/render/validation-text.js';
import { VALIDATION_FORMATS, VALIDATION_FORMAT_NAMES, isValidationFormat } from '../../src/render/validation-formats.js';

const at = (sheet: string, cell: string) => ({ file: 'f', sheet, cell });

const submission = (file: string): Submission => ({
  file, sha256: 'a'.repeat(64), meta: {}, agency: 'so-y-te', year: 2025, cover: { origins: {} }, tasks: [], indicators: [],
});

const D: Record<string, Diagnostic> = {
  status: { code: 'STATUS_MISSING', severity: 'error', args: { task: '3.8' }, location: at('Nhiệm vụ', 'D12'), agency: 'so-y-te', task: '3.8' },
  count: { code: 'COUNT_NOT_A_NUMBER', severity: 'error', args: { column: 'Số văn bản', value: 'a<b & "c"' }, location: at('Nhiệm vụ', 'F5'), task: '1.1' },
  text: { code: 'COUNT_TEXT_NUMBER', severity: 'warning', args: { column: 'Số lượt', value: '1.234', number: '1.234' }, location: at('Nhiệm vụ', 'H5'), task: '1.1' },
  meta: { code: 'FORM_META_MISSING', severity: 'info', args: {}, location: { file: 'f' } },
  missing: { code: 'WORKBOOK_NOT_FOUND', severity: 'error', args: {}, location: { file: 'khong-co.xlsx' } },
};

const FILES: CheckedFile[] = [
  { file: 'nop/bao-cao-atvsld-2025-so-y-te.xlsx', sha256: 'a'.repeat(64), submission: submission('x'), diagnostics: [D.meta!, D.count!, D.text!, D.status!] },
  { file: 'khong-co.xlsx', diagnostics: [D.missing!] },
  { file: 'sach.xlsx', sha256: 'b'.repeat(64), submission: { ...submission('sach.xlsx'), agency: undefined, year: 2025 }, diagnostics: [] },
];

describe('renderValidationText', () => {
  it('groups by file, one line per diagnostic, counts last', () => {
    expect(renderValidationText(FILES, { lang: 'vi', color: false })).toBe(
      [
        'nop/bao-cao-atvsld-2025-so-y-te.xlsx  (so-y-te, 2025)',
        '  FORM_META_MISSING  ghi chú: Không có trang ẩn "_atvsld"; biểu mẫu được nhận ra nhờ tên trang và tiêu đề cột.',
        '  Nhiệm vụ!F5  COUNT_NOT_A_NUMBER  lỗi: Số văn bản: "a<b & "c"" không phải là số.',
        '  Nhiệm vụ!H5  COUNT_TEXT_NUMBER  cảnh báo: Số lượt: số được nhập dạng chữ "1.234"; đã đọc là 1.234.',
        '  Nhiệm vụ!D12  STATUS_MISSING  lỗi: Chưa chọn tình trạng cho nhiệm vụ 3.8 mà cơ quan chủ trì.',
        'khong-co.xlsx',
        '  WORKBOOK_NOT_FOUND  lỗi: Không tìm thấy tệp.',
        'sach.xlsx  (2025)',
        '  ✓ không có vấn đề',
        '3 tệp, 3 lỗi, 1 cảnh báo',
        '',
      ].join('\n'),
    );
  });

  it('speaks English with --lang en and paints only when asked', () => {
    const en = renderValidationText(FILES, { lang: 'en', color: false });
    expect(en.trimEnd().split('\n').at(-1)).toBe('3 files, 3 errors, 1 warning');
    expect(en).toContain('STATUS_MISSING  error: No status chosen for task 3.8');
    expect(en).not.toMatch(/\x1b\[/);
    expect(renderValidationText(FILES, { lang: 'vi', color: true })).toMatch(/\x1b\[31mSTATUS_MISSING/);
  });

  it('shortens a long run of one code but says how many, and keeps the counts whole', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ ...D.count!, location: at('Nhiệm vụ', `F${5 + i}`) }));
    const out = renderValidationText([{ file: 'x.xlsx', diagnostics: many }], { lang: 'vi', color: false, maxPerCode: 2 });
    expect(out.match(/COUNT_NOT_A_NUMBER  lỗi/g)).toHaveLength(2);
    expect(out).toContain('… còn 3 COUNT_NOT_A_NUMBER nữa');
    expect(out).toContain('1 tệp, 5 lỗi, 0 cảnh báo');
  });
});

describe('renderValidationJson', () => {
  it('has exactly the documented shape, with nulls for what is unknown', () => {
    const doc = JSON.parse(renderValidationJson(FILES, 'vi'));
    expect(Object.keys(doc)).toEqual(['version', 'files', 'summary']);
    expect(doc.version).toBe(1);
    expect(doc.files[0]).toEqual({
      path: 'nop/bao-cao-atvsld-2025-so-y-te.xlsx',
      sha256: 'a'.repeat(64),
      agency: 'so-y-te',
      year: 2025,
      diagnostics: [
        { code: 'FORM_META_MISSING', severity: 'info', message: expect.any(String), sheet: null, cell: null, task: null, args: {} },
        { code: 'COUNT_NOT_A_NUMBER', severity: 'error', message: 'Số văn bản: "a<b & "c"" không phải là số.', sheet: 'Nhiệm vụ', cell: 'F5', task: '1.1', args: { column: 'Số văn bản', value: 'a<b & "c"' } },
        { code: 'COUNT_TEXT_NUMBER', severity: 'warning', message: expect.any(String), sheet: 'Nhiệm vụ', cell: 'H5', task: '1.1', args: { column: 'Số lượt', value: '1.234', number: '1.234' } },
        { code: 'STATUS_MISSING', severity: 'error', message: expect.any(String), sheet: 'Nhiệm vụ', cell: 'D12', task: '3.8', args: { task: '3.8' } },
      ],
    });
    expect(Object.keys(doc.files[0].diagnostics[0])).toEqual(['code', 'severity', 'message', 'sheet', 'cell', 'task', 'args']);
    expect(doc.files[1]).toEqual({ path: 'khong-co.xlsx', sha256: null, agency: null, year: null, diagnostics: [expect.objectContaining({ code: 'WORKBOOK_NOT_FOUND' })] });
    expect(doc.summary).toEqual({
      files: 3,
      errors: 3,
      warnings: 1,
      byCode: { COUNT_NOT_A_NUMBER: 1, COUNT_TEXT_NUMBER: 1, FORM_META_MISSING: 1, STATUS_MISSING: 1, WORKBOOK_NOT_FOUND: 1 },
    });
    expect(Object.keys(doc.summary.byCode)).toEqual([...Object.keys(doc.summary.byCode)].sort());
  });

  it('is byte-identical for the same input, and worded in English on request', () => {
    expect(renderValidationJson(FILES, 'vi')).toBe(renderValidationJson(structuredClone(FILES), 'vi'));
    expect(JSON.parse(renderValidationJson(FILES, 'en')).files[1].diagnostics[0].message).toBe('File not found.');
  });
});

function parseXml(xml: string): { names: string[]; attrs: Record<string, string>[]; text: string } {
  const parser = new SaxesParser();
  const names: string[] = [];
  const attrs: Record<string, string>[] = [];
  let text = '';
  parser.on('opentag', (t) => {
    names.push(t.name);
    attrs.push(t.attributes as Record<string, string>);
  });
  parser.on('text', (t) => (text += t));
  parser.write(xml).close();
  return { names, attrs, text };
}

describe('renderValidationJunit', () => {
  it('is well-formed, one suite and test case per file, failures for files with errors', () => {
    const xml = renderValidationJunit(FILES, 'vi');
    const { names, attrs, text } = parseXml(xml);
    expect(names.filter((n) => n === 'testcase')).toHaveLength(3);
    expect(names.filter((n) => n === 'failure')).toHaveLength(2);
    expect(attrs[names.indexOf('testsuites')]).toMatchObject({ tests: '3', failures: '2' });
    const suites = attrs.filter((_, i) => names[i] === 'testsuite');
    expect(suites.map((a) => [a.name, a.file, a.failures])).toEqual([
      ['nop/bao-cao-atvsld-2025-so-y-te.xlsx', 'nop/bao-cao-atvsld-2025-so-y-te.xlsx', '1'],
      ['khong-co.xlsx', 'khong-co.xlsx', '1'],
      ['sach.xlsx', 'sach.xlsx', '0'],
    ]);
    expect(attrs.filter((_, i) => names[i] === 'testcase').map((a) => a.classname)).toEqual(['atvsld.validate', 'atvsld.validate', 'atvsld.validate']);
    expect(attrs[names.indexOf('failure')]).toMatchObject({
      type: 'COUNT_NOT_A_NUMBER',
      message: 'COUNT_NOT_A_NUMBER tại Nhiệm vụ!F5: Số văn bản: "a<b & "c"" không phải là số. (và 3 vấn đề khác)',
    });
    expect(text).toContain('Nhiệm vụ!F5  COUNT_NOT_A_NUMBER  lỗi: Số văn bản: "a<b & "c"" không phải là số.');
    expect(text).toContain('COUNT_TEXT_NUMBER');
    expect(text).toContain('FORM_META_MISSING');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const evil: CheckedFile = { file: 'a&b<"c">\u0001.xlsx', diagnostics: [{ ...D.count!, args: { column: 'x', value: ']]></failure>\u0000\u001f' } } as Diagnostic] };
    const { attrs, text } = parseXml(renderValidationJunit([evil], 'vi'));
    expect(attrs.find((a) => a.classname)?.name).toBe('a&b<"c">.xlsx');
    expect(text).toContain('"]]></failure>"');
  });

  it('keeps newlines, tabs and CRs of names in attributes as character references', () => {
    const odd: CheckedFile = { file: 'a\nb\tc\rd, e: 50%.xlsx', diagnostics: [] };
    const xml = renderValidationJunit([odd], 'vi');
    expect(xml).toContain('name="a&#10;b&#9;c&#13;d, e: 50%.xlsx"');
    expect(parseXml(xml).attrs.find((a) => a.classname)?.name).toBe('a\nb\tc\rd, e: 50%.xlsx');
  });
});

describe('renderValidationGithub', () => {
  it('writes one workflow command per diagnostic with no cap, errors first, and nothing else', () => {
    const lines = renderValidationGithub(FILES, 'vi', { annotationsPerFile: Infinity }).trimEnd().split('\n');
    expect(lines).toEqual([
      '::error file=nop/bao-cao-atvsld-2025-so-y-te.xlsx,title=COUNT_NOT_A_NUMBER::Nhiệm vụ!F5 Số văn bản: "a<b & "c"" không phải là số.',
      expect.stringMatching(/^::error file=.*,title=STATUS_MISSING::Nhiệm vụ!D12 /),
      '::error file=khong-co.xlsx,title=WORKBOOK_NOT_FOUND::Không tìm thấy tệp.',
      expect.stringMatching(/^::warning file=.*,title=COUNT_TEXT_NUMBER::Nhiệm vụ!H5 /),
      expect.stringMatching(/^::notice file=nop\/bao-cao-atvsld-2025-so-y-te.xlsx,title=FORM_META_MISSING::Không có trang ẩn/),
    ]);
    expect(renderValidationGithub([FILES[2]!], 'vi')).toBe('');
  });

  it('by default folds each file to one annotation per severity, counting the rest, and says how many were folded', () => {
    const lines = renderValidationGithub(FILES, 'en').trimEnd().split('\n');
    expect(lines).toEqual([
      '::error file=nop/bao-cao-atvsld-2025-so-y-te.xlsx,title=COUNT_NOT_A_NUMBER::Nhiệm vụ!F5 Số văn bản: "a<b & "c"" is not a number. (and 1 more error in this file)',
      '::error file=khong-co.xlsx,title=WORKBOOK_NOT_FOUND::File not found.',
      expect.stringMatching(/^::warning file=.*,title=COUNT_TEXT_NUMBER::Nhiệm vụ!H5 [^(]*$/),
      expect.stringMatching(/^::notice file=.*,title=FORM_META_MISSING::/),
      '::notice title=atvsld::4 annotations for 5 problems in 2 files: 1 problem folded (at most 1 per file and severity). Full list: the JUnit/JSON report or the step summary.',
    ]);
    const none = renderValidationGithub(FILES, 'vi', { annotationsPerFile: 0 }).trimEnd().split('\n');
    expect(none).toEqual([expect.stringMatching(/^::notice title=atvsld::0 chú thích cho 5 vấn đề ở 2 tệp: 5 vấn đề được gộp/)]);
  });

  it('shows each file under the path GitHub links', () => {
    const out = renderValidationGithub([FILES[1]!], 'vi', { displayPath: (f) => `repo/${f}` });
    expect(out).toBe('::error file=repo/khong-co.xlsx,title=WORKBOOK_NOT_FOUND::Không tìm thấy tệp.\n');
  });

  it("escapes %, CR and LF everywhere and , and : in properties, as GitHub's toolkit does", () => {
    expect(escapeData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d');
    expect(escapeProperty('C:\\nộp, 2025%.xlsx')).toBe('C%3A\\nộp%2C 2025%25.xlsx');
    const out = renderValidationGithub([{ file: 'a,b:c.xlsx', diagnostics: [{ ...D.count!, args: { column: 'x', value: 'a\nb%' } } as Diagnostic] }], 'vi');
    expect(out.split('\n')[0]).toBe('::error file=a%2Cb%3Ac.xlsx,title=COUNT_NOT_A_NUMBER::Nhiệm vụ!F5 x: "a b%25" không phải là số.');
  });
});

describe('VALIDATION_FORMATS', () => {
  it('knows text, json, junit, github and markdown (also called summary), and nothing else', () => {
    expect(Object.keys(VALIDATION_FORMATS)).toEqual(['text', 'json', 'junit', 'github', 'markdown', 'summary']);
    expect(Object.keys(VALIDATION_FORMATS)).toEqual([...VALIDATION_FORMAT_NAMES]);
    expect(isValidationFormat('json')).toBe(true);
    expect(isValidationFormat('toString')).toBe(false);
    for (const render of Object.values(VALIDATION_FORMATS)) expect(render(FILES, { lang: 'vi', color: false })).toMatch(/[^\n]\n$/);
  });
});

describe('renderValidationMarkdown', () => {
  it('gives the counts, every code, and the files with most problems with their first problems', () => {
    const md = renderValidationMarkdown(FILES, 'vi');
    expect(md.split('\n').slice(0, 5)).toEqual([
      '## atvsld validate: kết quả kiểm tra biểu mẫu',
      '',
      '| Tệp | Tệp có lỗi | Lỗi | Cảnh báo | Ghi chú |',
      '| ---: | ---: | ---: | ---: | ---: |',
      '| 3 | 2 | 3 | 1 | 1 |',
    ]);
    expect(md).toContain('| `COUNT_NOT_A_NUMBER` | lỗi | 1 |');
    expect(md).toContain('| `COUNT_TEXT_NUMBER` | cảnh báo | 1 |');
    expect(md).toContain('### Các tệp nhiều vấn đề nhất (2 trong 2 tệp có vấn đề)');
    // Most errors first; its first problems by severity, then reading order.
    expect(md).toMatch(/\| nop\/bao-cao-atvsld-2025-so-y-te\.xlsx \| 2 \| 1 \| Nhiệm vụ\\!F5 `COUNT_NOT_A_NUMBER` [^|]*<br>Nhiệm vụ\\!D12 `STATUS_MISSING` [^|]*<br>Nhiệm vụ\\!H5 `COUNT_TEXT_NUMBER` [^|]* \|\n\| khong-co\.xlsx \| 1 \| 0 \|/);
    expect(md.endsWith('docs/diagnostics.md.\n')).toBe(true);
  });

  it('keeps names with table, link and HTML characters literal, on one line', () => {
    const md = renderValidationMarkdown([{ file: 'a|b\n[x](y) <i>*z*</i>.xlsx', diagnostics: [D.missing!] }], 'en');
    expect(md).toContain('| a&#124;b \\[x\\]\\(y\\) &lt;i&gt;\\*z\\*&lt;/i&gt;.xlsx | 1 | 0 | `WORKBOOK_NOT_FOUND` File not found. |');
  });

  it('says so when there is nothing to report', () => {
    expect(renderValidationMarkdown([FILES[2]!], 'en')).toContain('| 1 | 0 | 0 | 0 | 0 |\n\nNo problems.\n');
  });
});
