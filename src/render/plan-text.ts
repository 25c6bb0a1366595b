/**
 * The plan for a terminal: a summary line, the agency × task matrix that
 * fits 80 columns (tasks are split into several blocks when there are many),
 * and one agency's duties for a year.
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
  const lines: string[] = [
    `${plan.title}\n${formatText(o.lang, 'plan.matrixTitle', { year, agencies: agencies.length, tasks: taskIds.length })}`,
  ];
  for (let start = 0; start < taskIds.length; start += perBlock) {
    const block = taskIds.slice(start, start + perBlock);
    lines.push('', pad(formatText(o.lang, 'plan.agencyColumn'), LABEL_WIDTH) + block.map((t) => pad(t, CELL_WIDTH)).join(''));
    for (const agency of agencies) {
      const cells = block.map((t) => {
        const role = roleOf.get(`${agency.id}|${t}`);
        const mark = role === 'lead' ? o.chalk.bold(lead) : role === 'support' ? support : o.chalk.dim('·');
        return mark + ' '.repeat(CELL_WIDTH - 1);
      });
      lines.push(pad(label(agency), LABEL_WIDTH) + cells.join(''));
    }
  }
  return `${lines.join('\n').replace(/ +$/gm, '')}\n`;
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
