/**
 * The yaml library's own errors and warnings as plan diagnostics, keyed by
 * its stable `code`, with Vietnamese wording for the mistakes people make.
 */
import type { ErrorCode, YAMLError } from 'yaml';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { planDiagnostic } from './plan-diagnostic.js';
import { locationAt, type YamlSource } from './yaml-source.js';

const CODE_BY_YAML: Partial<Record<ErrorCode, string>> = {
  TAB_AS_INDENT: 'PLAN_YAML_TAB',
  DUPLICATE_KEY: 'PLAN_YAML_DUPLICATE_KEY',
  MULTIPLE_DOCS: 'PLAN_YAML_MULTIPLE_DOCUMENTS',
  RESOURCE_EXHAUSTION: 'PLAN_YAML_ALIAS_LIMIT',
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

/** yaml reports an unknown tag as a warning; tags are refused by the node checks instead, once per node. */
const HANDLED_ELSEWHERE: ReadonlySet<ErrorCode> = new Set(['TAG_RESOLVE_FAILED']);

export function yamlErrorDiagnostics(source: YamlSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const error of source.doc.errors) {
    if (!HANDLED_ELSEWHERE.has(error.code)) out.push(fromYamlError(source, error, 'error'));
  }
  for (const warning of source.doc.warnings) {
    if (!HANDLED_ELSEWHERE.has(warning.code)) out.push(fromYamlError(source, warning, 'warning'));
  }
  return out;
}

function fromYamlError(source: YamlSource, error: YAMLError, kind: 'error' | 'warning'): Diagnostic {
  const location = locationAt(source, error.pos[0]);
  const firstLine = error.message.split('\n')[0] ?? '';
  const detailEn = firstLine.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
  const text = source.text.slice(error.pos[0], error.pos[1]);
  if (kind === 'warning') {
    return planDiagnostic('PLAN_YAML_WARNING', { detail: detailEn, detailEn, yamlCode: error.code }, location);
  }
  const code = CODE_BY_YAML[error.code] ?? 'PLAN_YAML_SYNTAX';
  const detail = SYNTAX_VI[error.code] ?? detailEn;
  const specific: Record<string, string> =
    code === 'PLAN_YAML_DUPLICATE_KEY' ? { key: text } : code === 'PLAN_YAML_ALIAS_UNKNOWN' ? { alias: text.replace(/^\*/, '') } : {};
  return planDiagnostic(code, { detail, detailEn, yamlCode: error.code, ...specific }, location);
}
