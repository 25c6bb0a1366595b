/**
 * `atvsld plan check --format json|github`: the checked plan for programs.
 * JSON version 1 has every key always present (null when unknown) in a fixed
 * order; `github` prints one workflow command per diagnostic, an annotation
 * on the plan's line in GitHub Actions, and nothing else.
 */
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { formatMessage, type Lang } from '../core/diagnostics/format.js';
import type { Plan } from '../core/plan/plan-schema.js';
import { escapeData, escapeProperty } from './validation-github.js';
import { jsonSafe } from './json-safe.js';

/** What `plan check` found: the plan when it is usable, and every diagnostic (notes included). */
export interface PlanCheck {
  readonly file: string;
  readonly plan?: Plan;
  readonly diagnostics: readonly Diagnostic[];
}

export function renderPlanCheckJson(check: PlanCheck, lang: Lang): string {
  const count = (severity: Diagnostic['severity']) => check.diagnostics.filter((d) => d.severity === severity).length;
  const { plan } = check;
  const doc = {
    version: 1,
    file: check.file,
    valid: plan !== undefined,
    plan: plan
      ? { id: plan.id, title: plan.title, agencies: plan.agencies.length, groups: plan.groups.length, tasks: plan.tasks.length, indicators: plan.indicators.length }
      : null,
    diagnostics: check.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: formatMessage(d, lang),
      file: d.location?.file ?? null,
      line: d.location?.line ?? null,
      column: d.location?.column ?? null,
    })),
    summary: { errors: count('error'), warnings: count('warning'), notes: count('info') },
  };
  return `${jsonSafe(JSON.stringify(doc, null, 2))}\n`;
}

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function renderPlanCheckGithub(check: PlanCheck, lang: Lang): string {
  return check.diagnostics
    .map((d) => {
      const at = d.location;
      const place = [
        `file=${escapeProperty(at?.file ?? check.file)}`,
        ...(at?.line !== undefined ? [`line=${at.line}`] : []),
        ...(at?.column !== undefined ? [`col=${at.column}`] : []),
        `title=${escapeProperty(d.code)}`,
      ].join(',');
      return `::${COMMANDS[d.severity]} ${place}::${escapeData(formatMessage(d, lang))}\n`;
    })
    .join('');
}
