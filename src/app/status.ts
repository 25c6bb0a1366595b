/**
 * `atvsld status`: who has reported for year Y and who has not, as of a
 * date, as a chase list. Reads only (no lock, no output file); the figures
 * are those consolidation would give.
 */
import type { ConsolidatedReport } from '../core/consolidation/consolidated-report.js';
import { buildChaseList, type ChaseRow } from '../core/consolidation/chase-list.js';
import { computeFromWorkspace, type ConsolidateOptions } from './consolidate.js';
import { readYearInputs } from './consolidation-inputs.js';

export type StatusOptions = Omit<ConsolidateOptions, 'writeWorkbook' | 'outFile' | 'lock'>;

export async function runStatus(o: StatusOptions): Promise<ConsolidatedReport> {
  return computeFromWorkspace(o, false);
}

/** The report and its chase list; an agency that sent nothing is given the contact on last year's cover. */
export async function runChaseList(o: StatusOptions): Promise<{ report: ConsolidatedReport; rows: ChaseRow[] }> {
  const report = await runStatus(o);
  const missing = report.agencies.some((a) => a.status === 'missing');
  const contacts = missing ? await lastYearContacts(o) : new Map<string, string>();
  return { report, rows: buildChaseList(report, contacts) };
}

async function lastYearContacts(o: StatusOptions): Promise<Map<string, string>> {
  const previous = await readYearInputs(o.workspace.submissionsDir, o.year - 1, { plan: o.plan, planHash: o.planHash, validate: o.validate });
  const contacts = new Map<string, string>();
  for (const file of previous.files) {
    const s = file.submission;
    if (s?.agency === undefined) continue;
    const parts = [s.cover.contactName, s.cover.phone, s.cover.email].filter((p): p is string => p !== undefined && p.trim() !== '');
    if (parts.length > 0) contacts.set(s.agency, parts.join(', '));
  }
  return contacts;
}
