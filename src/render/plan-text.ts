/**
 * The plan for a terminal: a summary line, the agency × task matrix that
 * fits 80 columns (tasks are split into several blocks when there are many),
 * and one agency's duties for a year. People's Committees of one level that
 * owe exactly the same (99 communes) share one row, "99 × UBND cấp xã", so
 * the matrix stays a screen long; --format json or --agency lists them.
 */
import type { ChalkInstance } from 'chalk';
import { formatText, type Lang } from '../core/diagnostics/format.js';
import type { Agency, Plan } from '../core/plan/plan-schema.js';
import { computeIndicatorObligations, computeObligations, type Obligation } from '../core/plan/obligations.js';
import { compareTaskIds } from '../core/plan/task-order.js';
import { compareIds } from '../core/text/compare-ids.js';

const WIDTH = 80;
const LABEL_WIDTH = 24;
const CELL_WIDTH = 5;

export function renderPlanSummary(plan: Plan, file: string, lang: Lang): string {
  const counts = formatText(lang, 'plan.counts', { agencies: plan.agencies.length, groups: plan.groups.length, tasks: plan.tasks.length, indicators: plan.indicators.length });
  return `${formatText(lang, 'plan.valid', { file })}\n  ${plan.title}\n  ${counts}\n`;
}

export function renderPlanMatrix(plan: Plan, year: number, o: { lang: Lang; chalk: ChalkInstance }): string {
  const obligations = computeObligations(plan, year);
  const taskIds = [...new Set(obligations.map((x) => x.task))].sort(compareTaskIds);
  const agencies = orderedAgencies(plan, obligations);
  const roleOf = new Map(obligations.map((x) => [`${x.agency}|${x.task}`, x.role]));
  // One legend everywhere: C/P (chủ trì, phối hợp) as in the workbook, L/S in English.
  const lead = formatText(o.lang, 'role.leadLetter');
  const support = formatText(o.lang, 'role.supportLetter');
  const perBlock = Math.max(1, Math.floor((WIDTH - LABEL_WIDTH) / CELL_WIDTH));
  const rows = matrixRows(agencies, taskIds, roleOf);
  const lines: string[] = [
    `${plan.title}\n${formatText(o.lang, 'plan.matrixTitle', { year, agencies: agencies.length, tasks: taskIds.length })}`,
  ];
  for (let start = 0; start < taskIds.length; start += perBlock) {
    const block = taskIds.slice(start, start + perBlock);
    lines.push('', pad(formatText(o.lang, 'plan.agencyColumn'), LABEL_WIDTH) + block.map((t) => pad(t, CELL_WIDTH)).join(''));
    for (const row of rows) {
      const cells = block.map((t) => {
        const role = roleOf.get(`${row.agency.id}|${t}`);
        const mark = role === 'lead' ? o.chalk.bold(lead) : role === 'support' ? support : o.chalk.dim('·');
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
  return formatText(lang, kind === 'commune-committee' ? 'plan.sharedCommunes' : 'plan.sharedDistricts', { count });
}

export function renderAgencyDuties(plan: Plan, year: number, agencyId: string, lang: Lang): string {
  const agency = plan.agencies.find((a) => a.id === agencyId);
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  const owed = computeObligations(plan, year).filter((x) => x.agency === agencyId);
  const parts = computeIndicatorObligations(plan, year).filter((x) => x.agency === agencyId);
  const partNames = new Map(plan.indicators.flatMap((i) => i.parts.map((p) => [p.id, `${p.name} (${p.unit})`] as const)));
  const roleWord = (r: Obligation['role']): string => formatText(lang, r === 'lead' ? 'role.lead' : 'role.support');
  const head = formatText(lang, 'plan.dutiesHead', { agency: agency?.name ?? agencyId, year, count: owed.length });
  const lines = [head];
  for (const o of owed) {
    const via = o.inheritedFrom ? formatText(lang, 'plan.inherited', { from: o.inheritedFrom }) : '';
    lines.push(`  ${o.task.padEnd(6)} ${roleWord(o.role).padEnd(9)} ${tasks.get(o.task)?.title ?? ''}${via}`);
  }
  if (parts.length > 0) {
    lines.push(formatText(lang, 'plan.partsHead'));
    for (const p of parts) lines.push(`  ${p.part}: ${partNames.get(p.part) ?? ''}`);
  }
  if (owed.length === 0 && parts.length === 0) {
    lines.push(formatText(lang, 'plan.nothingOwed'));
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
