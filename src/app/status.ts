/**
 * `atvsld status`: who has reported for year Y and who has not, as of a
 * date. Reads only (no lock, no output file); the figures are those
 * consolidation would give.
 */
import type { ConsolidatedReport } from '../core/consolidation/consolidated-report.js';
import { computeFromWorkspace, type ConsolidateOptions } from './consolidate.js';

export type StatusOptions = Omit<ConsolidateOptions, 'writeWorkbook' | 'outFile' | 'lock'>;

export async function runStatus(o: StatusOptions): Promise<ConsolidatedReport> {
  return computeFromWorkspace(o, false);
}
