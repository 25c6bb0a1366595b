/**
 * Checks on the YAML node tree that the yaml library does not make: keys
 * that could poison object prototypes, explicit tags (a plan is plain data,
 * so `!!js/function`, `!foo` and even `!!str` are refused), and keys that are
 * lists or mappings. Each finding points at the offending token.
 */
import { isAlias, isCollection, isPair, isScalar, type Node } from 'yaml';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { planDiagnostic } from './plan-diagnostic.js';
import { locationAt, type YamlSource } from './yaml-source.js';

const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function yamlNodeDiagnostics(source: YamlSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (node: unknown): void => {
    if (isPair(node)) {
      checkKey(source, node.key, out);
      visit(node.key);
      visit(node.value);
      return;
    }
    if (!isScalar(node) && !isCollection(node)) return;
    if (node.tag !== undefined) out.push(tagDiagnostic(source, node));
    if (isCollection(node)) node.items.forEach(visit);
  };
  visit(source.doc.contents);
  return out;
}

function checkKey(source: YamlSource, key: unknown, out: Diagnostic[]): void {
  if (isScalar(key)) {
    const text = String(key.value);
    if (PROTOTYPE_KEYS.has(text)) out.push(planDiagnostic('PLAN_YAML_PROTOTYPE_KEY', { key: text }, at(source, key)));
  } else if ((isCollection(key) || isAlias(key)) && source.doc.errors.length === 0) {
    // After a syntax error yaml often rebuilds lines as odd keys; only a clean document's odd keys are real.
    out.push(planDiagnostic('PLAN_YAML_KEY_NOT_TEXT', {}, at(source, key)));
  }
}

/**
 * Node ranges start at the value, after its properties; the tag is the
 * nearest `!…` token before it (only whitespace or an anchor lies between).
 */
function tagDiagnostic(source: YamlSource, node: Node): Diagnostic {
  const valueStart = node.range?.[0] ?? 0;
  const bang = source.text.lastIndexOf('!', Math.max(0, valueStart - 1));
  let start = bang < 0 ? valueStart : bang;
  while (start > 0 && !/[\s[\]{},]/.test(source.text[start - 1] ?? ' ')) start -= 1;
  const written = bang < 0 ? String(node.tag) : (source.text.slice(start).match(/^\S+/)?.[0] ?? String(node.tag));
  return planDiagnostic('PLAN_YAML_TAG', { tag: written }, locationAt(source, start));
}

function at(source: YamlSource, node: Node) {
  return locationAt(source, node.range?.[0] ?? 0);
}
