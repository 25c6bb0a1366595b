/**
 * The yaml library's own errors and warnings as plan diagnostics, keyed by
 * its stable `code`, with Vietnamese wording for the mistakes people make.
 */
import type { ArgsOf, DiagnosticCode } from '../../core/diagnostics/catalog.js';
import { visit, type ErrorCode, type Node, type YAMLError } from 'yaml';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { planDiagnostic } from './plan-diagnostic.js';
import { MAX_FLOW_DEPTH } from './flow-nesting.js';
import { locationAt, type YamlSource } from './yaml-source.js';

const CODE_BY_YAML: Partial<Record<ErrorCode, DiagnosticCode>> = {
  TAB_AS_INDENT: 'PLAN_YAML_TAB',
  DUPLICATE_KEY: 'PLAN_YAML_DUPLICATE_KEY',
  MULTIPLE_DOCS: 'PLAN_YAML_MULTIPLE_DOCUMENTS',
  // Raised by yaml only when composing a collection overflows the stack: nesting, not aliases (alias-checks.ts counts those).
  RESOURCE_EXHAUSTION: 'PLAN_YAML_TOO_DEEP',
  BAD_ALIAS: 'PLAN_YAML_ALIAS_UNKNOWN',
};

/** Vietnamese for the syntax errors; the English side keeps yaml's own message. */
const SYNTAX_VI: Partial<Record<ErrorCode, string>> = {
  MISSING_CHAR: 'thiếu ký tự đóng (dấu nháy, "]" hoặc "}")',
  BAD_INDENT: 'thụt lề không đúng',
  BLOCK_AS_IMPLICIT_KEY: 'không thể viết hai "khóa:" trên cùng một dòng; xuống dòng và thụt lề',
  MULTILINE_IMPLICIT_KEY: 'khóa bị ngắt sang dòng sau; có thể thiếu dấu hai chấm hoặc dấu nháy',
  UNEXPECTED_TOKEN: 'ký tự không mong đợi',
  BAD_DQ_ESCAPE: 'chuỗi trong dấu nháy kép có ký tự thoát "\\" không hợp lệ',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt nó trong dấu nháy',
  BLOCK_IN_FLOW: 'không thể viết khối nhiều dòng bên trong [...] hoặc {...}',
  KEY_OVER_1024_CHARS: 'khóa dài quá 1024 ký tự',
  MULTIPLE_ANCHORS: 'một giá trị có nhiều neo (&)',
  MULTIPLE_TAGS: 'một giá trị có nhiều thẻ (!)',
  BAD_DIRECTIVE: 'chỉ thị YAML (%) không hợp lệ',
  BAD_PROP_ORDER: 'neo (&) hoặc thẻ (!) đặt sai chỗ',
  ALIAS_PROPS: 'bí danh (*) không được có neo hay thẻ',
  NON_STRING_KEY: 'khóa phải là văn bản',
};

const UNCLOSED_FLOW_VI = 'danh sách "[" hoặc mục "{" chưa được đóng bằng "]" hoặc "}", hoặc dòng sau nó thụt lề chưa đủ';

/** yaml reports an unknown tag as a warning; tags are refused by the node checks instead, once per node. */
const HANDLED_ELSEWHERE: ReadonlySet<ErrorCode> = new Set(['TAG_RESOLVE_FAILED']);

export function yamlErrorDiagnostics(source: YamlSource): Diagnostic[] {
  const errors = source.doc.errors.filter((e) => !HANDLED_ELSEWHERE.has(e.code));
  // A tab throws the indentation of everything after it off; the errors that
  // follow are echoes of it, so only the tabs themselves are reported.
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
  const out = (tabs.length > 0 ? tabs : errors).map((e) => fromYamlError(source, e, 'error'));
  for (const warning of source.doc.warnings) {
    if (!HANDLED_ELSEWHERE.has(warning.code)) out.push(fromYamlError(source, warning, 'warning'));
  }
  return firstPerLine(out);
}

/** One syntax error per line: yaml often reports the same slip twice from two angles. */
function firstPerLine(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<number>();
  return diagnostics.filter((d) => {
    if (d.code !== 'PLAN_YAML_SYNTAX') return true;
    const line = d.location?.line ?? 0;
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}

function fromYamlError(source: YamlSource, error: YAMLError, kind: 'error' | 'warning'): Diagnostic {
  const location = locationAt(source, errorOffset(source, error));
  const firstLine = error.message.split('\n')[0] ?? '';
  const detailEn = firstLine.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
  const text = source.text.slice(error.pos[0], error.pos[1]);
  if (kind === 'warning') {
    return planDiagnostic('PLAN_YAML_WARNING', { detail: detailEn, detailEn, yamlCode: error.code }, location);
  }
  const code = CODE_BY_YAML[error.code] ?? 'PLAN_YAML_SYNTAX';
  const detail = /end with an? [\]}]/.test(detailEn) ? UNCLOSED_FLOW_VI : (SYNTAX_VI[error.code] ?? detailEn);
  const specific: Record<string, string> =
    code === 'PLAN_YAML_DUPLICATE_KEY'
      ? { key: keyAt(source.text, error.pos[0]) }
      : code === 'PLAN_YAML_ALIAS_UNKNOWN'
        ? { alias: text.replace(/^\*/, '') }
        : code === 'PLAN_YAML_TOO_DEEP'
          ? { limit: String(MAX_FLOW_DEPTH) }
          : {};
  return planDiagnostic(code, { detail, detailEn, yamlCode: error.code, ...specific } as unknown as ArgsOf<typeof code>, location);
}

/** The key written at `offset`, up to its colon (yaml's range covers only part of it). */
function keyAt(text: string, offset: number): string {
  return (text.slice(offset).match(/^[^:\n]*/)?.[0] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
}

/**
 * yaml reports an unclosed quote or bracket where it gave up looking for the
 * closing one, often at the end of the file; the author needs the opening
 * one, where the runaway string or list starts.
 */
function errorOffset(source: YamlSource, error: YAMLError): number {
  const at = error.pos[0];
  const quote = error.code === 'MISSING_CHAR' && /quote/i.test(error.message);
  const bracket = /end with an? [\]}]/.test(error.message);
  if (!quote && !bracket) return at;
  let start = at;
  const contains = (node: Node): boolean => {
    const [from, to] = node.range ?? [0, 0];
    return from < at && at <= to;
  };
  visit(source.doc, {
    Scalar(_key, node) {
      if (quote && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && contains(node)) start = node.range?.[0] ?? at;
    },
    Seq(_key, node) {
      if (bracket && node.flow === true && contains(node)) start = node.range?.[0] ?? at;
    },
    Map(_key, node) {
      if (bracket && node.flow === true && contains(node)) start = node.range?.[0] ?? at;
    },
  });
  return start;
}
