/**
 * Sample data must say so on the first page. The report model has no flag
 * for it; the history file of a sample workspace does (its figures carry a
 * note such as "Số liệu mẫu"), so a report built on any such figure is
 * marked. A caller may also pass the notice explicitly.
 */
import type { ConsolidatedReport } from '../../core/consolidation/consolidated-report.js';

export const SAMPLE_NOTICE = 'Dữ liệu mẫu, không phải số liệu thật';

const SAMPLE_WORDS = /(số|dữ) liệu mẫu|sample data/iu;

export function findSampleNotice(report: ConsolidatedReport): string | undefined {
  for (const indicator of report.indicators) {
    for (const years of Object.values(indicator.parts)) {
      for (const value of Object.values(years)) {
        if (SAMPLE_WORDS.test((value.note ?? '').normalize('NFC'))) return SAMPLE_NOTICE;
      }
    }
    // A base summed over territories may rest on sample figures of a territory of its own (the old Bắc Ninh's).
    for (const part of Object.values(indicator.previousParts)) {
      for (const c of part.components) if (SAMPLE_WORDS.test((c.note ?? '').normalize('NFC'))) return SAMPLE_NOTICE;
    }
  }
  return undefined;
}
