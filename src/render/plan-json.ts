/** `plan show --format json`: versioned, stable key order, one trailing newline. */
import type { Plan } from '../core/plan/plan-schema.js';
import { computeIndicatorObligations, computeObligations } from '../core/plan/obligations.js';
import { jsonSafe } from './json-safe.js';

export function renderPlanJson(plan: Plan, year: number, agencyId?: string): string {
  const only = <T extends { agency: string }>(rows: T[]): T[] =>
    agencyId === undefined ? rows : rows.filter((r) => r.agency === agencyId);
  const body = {
    version: 1,
    plan: {
      id: plan.id,
      title: plan.title,
      agencies: plan.agencies.map((a) => ({
        id: a.id,
        name: a.name,
        shortName: a.shortName ?? null,
        kind: a.kind,
        ...(a.code !== undefined ? { code: a.code } : {}),
        from: a.from ?? null,
        until: a.until ?? null,
        successors: a.successors.map((s) => ({ agency: s.agency, from: s.from, functions: s.functions })),
      })),
      groups: plan.groups.map((g) => ({
        id: g.id,
        name: g.name,
        members: g.members,
        ...(g.successor !== undefined ? { successor: { group: g.successor.group, from: g.successor.from } } : {}),
      })),
      tasks: plan.tasks.map((t) => ({
        id: t.id,
        section: t.section,
        title: t.title,
        rhythm: t.rhythm,
        lead: t.lead,
        support: t.support,
        relatedInvited: t.relatedInvited,
        placeholder: t.placeholder,
      })),
      indicators: plan.indicators.map((i) => ({
        id: i.id,
        name: i.name,
        unit: i.unit,
        target: i.target,
        parts: i.parts.map((p) => ({ id: p.id, name: p.name, unit: p.unit })),
      })),
    },
    year,
    obligations: only(computeObligations(plan, year)).map((o) => ({
      agency: o.agency,
      task: o.task,
      role: o.role,
      ...(o.inheritedFrom ? { inheritedFrom: o.inheritedFrom } : {}),
    })),
    indicatorObligations: only(computeIndicatorObligations(plan, year)),
  };
  return `${jsonSafe(JSON.stringify(body, null, 2))}\n`;
}
