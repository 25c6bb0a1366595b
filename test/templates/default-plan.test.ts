import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { computeIndicatorObligations, computeObligations } from '../../src/core/plan/obligations.js';
import { PlanSchema, TaskSchema, type Plan } from '../../src/core/plan/plan-schema.js';
import { foldKey } from '../../src/core/text/fold-key.js';

const PLAN_URL = new URL('../../templates/plans/ke-hoach-ct31-bac-giang.yaml', import.meta.url);
const plan: Plan = PlanSchema.parse(parse(readFileSync(PLAN_URL, 'utf8')));

const SEED_TASKS = ['1.1', '1.2', '2.1', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '4.1', '4.2'];

function owedBy(agency: string, year: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of computeObligations(plan, year)) if (o.agency === agency) out[o.task] = o.role;
  return out;
}

describe('default plan: ke-hoach-ct31-bac-giang', () => {
  it('parses against PlanSchema with the expected ids', () => {
    expect(plan.id).toBe('ke-hoach-ct31-bac-giang');
    expect(plan.tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '2.1', '2.2', ...SEED_TASKS.slice(3)]);
    expect(plan.tasks.find((t) => t.id === '2.2')?.placeholder).toBe(true);
    expect(plan.indicators.map((i) => i.id)).toEqual(['ty-le-tnld-chet-nguoi', 'so-nld-kham-bnn', 'so-co-so-quan-trac']);
  });

  it('gives every seed task obligations in 2024', () => {
    const tasks = new Set(computeObligations(plan, 2024).map((o) => o.task));
    for (const id of SEED_TASKS) expect(tasks, id).toContain(id);
    expect(tasks).not.toContain('2.2');
  });

  it('has Sở Y tế lead 3.5 and the "sở, ban, ngành" tasks in 2024', () => {
    expect(owedBy('so-y-te', 2024)).toEqual({
      '1.1': 'lead',
      '1.2': 'lead',
      '2.1': 'lead',
      '3.1': 'lead',
      '3.2': 'lead',
      '3.3': 'support',
      '3.5': 'lead',
      '3.6': 'support',
      '4.1': 'lead',
      '4.2': 'lead',
    });
  });

  it('hands the labour department duties to Sở Nội vụ and ends the district level by 2026', () => {
    const obligations = computeObligations(plan, 2026);
    const districts = new Set(plan.agencies.filter((a) => a.kind === 'district-committee').map((a) => a.id));
    expect(obligations.filter((o) => districts.has(o.agency))).toEqual([]);
    expect(obligations.filter((o) => o.agency === 'so-ldtbxh')).toEqual([]);
    for (const task of ['3.3', '3.4']) {
      expect(obligations).toContainEqual({ agency: 'so-noi-vu', task, role: 'lead', inheritedFrom: 'so-ldtbxh' });
    }
  });

  it('has the accident figures reported by Sở Nội vụ from 2025', () => {
    const reporters = (year: number) =>
      new Set(
        computeIndicatorObligations(plan, year)
          .filter((o) => o.indicator === 'ty-le-tnld-chet-nguoi')
          .map((o) => o.agency),
      );
    expect([...reporters(2024)]).toEqual(['so-ldtbxh']);
    expect([...reporters(2025)]).toEqual(['so-noi-vu']);
  });

  it('references only agencies and groups it defines', () => {
    const agencies = new Set(plan.agencies.map((a) => a.id));
    const known = new Set([...agencies, ...plan.groups.map((g) => g.id)]);
    const refs: string[] = [
      plan.calendar.coordinator,
      plan.calendar.recipient,
      ...plan.tasks.flatMap((t) => [...t.lead, ...t.support]),
      ...plan.groups.flatMap((g) => g.members),
      ...plan.indicators.flatMap((i) => i.parts.flatMap((p) => p.reportedBy)),
    ];
    expect(refs.filter((id) => !known.has(id))).toEqual([]);
    const successors = plan.agencies.flatMap((a) => a.successors.map((s) => s.agency));
    expect(successors.filter((id) => !agencies.has(id))).toEqual([]);
    for (const indicator of plan.indicators) {
      const parts = new Set(indicator.parts.map((p) => p.id));
      const partRefs = [
        ...indicator.parts.flatMap((p) => p.atMost),
        ...(indicator.compute.kind === 'count'
          ? [indicator.compute.part]
          : [indicator.compute.numerator, indicator.compute.denominator]),
      ];
      expect(partRefs.filter((id) => !parts.has(id)), indicator.id).toEqual([]);
    }
  });

  it('has no duplicate agency, group or part ids', () => {
    const ids = [...plan.agencies.map((a) => a.id), ...plan.groups.map((g) => g.id)];
    expect(ids.length).toBe(new Set(ids).size);
    const partIds = plan.indicators.flatMap((i) => i.parts.map((p) => p.id));
    expect(partIds.length).toBe(new Set(partIds).size);
  });

  it('gives no two agencies the same name, short name or alias', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of plan.agencies) {
      const keys = new Set([a.name, a.shortName ?? a.name, ...a.aliases].map(foldKey));
      for (const key of keys) {
        const other = owner.get(key);
        if (other !== undefined) clashes.push(`${key}: ${other}, ${a.id}`);
        owner.set(key, a.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

// docs/plan-format.md promises these examples are valid and behave as described.
describe('docs/plan-format.md examples', () => {
  const doc = readFileSync(new URL('../../docs/plan-format.md', import.meta.url), 'utf8');
  const blockAfter = (heading: string): string => {
    const rest = doc.slice(doc.indexOf(heading));
    const match = /```yaml\n([\s\S]*?)```/.exec(rest);
    if (!match?.[1]) throw new Error(`no yaml block after ${heading}`);
    return match[1];
  };

  it('has a complete example that behaves as the text says', () => {
    const example = PlanSchema.parse(parse(blockAfter('### Ví dụ ngắn đầy đủ')));
    const roles = (year: number) => computeObligations(example, year).map((o) => [o.agency, o.role, o.inheritedFrom]);
    expect(roles(2024)).toEqual([
      ['so-ldtbxh', 'support', undefined],
      ['so-y-te', 'lead', undefined],
      ['ubnd-h-a', 'lead', undefined],
    ]);
    expect(roles(2026)).toEqual([
      ['so-noi-vu', 'support', 'so-ldtbxh'],
      ['so-y-te', 'lead', undefined],
    ]);
    expect(new Set(computeIndicatorObligations(example, 2026).map((o) => o.agency))).toEqual(new Set(['so-noi-vu']));
  });

  it('has a valid task 2.2.1 example', () => {
    const tasks = parse(blockAfter('### Bổ sung nhiệm vụ 2.2')) as unknown[];
    expect(tasks.map((t) => TaskSchema.parse(t).id)).toEqual(['2.2.1']);
  });
});

// The cross-check validator is written by another engineer; run it when present.
const validatorPath = fileURLToPath(new URL('../../src/core/plan/validate-plan.ts', import.meta.url));
describe.runIf(existsSync(validatorPath))('default plan: validatePlan', () => {
  it('reports no errors or warnings (district duty lapses are only information)', async () => {
    // A computed specifier, so that type-checking does not depend on the file existing yet.
    const mod = (await import(/* @vite-ignore */ pathToFileURL(validatorPath).href)) as Record<string, unknown>;
    const validate = mod['validatePlan'] as (p: Plan) => { severity: string; code: string }[];
    const errors = validate(plan).filter((d) => d.severity === 'error' || d.severity === 'warning');
    expect(errors.map((d) => d.code)).toEqual([]);
  });
});
