import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { computeIndicatorObligations, computeObligations } from '../../src/core/plan/obligations.js';
import { PlanSchema, TaskSchema, type Plan } from '../../src/core/plan/plan-schema.js';
import { foldKey } from '../../src/core/text/fold-key.js';
import { matchAgencyName } from '../../src/core/submission/resolve-agency.js';
import { validatePlan } from '../../src/core/plan/validate-plan.js';

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
  it('reports no errors or warnings', async () => {
    // A computed specifier, so that type-checking does not depend on the file existing yet.
    const mod = (await import(/* @vite-ignore */ pathToFileURL(validatorPath).href)) as Record<string, unknown>;
    const validate = mod['validatePlan'] as (p: Plan) => { severity: string; code: string }[];
    const errors = validate(plan).filter((d) => d.severity === 'error' || d.severity === 'warning');
    expect(errors.map((d) => d.code)).toEqual([]);
  });
});

describe('default plan: the 99 communes of tỉnh Bắc Ninh (from 2025-07-01)', () => {
  const communes = plan.agencies.filter((a) => a.kind === 'commune-committee');
  const districts = plan.agencies.filter((a) => a.kind === 'district-committee');
  const dutiesOf = (agency: string, year: number): string =>
    computeObligations(plan, year)
      .filter((o) => o.agency === agency)
      .map((o) => `${o.task}:${o.role}`)
      .join(' ');

  it('has 99 communes (66 xã, 33 phường) with NFC names, unique ids and 5-digit codes', () => {
    expect(communes).toHaveLength(99);
    expect(communes.filter((a) => a.id.startsWith('xa-'))).toHaveLength(66);
    expect(communes.filter((a) => a.id.startsWith('phuong-'))).toHaveLength(33);
    expect(new Set(communes.map((a) => a.code)).size).toBe(99);
    for (const a of communes) {
      expect(a.code, a.id).toMatch(/^\d{5}$/);
      expect(a.from, a.id).toBe('2025-07-01');
      expect(a.name, a.id).toBe(a.name.normalize('NFC'));
      expect(a.name, a.id).toMatch(/^Ủy ban nhân dân (xã|phường) /);
    }
    expect(plan.agencies.find((a) => a.id === 'xa-sa-ly')?.name).toBe('Ủy ban nhân dân xã Sa Lý');
    expect(plan.agencies.find((a) => a.id === 'xa-dai-son')?.code).toBe('07627');
    expect(plan.agencies.some((a) => a.name.includes('Xa Lý'))).toBe(false);
  });

  it('owes nothing to a commune in 2024; in 2025 and 2026 every commune owes what the districts owed in 2024', () => {
    const districtDuties = dutiesOf('ubnd-h-son-dong', 2024);
    expect(districtDuties).toBe('1.1:lead 1.2:lead 2.1:lead 3.1:lead 3.2:lead 3.3:support 3.4:lead 3.5:lead 3.6:support 3.7:lead 3.8:lead 4.1:lead 4.2:lead');
    for (const c of communes) expect(dutiesOf(c.id, 2024), c.id).toBe('');
    for (const year of [2025, 2026]) {
      for (const c of communes) expect(dutiesOf(c.id, year), `${c.id} ${year}`).toBe(districtDuties);
      const owingDistricts = computeObligations(plan, year).filter((o) => districts.some((d) => d.id === o.agency));
      expect(owingDistricts, String(year)).toEqual([]);
    }
  });

  it('hands each district to the communes that took over its territory (many-to-many, dated)', () => {
    const takers = (id: string) => plan.agencies.find((a) => a.id === id)?.successors.map((s) => s.agency) ?? [];
    expect(takers('ubnd-tx-chu')).toEqual(['xa-nam-duong', 'xa-kien-lao', 'phuong-chu', 'phuong-phuong-son']);
    expect(takers('ubnd-h-luc-ngan')).toContain('xa-nam-duong');
    expect(takers('ubnd-tp-bac-giang')).toContain('phuong-da-mai');
    expect(takers('ubnd-h-tan-yen')).toContain('phuong-da-mai');
    const fromBacGiang = new Set(districts.flatMap((d) => d.successors.map((s) => s.agency)).filter((id) => id !== 'ubnd-tp-bac-giang'));
    expect(fromBacGiang.size).toBe(58);
    for (const d of districts) {
      for (const s of d.successors) expect([s.from, s.functions], `${d.id} → ${s.agency}`).toEqual([d.until === '2024-12-31' ? '2025-01-01' : '2025-07-01', ['atvsld']]);
    }
    expect(validatePlan(plan).filter((d) => d.code === 'PLAN_DUTY_LAPSES')).toEqual([]);
  });

  it('matches the names a clerk types, with either tone placement, without a second alias', () => {
    // foldKey folds tone-mark placement, so "Phúc Hòa" (statistics office) and "Phúc Hoà" (the resolution) are one key.
    expect(foldKey('Phúc Hòa')).toBe(foldKey('Phúc Hoà'));
    for (const typed of ['UBND xã Phúc Hòa', 'UBND xã Phúc Hoà', 'Ủy ban nhân dân xã Phúc Hoà', 'Xã Phúc Hòa', 'xã phúc hoà', 'Ủy ban nhân dân xã Phúc Hòa'.normalize('NFD')]) {
      expect(matchAgencyName(plan, typed), typed).toBe('xa-phuc-hoa');
    }
    expect(matchAgencyName(plan, 'UBND phường Kinh Bắc')).toBe('phuong-kinh-bac');
    expect(matchAgencyName(plan, 'Phường Nhân Hoà')).toBe('phuong-nhan-hoa');
    expect(matchAgencyName(plan, 'Xã Sa Lý')).toBe('xa-sa-ly');
  });

  it('is what scripts/communes-to-yaml.mjs generates from the CSV (regions up to date)', async () => {
    const script = (await import(/* @vite-ignore */ new URL('../../scripts/communes-to-yaml.mjs', import.meta.url).href)) as {
      communesFromCsv: (text: string) => unknown[];
      renderRegions: (communes: unknown[]) => Map<string, string>;
      applyRegions: (yaml: string, regions: Map<string, string>) => string;
    };
    const csv = readFileSync(new URL('../../scripts/data/bac-ninh-99-xa-phuong-2025.csv', import.meta.url), 'utf8');
    const yaml = readFileSync(PLAN_URL, 'utf8');
    expect(script.applyRegions(yaml, script.renderRegions(script.communesFromCsv(csv)))).toBe(yaml);
    // NFD accents in the source are folded to NFC, so the generated names do not depend on how the CSV was saved.
    expect(script.applyRegions(yaml, script.renderRegions(script.communesFromCsv(csv.normalize('NFD'))))).toBe(yaml);
  });
});
