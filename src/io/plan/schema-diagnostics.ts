/**
 * The plan schema's verdict as diagnostics: one per zod issue (one per value
 * at most), each located in the YAML by walking the issue's path.
 */
import { z } from 'zod';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { formatPlanPath, type PlanPath } from '../../core/plan/plan-rules/plan-path.js';
import { suggestionArgs } from '../../core/plan/plan-rules/suggest.js';
import { PlanSchema, type Plan } from '../../core/plan/plan-schema.js';
import { describeExpected, describeReceived, type Wording } from './describe-value.js';
import { describeIssueDetail } from './issue-detail.js';
import { planDiagnostic } from './plan-diagnostic.js';
import { allowedKeysAt } from './schema-keys.js';
import { locatePath, type YamlSource } from './yaml-source.js';

/** Marks zod's default (English) messages, so that the schema's own Vietnamese messages can be told apart. */
const DEFAULT_MARK = '\u0000';
const english = z.locales.en().localeError;
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface SchemaResult {
  readonly plan?: Plan;
  readonly diagnostics: Diagnostic[];
}

export function validatePlanSchema(source: YamlSource, data: unknown): SchemaResult {
  const result = PlanSchema.safeParse(data, { error: markDefault });
  if (result.success) return { plan: result.data, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        if (!PROTOTYPE_KEYS.has(key)) diagnostics.push(unknownKey(source, data, planPath(issue), key));
      }
      continue;
    }
    const pathKey = JSON.stringify(issue.path);
    if (seen.has(pathKey)) continue; // one problem per value is enough (a bad date fails both regex and refine)
    seen.add(pathKey);
    diagnostics.push(fromIssue(source, data, issue));
  }
  return { diagnostics };
}

function markDefault(issue: Parameters<typeof english>[0]): string {
  const produced = english(issue);
  const message = typeof produced === 'string' ? produced : (produced?.message ?? '');
  return DEFAULT_MARK + message;
}

function unknownKey(source: YamlSource, data: unknown, path: PlanPath, key: string): Diagnostic {
  const allowed = allowedKeysAt(PlanSchema, data, path);
  const args = { key, path: formatPlanPath([...path, key]), allowed: allowed.join(', '), ...suggestionArgs(key, allowed) };
  return planDiagnostic('PLAN_SCHEMA_UNKNOWN_KEY', args, locatePath(source, [...path, key], 'key'));
}

function fromIssue(source: YamlSource, data: unknown, issue: z.core.$ZodIssue): Diagnostic {
  const path = planPath(issue);
  const location = locatePath(source, path);
  const custom = issue.message.startsWith(DEFAULT_MARK) ? undefined : issue.message;
  const zodMessage = custom ?? issue.message.slice(DEFAULT_MARK.length);
  const shown = formatPlanPath(path);
  if (isMissing(data, path)) {
    const [expected, expectedEn] = describeWanted(issue, custom);
    const key = String(path[path.length - 1] ?? '');
    return planDiagnostic('PLAN_SCHEMA_MISSING_FIELD', { path: shown, key, expected, expectedEn, zodMessage }, location);
  }
  if (issue.code === 'invalid_type' && issue.expected !== 'int') {
    const [expected, expectedEn] = describeExpected(issue.expected);
    const [received, receivedEn] = describeReceived(valueAt(data, path));
    const args = { path: shown, expected, expectedEn, received, receivedEn, zodMessage };
    return planDiagnostic('PLAN_SCHEMA_WRONG_TYPE', args, location);
  }
  const [detail, detailEn] = describeIssueDetail(issue, custom);
  return planDiagnostic('PLAN_SCHEMA_INVALID_VALUE', { path: shown, detail, detailEn, zodMessage }, location);
}

/** What a missing field should hold: its type, or the values it may take. */
function describeWanted(issue: z.core.$ZodIssue, custom: string | undefined): Wording {
  if (issue.code === 'invalid_type' && issue.expected !== 'int') return describeExpected(issue.expected);
  const [detail, detailEn] = describeIssueDetail(issue, custom);
  return [detail.replace(/^phải là /, ''), detailEn.replace(/^must be /, '')];
}

/** Absent, or written as `key:` with nothing after it: either way the author has yet to fill it in. */
function isMissing(data: unknown, path: PlanPath): boolean {
  const parent = valueAt(data, path.slice(0, -1));
  const last = path[path.length - 1];
  if (last === undefined || typeof parent !== 'object' || parent === null || Array.isArray(parent)) return false;
  return !Object.hasOwn(parent, String(last)) || valueAt(data, path) === null;
}

function planPath(issue: z.core.$ZodIssue): PlanPath {
  return issue.path.filter((s): s is string | number => typeof s !== 'symbol');
}

function valueAt(data: unknown, path: PlanPath): unknown {
  let value = data;
  for (const segment of path) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[String(segment)] : undefined;
  }
  return value;
}
