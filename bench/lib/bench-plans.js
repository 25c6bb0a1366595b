// The plans the bench corpus is written against. SAMPLE DATA.
//
// province: the default plan (Bắc Giang → Bắc Ninh) with the communes the
//   plan leaves out since 01/7/2025 added, so that a province year has the
//   ~150 reporting agencies the product is designed for.
// national: one synthetic plan for the whole country — every province's
//   agencies and communes under one plan — so that one `consolidate` covers
//   4,000 forms: the design load (PRODUCT.md §10). Tasks and indicator parts
//   are owed by the same kinds of agency as in the province plan in 2025.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { computeIndicatorObligations, computeObligations } from '../../dist/core/plan/obligations.js';
import { PlanSchema } from '../../dist/core/plan/plan-schema.js';
import { communeNames, PROVINCES, slugify } from './places.js';
import { seeded } from './prng.js';

export const BENCH_YEAR = 2025;
const COMMUNE_GROUP = 'ubnd-cap-xa';
const HEADER = '# Kế hoạch dùng cho đo hiệu năng (npm run bench) — DỮ LIỆU MẪU, không phải kế hoạch thật.\n';

export function readDefaultPlanDoc(repo) {
  return parse(readFileSync(`${repo}/templates/plans/ke-hoach-ct31-bac-giang.yaml`, 'utf8'));
}

/** The default plan plus `communes` commune committees (from 2025-07-01) that owe what the districts owed. */
export function buildProvincePlan(base, { seed, communes }) {
  const doc = structuredClone(base);
  const names = communeNames(seeded(seed, 'province-communes'), communes);
  const ids = uniqueIds(names.map((n) => `ubnd-xa-${slugify(n)}`));
  names.forEach((name, i) => {
    doc.agencies.push({ id: ids[i], name: `Ủy ban nhân dân xã ${name}`, shortName: `UBND xã ${name}`, kind: 'commune-committee', from: '2025-07-01' });
  });
  doc.groups.push({ id: COMMUNE_GROUP, name: 'UBND các xã, phường', members: ids });
  for (const task of doc.tasks) {
    for (const role of ['lead', 'support']) {
      if (task[role]?.includes('ubnd-cap-huyen')) task[role].push(COMMUNE_GROUP);
    }
  }
  return HEADER + stringify(doc, { lineWidth: 0 });
}

/** One plan for 34 provinces; `communesPerProvince[i]` communes in province i. */
export function buildNationalPlan(base, { seed, communesPerProvince }) {
  const province = PlanSchema.parse(base);
  const obligations = computeObligations(province, BENCH_YEAR);
  const parts = computeIndicatorObligations(province, BENCH_YEAR);
  const archetypes = [...new Set([...obligations, ...parts].map((o) => o.agency))].sort();
  const byId = new Map(province.agencies.map((a) => [a.id, a]));
  const agencies = [
    { id: 'bo-noi-vu', name: 'Bộ Nội vụ', kind: 'other' },
    { id: 'chinh-phu', name: 'Chính phủ', kind: 'other' },
  ];
  const groups = new Map(archetypes.map((a) => [a, { id: `${a}-cac-tinh`, name: `${byId.get(a).name} các tỉnh, thành phố`, members: [] }]));
  const communeGroup = { id: COMMUNE_GROUP, name: 'UBND các xã, phường, đặc khu', members: [] };
  PROVINCES.forEach(([slug, place], i) => {
    for (const a of archetypes) {
      const agency = localAgency(byId.get(a), slug, place);
      agencies.push(agency);
      groups.get(a).members.push(agency.id);
    }
    const names = communeNames(seeded(seed, `communes/${slug}`), communesPerProvince[i]);
    uniqueIds(names.map((n) => `ubnd-xa-${slugify(n)}-${slug}`)).forEach((id, j) => {
      agencies.push({ id, name: `Ủy ban nhân dân xã ${names[j]}, ${place}`, shortName: `UBND xã ${names[j]} (${shortPlace(place)})`, kind: 'commune-committee' });
      communeGroup.members.push(id);
    });
  });
  const holders = (list) => [...new Set(list.map((o) => o.agency))].sort().map((a) => groups.get(a).id);
  const tasks = base.tasks.map((t) => {
    const own = obligations.filter((o) => o.task === t.id);
    const communes = (t.lead ?? []).includes('ubnd-cap-huyen') ? [COMMUNE_GROUP] : [];
    const support = holders(own.filter((o) => o.role === 'support'));
    const { note: _note, ...rest } = t;
    return { ...rest, lead: [...holders(own.filter((o) => o.role === 'lead')), ...communes], ...(support.length > 0 ? { support } : { support: [] }) };
  });
  const indicators = base.indicators.map((ind) => ({
    ...ind,
    parts: ind.parts.map((p) => ({ ...p, reportedBy: holders(parts.filter((o) => o.part === p.id)) })),
  }));
  const doc = {
    id: 'ke-hoach-ct31-toan-quoc-bench',
    title: base.title,
    issuer: 'Bộ Nội vụ (giả định cho đo hiệu năng)',
    jurisdiction: [{ name: 'cả nước' }],
    calendar: { ...base.calendar, coordinator: 'bo-noi-vu', recipient: 'chinh-phu' },
    agencies,
    groups: [...groups.values(), communeGroup],
    tasks,
    indicators,
  };
  return HEADER + stringify(doc, { lineWidth: 0 });
}

function localAgency(a, slug, place) {
  const prefix = a.id === 'bao-bac-giang' ? 'bao' : a.id;
  const name = a.id === 'bao-bac-giang' ? `Báo ${shortPlace(place)}` : a.name.endsWith(' tỉnh') ? `${a.name.slice(0, -5)} ${place}` : `${a.name} ${place}`;
  const short = (a.shortName ?? a.name).replace(/ tỉnh$/, '');
  return { id: `${prefix}-${slug}`, name, shortName: a.id === 'bao-bac-giang' ? name : `${short} ${shortPlace(place)}`, kind: a.kind };
}

function shortPlace(place) {
  return place.replace(/^(tỉnh|thành phố|Thành phố) /, '');
}

function uniqueIds(ids) {
  const seen = new Map();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
