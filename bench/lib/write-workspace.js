// A bench workspace: atvsld.yaml, the plan, and one year's filled forms,
// some of them broken. SAMPLE DATA.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formFileName } from '../../dist/core/form/form-layout.js';
import { computeExpectedAgencies, computeIndicatorObligations, computeObligations } from '../../dist/core/plan/obligations.js';
import { readPlanFile } from '../../dist/io/plan/read-plan.js';
import { BENCH_YEAR } from './bench-plans.js';
import { int, seeded } from './prng.js';
import { makeFigures, writeFilledForm } from './write-form.js';

const BROKEN = ['text-count', 'missing-lead', 'truncated'];

/**
 * Writes the workspace `dir` with forms for the first `forms` expected
 * agencies (in a seeded order) and `brokenEach` forms of each broken kind.
 * `onForm` is called after each form (progress).
 */
export async function writeWorkspace(dir, { name, seed, planText, province, forms, brokenEach, onForm = () => {} }) {
  await rm(dir, { recursive: true, force: true });
  const yearDir = join(dir, 'submissions', String(BENCH_YEAR));
  await mkdir(yearDir, { recursive: true });
  await mkdir(join(dir, 'plan'), { recursive: true });
  await writeFile(join(dir, 'atvsld.yaml'), `# Thư mục đo hiệu năng — DỮ LIỆU MẪU.\nprovince: "${province}"\nplan: plan/ke-hoach.yaml\n`);
  await writeFile(join(dir, 'plan', 'ke-hoach.yaml'), planText);
  const loaded = await readPlanFile(join(dir, 'plan', 'ke-hoach.yaml'));
  if (!loaded.plan) throw new Error(`bench plan does not load: ${loaded.diagnostics.map((d) => d.code).join(', ')}`);
  const { plan, hash } = loaded;
  const ownByAgency = groupBy(computeObligations(plan, BENCH_YEAR), (o) => o.agency);
  const partsByAgency = groupBy(computeIndicatorObligations(plan, BENCH_YEAR), (o) => o.agency);
  const archetypes = archetypeIndex(plan);
  const agencies = new Map(plan.agencies.map((a) => [a.id, a]));
  const order = seededOrder(computeExpectedAgencies(plan, BENCH_YEAR), seeded(seed, `order/${name}`)).slice(0, forms);
  const brokenAt = new Map(order.slice(0, BROKEN.length * brokenEach).map((id, i) => [id, BROKEN[i % BROKEN.length]]));
  const written = [];
  for (const id of order.sort()) {
    const rand = seeded(seed, `form/${id}`);
    const archetype = archetypes.get(id) ?? id;
    const parts = (partsByAgency.get(id) ?? []).map((o) => formPart(plan, o));
    const path = join(yearDir, formFileName(id, BENCH_YEAR));
    await writeFilledForm({
      plan, planHash: hash, agency: agencies.get(id), archetype, year: BENCH_YEAR, own: ownByAgency.get(id) ?? [], parts,
      figures: makeFigures(seeded(seed, `figures/${id}`)), reportDate: `${BENCH_YEAR}-12-${String(int(rand, 4, 22)).padStart(2, '0')}`,
      generatedOn: `${BENCH_YEAR}-11-14`, rand, broken: brokenAt.get(id), path,
    });
    written.push(path);
    onForm(path);
  }
  return { files: written, broken: [...brokenAt].map(([id, kind]) => ({ file: formFileName(id, BENCH_YEAR), kind })) };
}

function formPart(plan, o) {
  const indicator = plan.indicators.find((i) => i.id === o.indicator);
  return { indicator, part: indicator.parts.find((p) => p.id === o.part) };
}

/** National agency → the province-plan agency it copies (`so-y-te-ha-noi` → `so-y-te`), from the `*-cac-tinh` groups. */
function archetypeIndex(plan) {
  const out = new Map();
  for (const g of plan.groups) {
    if (!g.id.endsWith('-cac-tinh')) continue;
    for (const m of g.members) out.set(m, g.id.slice(0, -'-cac-tinh'.length));
  }
  return out;
}

function seededOrder(ids, rand) {
  const out = [...ids];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function groupBy(list, key) {
  const out = new Map();
  for (const x of list) {
    const k = key(x);
    if (!out.has(k)) out.set(k, []);
    out.get(k).push(x);
  }
  return out;
}
