/**
 * Plan text → checked plan, in three stages that each report every problem
 * they find: YAML (syntax, tabs, duplicate keys, tags, aliases, prototype
 * keys), the schema (zod), then the cross-checks of validatePlan. A later
 * stage runs only when the earlier one left something it can trust.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { hasErrors } from '../../core/diagnostics/diagnostic.js';
import type { Plan } from '../../core/plan/plan-schema.js';
import { validatePlan } from '../../core/plan/validate-plan.js';
import { describeReceived } from './describe-value.js';
import { aliasDiagnostics, MAX_ALIAS_EXPANSIONS } from './alias-checks.js';
import { planDiagnostic } from './plan-diagnostic.js';
import { validatePlanSchema } from './schema-diagnostics.js';
import { yamlErrorDiagnostics } from './yaml-errors.js';
import { yamlNodeDiagnostics } from './yaml-node-checks.js';
import { locatePath, locationAt, type YamlSource } from './yaml-source.js';
import { pushAll } from '../../core/collections/push-all.js';
import { flowTooDeepAt, MAX_FLOW_DEPTH } from './flow-nesting.js';
import { collectGarbage } from '../collect-garbage.js';

/**
 * Past this many characters (a real plan has tens of thousands) the garbage of
 * each stage is collected before the next one: the syntax tree of a 3 MB plan
 * is ~100 MB, dead once the document is built, and V8 would otherwise let the
 * next stages pile their own on top (486 MB for 140,000 entries; 236 MB so).
 */
const COLLECT_BETWEEN_STAGES = 1 << 20;

/** YAML problems after which the document still means what its author intended, so the schema can be checked too. */
const RECOVERABLE: ReadonlySet<string> = new Set(['PLAN_YAML_DUPLICATE_KEY', 'PLAN_YAML_PROTOTYPE_KEY']);

export function parsePlanText(text: string, file: string): { plan?: Plan; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const tooDeep = flowTooDeepAt(text);
  if (tooDeep >= 0) {
    const before = text.slice(0, tooDeep);
    const line = before.split('\n').length;
    return finish([planDiagnostic('PLAN_YAML_TOO_DEEP', { limit: MAX_FLOW_DEPTH }, { file, line, column: tooDeep - before.lastIndexOf('\n') })]);
  }
  const doc = parseDocument(text, {
    lineCounter,
    schema: 'core',
    customTags: [],
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
  });
  const large = text.length > COLLECT_BETWEEN_STAGES;
  if (large) collectGarbage();
  const source: YamlSource = { file, text, doc, lineCounter };
  const diagnostics = [...yamlErrorDiagnostics(source), ...yamlNodeDiagnostics(source), ...aliasDiagnostics(source)];
  if (diagnostics.some((d) => d.severity === 'error' && !RECOVERABLE.has(d.code))) return finish(diagnostics);

  if (doc.contents === null) return finish([...diagnostics, planDiagnostic('PLAN_EMPTY', {}, { file, line: 1, column: 1 })]);
  const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  const shape = checkIsMapping(source, data);
  if (shape) return finish([...diagnostics, shape]);
  const schema = validatePlanSchema(source, data);
  pushAll(diagnostics, schema.diagnostics);
  if (!schema.plan) return finish(diagnostics);

  const locate = (path: (string | number)[]) => {
    const { line = 1, column = 1 } = locatePath(source, path);
    return { file, line, column };
  };
  if (large) collectGarbage();
  pushAll(diagnostics, validatePlan(schema.plan, locate));
  if (large) collectGarbage();
  return finish(diagnostics, schema.plan);
}

/** A lone scalar or a list deserves a plain sentence, not a schema issue at the root. */
function checkIsMapping(source: YamlSource, value: unknown): Diagnostic | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return undefined;
  const [received, receivedEn] = describeReceived(value);
  return planDiagnostic('PLAN_NOT_MAPPING', { received, receivedEn }, locationAt(source, source.doc.contents?.range?.[0] ?? 0));
}

/** Sorts `diagnostics` in place: it is this module's own list, and a copy of 140,000 findings is memory for nothing. */
function finish(diagnostics: Diagnostic[], plan?: Plan): { plan?: Plan; diagnostics: Diagnostic[] } {
  const sorted = diagnostics.sort(
    (a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
  return plan && !hasErrors(sorted) ? { plan, diagnostics: sorted } : { diagnostics: sorted };
}
