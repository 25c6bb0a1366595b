/** What every part of the written report needs: the report, the office's settings, and agency names by id. */
import type { ConsolidatedReport } from '../../core/consolidation/consolidated-report.js';
import type { ReportSettings } from '../../core/report-document/report-settings.js';
import type { AgencyKind } from '../../core/plan/plan-schema.js';
import { documentNumber } from './vi-words.js';

export interface ReportContext {
  readonly report: ConsolidatedReport;
  readonly settings: ReportSettings;
  /** Full plan name of an agency id (the id itself when unknown). */
  readonly name: (agencyId: string) => string;
  /** Kind of an agency of the year (undefined when the plan does not say). */
  readonly kind: (agencyId: string) => AgencyKind | undefined;
  /** "tỉnh Bắc Ninh" → "Bắc Ninh". */
  readonly place: string;
  /** "…/BC-SNV" or "05/BC-SNV". */
  readonly numberLine: string;
  readonly coordinatorName: string;
  readonly recipientName: string;
}

export function buildReportContext(report: ConsolidatedReport, settings: ReportSettings): ReportContext {
  const names = new Map<string, string>();
  for (const a of report.otherAgencies) names.set(a.id, a.name);
  for (const a of report.agencies) names.set(a.id, a.name);
  const kinds = new Map<string, AgencyKind>();
  for (const a of report.agencies) if (a.kind) kinds.set(a.id, a.kind);
  const territory = report.header.jurisdictionName.replace(/^(tỉnh|thành phố)\s+/iu, '');
  const place = settings.place ?? territory;
  const recipient = report.header.recipient.name;
  return {
    report,
    settings,
    name: (id) => names.get(id) ?? id,
    kind: (id) => kinds.get(id),
    place,
    numberLine: `${documentNumber(settings.number)}/BC-${settings.abbreviation}`,
    coordinatorName: report.header.coordinator.name,
    // "Ủy ban nhân dân tỉnh" reads unfinished in an address: add the province.
    recipientName: settings.recipient ?? (/\btỉnh$/u.test(recipient) ? `${recipient} ${territory}` : recipient),
  };
}
