import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ArgsOf, DiagnosticCode } from '../../diagnostics/catalog.js';
import { makeDiagnostic } from '../../diagnostics/make-diagnostic.js';
import type { Plan } from '../plan-schema.js';
import type { PlanPath } from './plan-path.js';

/**
 * Maps a plan path to its position in the source (and the file, so a finding
 * is complete as made: a plan with 140,000 findings copied each one to add it);
 * absent when the plan did not come from a file.
 */
export type PlanLocator = (path: (string | number)[]) => { file?: string; line: number; column: number } | undefined;

export interface RuleContext {
  readonly plan: Plan;
  report<C extends DiagnosticCode>(code: C, args: ArgsOf<C>, path: PlanPath, about?: { agency?: string; task?: string }): void;
}

/** A cross-check over a schema-valid plan; reports through the context, never throws. */
export type PlanRule = (ctx: RuleContext) => void;

export function createRuleContext(plan: Plan, locate: PlanLocator | undefined, out: Diagnostic[]): RuleContext {
  return {
    plan,
    report(code, args, path, about = {}) {
      const position = locate?.([...path]);
      out.push(
        makeDiagnostic(code, args, {
          ...(position ? { location: position } : {}),
          ...(about.agency !== undefined ? { agency: about.agency } : {}),
          ...(about.task !== undefined ? { task: about.task } : {}),
        }),
      );
    },
  };
}
