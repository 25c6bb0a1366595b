/**
 * The plan for a terminal: a summary line, the agency × task matrix that
 * fits 80 columns (tasks are split into several blocks when there are many),
 * and one agency's duties for a year. People's Committees of one level that
 * owe exactly the same (99 communes) share one row, "99 × UBND cấp xã", so
 * the matrix stays a screen long; --format json or --agency lists them.
 */
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../core/diagnostics/format.js';
import type { Agency, Plan } from '../core/plan/plan-schema.js';
import { computeIndicatorObligations, computeObligations, type Obligation } from '../core/plan/obligations.js';
import { compareTaskIds } from '../core/plan/task-order.js';
import { compareIds } from '../core/text/compare-ids.js';

const WIDTH = 80;
const LABEL_WIDTH = 24;
const CELL_WIDTH = 5;

export function renderPlanSummary(plan: Plan, file: string, lang: Lang): string {
  const counts = `${plan.agencies.length} ${lang === 'en' ? 'agencies' : 'cơ quan'}, ${plan.groups.length} ${
    lang === 'en' ? 'groups' : 'nhóm'
  }, ${plan.tasks.length} ${lang === 'en' ? 'tasks' : 'nhiệm vụ'}, ${plan.indicators.length} ${lang === 'en' ? 'indicators' : 'chỉ tiêu'}`;
  return lang === 'en'
    ? `The plan is valid: ${file}\n  ${plan.title}\n  ${counts}\n`
    : `Kế hoạch hợp lệ: ${file}\n  ${plan.title}\n  ${counts}\n`;
}

export function renderPlanMatrix(plan: Plan, year: number, o: { lang: Lang; chalk: ChalkInstance }): string {
  const obligations = computeObligations(plan, year);
  const taskIds = [...new Set(obligations.map((x) => x.task))].sort(compareTaskIds);
  const agencies = orderedAgencies(plan, obligations);
  const roleOf = new Map(obligations.map((x) => [`${x.agency}|${x.task}`, x.role]));
  const perBlock = Math.max(1, Math.floor((WIDTH - LABEL_WIDTH) / CELL_WIDTH));
  const rows = matrixRows(agencies, taskIds, roleOf);
  const lines: string[] = [
    o.lang === 'en'
      ? `${plan.title}\nWho reports what in ${year} — L = lead, S = support (${agencies.length} agencies, ${taskIds.length} tasks)`
      : `${plan.title}\nPhân công báo cáo năm ${year} — L = chủ trì (lead), S = phối hợp (support); ${agencies.length} cơ quan, ${taskIds.length} nhiệm vụ`,
  ];
  for (let start = 0; start < taskIds.length; start += perBlock) {
    const block = taskIds.slice(start, start + perBlock);
    lines.push('', pad(o.lang === 'en' ? 'Agency' : 'Cơ quan', LABEL_WIDTH) + block.map((t) => pad(t, CELL_WIDTH)).join(''));
    for (const row of rows) {
      const cells = block.map((t) => {
        const role = roleOf.get(`${row.agency.id}|${t}`);
        const mark = role === 'lead' ? o.chalk.bold('L') : role === 'support' ? 'S' : o.chalk.dim('·');
        return mark + ' '.repeat(CELL_WIDTH - 1);
      });
      lines.push(pad(row.count > 1 ? sharedLabel(row.agency.kind, row.count, o.lang) : label(row.agency), LABEL_WIDTH) + cells.join(''));
    }
  }
  return `${lines.join('\n').replace(/ +$/gm, '')}\n`;
}

/** Levels whose committees are many and usually owe alike. */
const SHARED_KINDS: ReadonlySet<Agency['kind']> = new Set(['district-committee', 'commune-committee']);

/** One row per agency, except committees of a level with the same duties: one row for all of them, where the first stood. */
function matrixRows(agencies: readonly Agency[], taskIds: readonly string[], roleOf: ReadonlyMap<string, string>): { agency: Agency; count: number }[] {
  const rows: { agency: Agency; count: number }[] = [];
  const shared = new Map<string, { agency: Agency; count: number }>();
  for (const agency of agencies) {
    if (!SHARED_KINDS.has(agency.kind)) {
      rows.push({ agency, count: 1 });
      continue;
    }
    const key = `${agency.kind}|${taskIds.map((t) => roleOf.get(`${agency.id}|${t}`) ?? '').join('|')}`;
    const row = shared.get(key);
    if (row) row.count += 1;
    else {
      const fresh = { agency, count: 1 };
      shared.set(key, fresh);
      rows.push(fresh);
    }
  }
  return rows;
}

function sharedLabel(kind: Agency['kind'], count: number, lang: Lang): string {
  if (lang === 'en') return `${count} × ${kind === 'commune-committee' ? 'commune PC' : 'district PC'}`;
  return `${count} × ${kind === 'commune-committee' ? 'UBND cấp xã' : 'UBND cấp huyện'}`;
}

export function renderAgencyDuties(plan: Plan, year: number, agencyId: string, lang: Lang): string {
  const agency = plan.agencies.find((a) => a.id === agencyId);
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  const owed = computeObligations(plan, year).filter((x) => x.agency === agencyId);
  const parts = computeIndicatorObligations(plan, year).filter((x) => x.agency === agencyId);
  const partNames = new Map(plan.indicators.flatMap((i) => i.parts.map((p) => [p.id, `${p.name} (${p.unit})`] as const)));
  const roleWord = (r: Obligation['role']): string =>
    lang === 'en' ? (r === 'lead' ? 'lead' : 'support') : r === 'lead' ? 'chủ trì' : 'phối hợp';
  const head =
    lang === 'en'
      ? `${agency?.name ?? agencyId} — tasks to report for ${year}: ${owed.length}`
      : `${agency?.name ?? agencyId} — nhiệm vụ phải báo cáo năm ${year}: ${owed.length}`;
  const lines = [head];
  for (const o of owed) {
    const via = o.inheritedFrom ? (lang === 'en' ? ` (taken over from ${o.inheritedFrom})` : ` (kế thừa từ ${o.inheritedFrom})`) : '';
    lines.push(`  ${o.task.padEnd(6)} ${roleWord(o.role).padEnd(9)} ${tasks.get(o.task)?.title ?? ''}${via}`);
  }
  if (parts.length > 0) {
    lines.push(lang === 'en' ? 'Indicator figures to report:' : 'Số liệu chỉ tiêu phải báo cáo:');
    for (const p of parts) lines.push(`  ${p.part}: ${partNames.get(p.part) ?? ''}`);
  }
  if (owed.length === 0 && parts.length === 0) {
    lines.push(lang === 'en' ? '  (nothing owed this year)' : '  (không phải báo cáo năm này)');
  }
  return `${lines.join('\n')}\n`;
}

const KIND_ORDER: Agency['kind'][] = [
  'provincial-committee',
  'department',
  'mass-organisation',
  'press',
  'district-committee',
  'commune-committee',
  'other',
];

function orderedAgencies(plan: Plan, obligations: readonly Obligation[]): Agency[] {
  const owing = new Set(obligations.map((o) => o.agency));
  return plan.agencies
    .filter((a) => owing.has(a.id))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compareIds(a.id, b.id));
}

function label(agency: Agency): string {
  const name = agency.shortName ?? agency.name;
  return name.length > LABEL_WIDTH - 2 ? `${name.slice(0, LABEL_WIDTH - 3)}…` : name;
}

function pad(text: string, width: number): string {
  return text.padEnd(width);
}
