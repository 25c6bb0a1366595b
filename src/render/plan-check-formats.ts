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
import { joinedChunks, MappedList, prettyJsonChunks } from './pretty-json-chunks.js';

/** What `plan check` found: the plan when it is usable, and every diagnostic (notes included). */
export interface PlanCheck {
  readonly file: string;
  readonly plan?: Plan;
  readonly diagnostics: readonly Diagnostic[];
}

export function renderPlanCheckJson(check: PlanCheck, lang: Lang): string {
  return [...renderPlanCheckJsonChunks(check, lang)].join('');
}

/**
 * The JSON in pieces of about 64 KB, each diagnostic converted only when it
 * is written: 140,000 findings were a 37-million-character text built whole.
 */
export function* renderPlanCheckJsonChunks(check: PlanCheck, lang: Lang): Generator<string> {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const d of check.diagnostics) {
    if (d.severity === 'error') errors += 1;
    else if (d.severity === 'warning') warnings += 1;
    else notes += 1;
  }
  const { plan } = check;
  const doc = {
    version: 1,
    file: check.file,
    valid: plan !== undefined,
    plan: plan
      ? { id: plan.id, title: plan.title, agencies: plan.agencies.length, groups: plan.groups.length, tasks: plan.tasks.length, indicators: plan.indicators.length }
      : null,
    diagnostics: new MappedList(check.diagnostics, (d) => ({
      code: d.code,
      severity: d.severity,
      message: formatMessage(d, lang),
      file: d.location?.file ?? null,
      line: d.location?.line ?? null,
      column: d.location?.column ?? null,
    })),
    summary: { errors, warnings, notes },
  };
  yield* joinedChunks(prettyJsonChunks(doc, 2));
  yield '\n';
}

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function renderPlanCheckGithub(check: PlanCheck, lang: Lang): string {
  return [...renderPlanCheckGithubChunks(check, lang)].join('');
}

/** One workflow command per diagnostic, written in pieces of about 64 KB. */
export function renderPlanCheckGithubChunks(check: PlanCheck, lang: Lang): Generator<string> {
  return joinedChunks(
    (function* () {
      for (const d of check.diagnostics) yield githubCommand(check, d, lang);
    })(),
  );
}

function githubCommand(check: PlanCheck, d: Diagnostic, lang: Lang): string {
  const at = d.location;
  const place = [
    `file=${escapeProperty(at?.file ?? check.file)}`,
    ...(at?.line !== undefined ? [`line=${at.line}`] : []),
    ...(at?.column !== undefined ? [`col=${at.column}`] : []),
    `title=${escapeProperty(d.code)}`,
  ].join(',');
  return `::${COMMANDS[d.severity]} ${place}::${escapeData(formatMessage(d, lang))}\n`;
}
