/**
 * Three witnesses of whose form this is: the hidden metadata's agency id,
 * the agency name on the cover (matched against the plan's names, short
 * names and aliases with foldKey), and the file name. The metadata wins;
 * validation reports when they disagree.
 */
import type { Plan } from '../plan/plan-schema.js';
import { foldKey } from '../text/fold-key.js';

export interface AgencyWitnesses {
  /** From the metadata, as written (may not be in the plan). */
  readonly meta?: string;
  /** Plan agency whose name matches the cover's. */
  readonly cover?: string;
  /** Plan agency named by the file name. */
  readonly fileName?: string;
  readonly fileYear?: number;
}

export function findAgencyWitnesses(plan: Plan, o: { metaAgency?: string; coverName?: string; fileName: string }): AgencyWitnesses {
  const cover = o.coverName !== undefined ? matchAgencyName(plan, o.coverName) : undefined;
  const fromFile = agencyFromFileName(plan, o.fileName);
  return {
    ...(o.metaAgency !== undefined && { meta: o.metaAgency }),
    ...(cover !== undefined && { cover }),
    ...(fromFile.agency !== undefined && { fileName: fromFile.agency }),
    ...(fromFile.year !== undefined && { fileYear: fromFile.year }),
  };
}

/** The agency the form is taken to belong to. */
export function resolveAgency(plan: Plan, w: AgencyWitnesses): string | undefined {
  if (w.meta !== undefined && plan.agencies.some((a) => a.id === w.meta)) return w.meta;
  return w.cover ?? (w.meta === undefined ? w.fileName : undefined);
}

export function matchAgencyName(plan: Plan, name: string): string | undefined {
  const key = foldKey(name);
  if (key === '') return undefined;
  const hit = plan.agencies.find((a) => [a.name, a.shortName, ...a.aliases].some((n) => n !== undefined && foldKey(n) === key));
  return hit?.id;
}

/**
 * `bao-cao-atvsld-<year>-<agency>[-anything].xlsx` (formFileName) and
 * `<agency>-<year>-<n>.xlsx` (copies stored by `atvsld receive`). The agency
 * is the longest plan id that fits, so "so-tai-chinh-lan-2" is so-tai-chinh.
 */
export function agencyFromFileName(plan: Plan, path: string): { agency?: string; year?: number } {
  const base = (path.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.(xlsx|xlsm|xls)$/, '');
  const ids = plan.agencies.map((a) => a.id).sort((a, b) => b.length - a.length);
  const form = /^bao-cao-atvsld-(\d{4})-(.+)$/.exec(base);
  if (form) {
    const rest = form[2]!;
    const agency = ids.find((id) => rest === id || rest.startsWith(`${id}-`));
    return { year: Number(form[1]), ...(agency !== undefined && { agency }) };
  }
  for (const id of ids) {
    const stored = new RegExp(`^${id}-(\\d{4})-\\d+$`).exec(base);
    if (stored) return { agency: id, year: Number(stored[1]) };
  }
  return {};
}
