/**
 * Three witnesses of whose form this is: the hidden metadata's agency id,
 * the agency name on the cover (matched against the plan's names, short
 * names and aliases with foldKey), and the file name. The metadata wins;
 * validation reports when they disagree.
 */
import type { Plan } from '../plan/plan-schema.js';
import { agencyByFoldedName, agencyIds } from '../plan/plan-index.js';
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
  if (w.meta !== undefined && agencyIds(plan).has(w.meta)) return w.meta;
  return w.cover ?? (w.meta === undefined ? w.fileName : undefined);
}

export function matchAgencyName(plan: Plan, name: string): string | undefined {
  const key = foldKey(name);
  if (key === '') return undefined;
  return agencyByFoldedName(plan).get(key);
}

/**
 * `bao-cao-atvsld-<year>-<agency>[-anything].xlsx` (formFileName) and
 * `<agency>-<year>-<n>.xlsx` (copies stored by `atvsld receive`). The agency
 * is the longest plan id that fits, so "so-tai-chinh-lan-2" is so-tai-chinh.
 */
export function agencyFromFileName(plan: Plan, path: string): { agency?: string; year?: number } {
  const base = (path.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.(xlsx|xlsm|xls)$/, '');
  const ids = agencyIds(plan);
  const form = /^bao-cao-atvsld-(\d{4})-(.+)$/.exec(base);
  if (form) {
    // Candidates are the name and its prefixes ending before a dash, longest first: a set lookup each.
    let agency: string | undefined = form[2]!;
    while (agency !== undefined && !ids.has(agency)) agency = agency.includes('-') ? agency.slice(0, agency.lastIndexOf('-')) : undefined;
    return { year: Number(form[1]), ...(agency !== undefined && { agency }) };
  }
  // The agency is everything before `-<year>-<n>`; one match, then a set lookup (plans have thousands of ids).
  const stored = /^(.+)-(\d{4})-\d+$/.exec(base);
  if (stored && ids.has(stored[1]!)) return { agency: stored[1]!, year: Number(stored[2]) };
  return {};
}
