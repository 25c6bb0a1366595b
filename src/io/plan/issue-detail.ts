/**
 * What is wrong with a value, in Vietnamese and English, from a zod issue's
 * code and parameters. zod's own messages are English; the schema's custom
 * messages (regex and refine checks) are already Vietnamese and are kept.
 */
import type { z } from 'zod';
import type { Wording } from './describe-value.js';

type Issue = z.core.$ZodIssue;

/** English for the Vietnamese messages written into plan-schema.ts. */
const CUSTOM_EN: Readonly<Record<string, string>> = {
  'ngày phải có dạng YYYY-MM-DD': 'a date must be written YYYY-MM-DD',
  'ngày không tồn tại': 'no such date',
  'ngày trong năm phải có dạng MM-DD': 'a day of the year must be written MM-DD',
  'mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang': 'an id has only lower-case ASCII letters, digits and dashes',
  'mã nhiệm vụ có dạng 1.1, 3.4 hoặc 2.2.1': 'a task id looks like 1.1, 3.4 or 2.2.1',
};

export function describeIssueDetail(issue: Issue, customVi: string | undefined): Wording {
  const [vi, en] = generic(issue);
  return customVi === undefined ? [vi, en] : [customVi, CUSTOM_EN[customVi] ?? en];
}

function generic(issue: Issue): Wording {
  switch (issue.code) {
    case 'invalid_value':
      return [`phải là một trong: ${list(issue.values)}`, `must be one of: ${list(issue.values)}`];
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? [`phải là một trong: ${list(issue.options)}`, `must be one of: ${list(issue.options)}`]
        : ['không khớp với dạng nào được phép', 'matches none of the allowed shapes'];
    case 'invalid_type':
      return ['phải là một số nguyên', 'must be a whole number'];
    case 'too_small':
      return bound(issue.origin, Number(issue.minimum), issue.inclusive !== false, 'min');
    case 'too_big':
      return bound(issue.origin, Number(issue.maximum), issue.inclusive !== false, 'max');
    case 'invalid_format':
      return ['không đúng định dạng', `does not match the required format${'pattern' in issue ? ` ${String(issue.pattern)}` : ''}`];
    default:
      return ['không hợp lệ', 'is not valid'];
  }
}

function bound(origin: string, n: number, inclusive: boolean, side: 'min' | 'max'): Wording {
  if (origin === 'array') {
    if (side === 'min' && n === 1) return ['không được để trống (cần ít nhất 1 mục)', 'must not be empty (at least 1 item)'];
    return side === 'min' ? [`cần ít nhất ${n} mục`, `needs at least ${n} items`] : [`tối đa ${n} mục`, `at most ${n} items`];
  }
  if (origin === 'string') {
    if (side === 'min' && n === 1) return ['không được để trống', 'must not be empty'];
    return side === 'min' ? [`cần ít nhất ${n} ký tự`, `needs at least ${n} characters`] : [`tối đa ${n} ký tự`, `at most ${n} characters`];
  }
  if (side === 'min') return inclusive ? [`phải từ ${n} trở lên`, `must be at least ${n}`] : [`phải lớn hơn ${n}`, `must be greater than ${n}`];
  return inclusive ? [`không được lớn hơn ${n}`, `must be at most ${n}`] : [`phải nhỏ hơn ${n}`, `must be less than ${n}`];
}

function list(values: readonly unknown[]): string {
  return values.map(String).join(', ');
}
