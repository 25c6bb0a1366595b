/**
 * Aliases are checked before anything expands them: an alias that names no
 * earlier anchor, and documents whose aliases would expand more than
 * MAX_ALIAS_EXPANSIONS times in all (the "billion laughs" attack, or an
 * alias inside its own anchor), which are refused at the alias that crosses
 * the limit, so that loading stays fast and memory bounded.
 */
import { isAlias, isCollection, isPair, isScalar, type Alias, type Node } from 'yaml';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { planDiagnostic } from './plan-diagnostic.js';
import { locationAt, type YamlSource } from './yaml-source.js';

/** Enough for a plan that reuses a few lists of agencies; far too few for an attack. */
export const MAX_ALIAS_EXPANSIONS = 100;

export function aliasDiagnostics(source: YamlSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const anchors = new Map<string, Node>();
  const resolved = new Map<Alias, Node>();
  const memo = new Map<Node, number>();
  let total = 0;
  let overLimit = false;

  const expansions = (node: unknown, stack: Set<Node>): number => {
    if (isAlias(node)) {
      const target = resolved.get(node);
      if (target === undefined) return 0;
      return stack.has(target) ? Infinity : 1 + expansions(target, stack);
    }
    if (isPair(node)) return expansions(node.key, stack) + expansions(node.value, stack);
    if (!isCollection(node)) return 0;
    const known = memo.get(node);
    if (known !== undefined) return known;
    stack.add(node);
    let sum = 0;
    for (const item of node.items) sum += expansions(item, stack);
    stack.delete(node);
    memo.set(node, sum);
    return sum;
  };

  const visit = (node: unknown): void => {
    if (isPair(node)) {
      visit(node.key);
      visit(node.value);
    } else if (isAlias(node)) {
      const target = anchors.get(node.source);
      const location = locationAt(source, node.range?.[0] ?? 0);
      if (target === undefined) {
        out.push(planDiagnostic('PLAN_YAML_ALIAS_UNKNOWN', { alias: node.source }, location));
        return;
      }
      resolved.set(node, target);
      if (overLimit) return;
      // A target lies wholly before its alias, so its own aliases are already resolved and memoised sums stay valid.
      total += 1 + expansions(target, new Set());
      if (total > MAX_ALIAS_EXPANSIONS) {
        overLimit = true;
        out.push(planDiagnostic('PLAN_YAML_ALIAS_LIMIT', { alias: node.source, limit: MAX_ALIAS_EXPANSIONS }, location));
      }
    } else if (isScalar(node) || isCollection(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      if (isCollection(node)) node.items.forEach(visit);
    }
  };
  visit(source.doc.contents);
  return out;
}
