/**
 * `atvsld template`: one report form per agency that owes anything in year Y
 * (or per agency asked for), written atomically into `outDir`.
 */
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { formFileName } from '../core/form/form-layout.js';
import {
  agencyIndex,
  computeExpectedAgencies,
  computeIndicatorObligations,
  computeObligations,
} from '../core/plan/obligations.js';
import type { Plan } from '../core/plan/plan-schema.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { buildFormWorkbook, type FormIndicatorPart } from '../io/template/build-form-workbook.js';
import { writeFormBuffer } from '../io/template/write-form-buffer.js';

export interface GenerateTemplatesOptions {
  plan: Plan;
  planHash: string;
  year: number;
  /** Agency ids; default: every agency owing a task or indicator part in `year`. */
  agencies?: string[];
  outDir: string;
  /** `YYYY-MM-DD`: the forms' creation date (from `--as-of` or the CLI's clock). */
  today: string;
  /** Last year's figures per agency and indicator part, shown for reference. */
  previousValues?: Map<string, Map<string, number>>;
}

export interface GeneratedTemplate {
  agency: string;
  path: string;
  tasks: number;
  indicatorParts: number;
}

export async function generateTemplates(
  o: GenerateTemplatesOptions,
): Promise<{ written: GeneratedTemplate[]; diagnostics: Diagnostic[] }> {
  const { plan, year } = o;
  const diagnostics: Diagnostic[] = [];
  const written: GeneratedTemplate[] = [];
  if (year < plan.calendar.firstYear) {
    diagnostics.push({ code: 'TEMPLATE_YEAR_BEFORE_PLAN', severity: 'warning', args: { year, firstYear: plan.calendar.firstYear } });
  }
  const known = agencyIndex(plan);
  const obligations = computeObligations(plan, year);
  const partsOwed = computeIndicatorObligations(plan, year);
  const requested = [...new Set(o.agencies ?? computeExpectedAgencies(plan, year))];

  for (const agency of requested) {
    if (!known.has(agency)) {
      diagnostics.push({ code: 'TEMPLATE_UNKNOWN_AGENCY', severity: 'error', args: { agency }, agency });
      continue;
    }
    const own = obligations.filter((ob) => ob.agency === agency);
    const ownParts = new Set(partsOwed.filter((p) => p.agency === agency).map((p) => p.part));
    const indicatorParts = indicatorPartsInPlanOrder(plan, ownParts, o.previousValues?.get(agency));
    if (own.length === 0 && indicatorParts.length === 0) {
      diagnostics.push({ code: 'TEMPLATE_NOTHING_OWED', severity: 'warning', args: { agency, year }, agency });
      continue;
    }
    const workbook = buildFormWorkbook({
      plan,
      planHash: o.planHash,
      agencyId: agency,
      year,
      obligations: own,
      indicatorParts,
      generatedOn: o.today,
    });
    const path = join(o.outDir, formFileName(agency, year));
    await writeFileAtomic(path, await writeFormBuffer(workbook, o.today));
    written.push({ agency, path, tasks: own.length, indicatorParts: indicatorParts.length });
  }
  return { written, diagnostics };
}

/** Parts in the order the plan lists them; a part shared by two indicators appears once. */
function indicatorPartsInPlanOrder(
  plan: Plan,
  owed: ReadonlySet<string>,
  previous: ReadonlyMap<string, number> | undefined,
): FormIndicatorPart[] {
  const out = new Map<string, FormIndicatorPart>();
  for (const indicator of plan.indicators) {
    for (const part of indicator.parts) {
      if (!owed.has(part.id) || out.has(part.id)) continue;
      const value = previous?.get(part.id);
      out.set(part.id, { indicator, part, ...(value !== undefined ? { previous: value } : {}) });
    }
  }
  return [...out.values()];
}
