/**
 * An indicator as the written report states it: formatted values, the change
 * against its target, the verdict (with why there is none), the flags in
 * words, and the territory the previous year's figure covers. Every change
 * is printed beside the threshold its verdict was decided against: the
 * yearly change against ±p %/năm, and — from the base year + 2 on, where it
 * is a comparison of its own — the cumulative change from the base year
 * against the compounded target (docs/indicators.md, rule 2).
 */
import type { ConsolidatedReport, CumulativeChange, IndicatorFlag, IndicatorRow } from '../../core/consolidation/consolidated-report.js';
import { formatIndicatorFlag } from '../../core/diagnostics/indicator-flag-messages.js';
import { flagNoteWords, territoryNames, yearlyThreshold } from '../consolidation-text.js';
import { changeBesideVerdict, formatViNumber, indicatorDecimals, joinNames, NBSP } from './vi-words.js';

export function valueText(row: IndicatorRow, year: number): string {
  return figureText(row, row.values[String(year)] ?? null);
}

function figureText(row: IndicatorRow, v: number | null | undefined): string {
  return v === null || v === undefined ? 'chưa có số liệu' : formatViNumber(v, indicatorDecimals(row));
}

/**
 * The year before as the change compares with it: on the report year's
 * territory (`previousValue`: across the 2025 merger, old Bắc Giang's and old
 * Bắc Ninh's 2024 figures summed, 3,26 rather than old Bắc Giang's 3,51), so
 * that the two figures printed side by side give the change printed beside them.
 */
export function previousText(row: IndicatorRow): string {
  return figureText(row, row.previousValue);
}

/** True when Y−1 is a sum over several former territories (a merger): the report says so beside the figure. */
export function composedPrevious(row: IndicatorRow): boolean {
  return row.previousTerritories.length > 1;
}

/** The yearly change (Y against Y−1), with the decimals its verdict's threshold (±p %/năm) needs. */
export function changeText(row: IndicatorRow): string {
  return row.changePercent === null ? '—' : changeBesideVerdict(row.changePercent, yearlyThreshold(row));
}

/**
 * The cumulative change from the base year when it is not the yearly one
 * (the report year is two or more years after the base): it has a verdict of
 * its own, against the compounded target ((1 ± p)^n − 1, indicator-change.ts),
 * which the report states beside it. Undefined at the base year + 1, where the
 * two are the same comparison and the report says it once.
 */
export function separateCumulative(row: IndicatorRow, year: number): CumulativeChange | undefined {
  return row.cumulative && row.cumulative.fromYear < year - 1 ? row.cumulative : undefined;
}

/** The cumulative change with the decimals its own threshold (the compounded target) needs. */
export function cumulativeChangeText(row: IndicatorRow, c: CumulativeChange): string {
  return c.changePercent === null ? '—' : changeBesideVerdict(c.changePercent, { thresholdPercent: c.targetPercent, direction: row.target.direction });
}

/** "Giảm ít nhất 7,84 %": the compounded target, two decimals (docs/indicators.md, rule 7). */
export function cumulativeTargetText(row: IndicatorRow, c: CumulativeChange): string {
  const pct = formatViNumber(Math.abs(c.targetPercent), 2);
  return `${row.target.direction === 'decrease' ? 'Giảm' : 'Tăng'} ít nhất ${pct}${NBSP}%`;
}

/** The base-year value the cumulative change compares with (on the report year's territory). */
export function cumulativeBaseText(row: IndicatorRow, c: CumulativeChange): string {
  return figureText(row, c.baseValue ?? row.values[String(c.fromYear)] ?? null);
}

export function targetText(row: IndicatorRow): string {
  const pct = formatViNumber(row.target.percentPerYear, Number.isInteger(row.target.percentPerYear) ? 0 : 1);
  return row.target.direction === 'decrease' ? `Giảm ít nhất ${pct}${NBSP}%/năm` : `Tăng ít nhất ${pct}${NBSP}%/năm`;
}

export function verdictText(row: Pick<IndicatorRow, 'met'>): string {
  return row.met === true ? 'Đạt' : row.met === false ? 'Không đạt' : 'Chưa đánh giá được';
}

/**
 * The flags in words, in the order the row gives them, each starting in lower
 * case to sit inside a sentence. A flag with details (who is missing, which
 * agency succeeded which: `flagNotes`) is worded by the message catalog, as
 * the terminal summary words it; a partial base names the former territory
 * without figures; the others take their short wording
 * (indicator-flag-messages.ts), or their code when they have none.
 */
export function flagTexts(report: ConsolidatedReport, row: IndicatorRow): string[] {
  const names = territoryNames(report);
  return row.flags.map((flag) => {
    const note = row.flagNotes?.find((n) => n.flag === flag);
    if (note) return lowerFirst(flagNoteWords(note, 'vi'));
    if (flag === 'TERRITORY_PARTIAL_BASE' && row.baseGaps.length > 0) {
      const gaps = row.baseGaps.map((g) => `năm ${g.year} của ${names.get(g.territory) ?? g.territory}`);
      return `thiếu số liệu ${joinNames(gaps)} nên chưa so sánh được trên cùng địa bàn`;
    }
    return formatIndicatorFlag(flag, report.year);
  });
}

/** Flags that leave an indicator without a verdict (docs/indicators.md, rule 2): one of them is the reason given. */
const NO_VERDICT: readonly IndicatorFlag[] = ['MISSING_VALUE', 'MISSING_PREVIOUS', 'PREVIOUS_ZERO', 'PARTS_INCOMPLETE', 'TERRITORY_PARTIAL_BASE'];

/**
 * Why a row has no verdict (the first flag that withholds one, in words), and
 * the other flags as notes. A note that merely informs (the agencies changed)
 * is never given as the reason: "chưa đánh giá được vì còn thiếu số liệu …",
 * not "vì cơ quan cung cấp số liệu … khác năm trước".
 */
export function verdictReason(report: ConsolidatedReport, row: IndicatorRow): { readonly reason: string | undefined; readonly notes: readonly string[] } {
  const words = flagTexts(report, row);
  const at = row.met === null ? row.flags.findIndex((f) => NO_VERDICT.includes(f)) : -1;
  return { reason: at < 0 ? undefined : words[at], notes: words.filter((_, i) => i !== at) };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** The territories the previous year's value covers (`previousTerritories`): "tỉnh Bắc Giang và tỉnh Bắc Ninh (cũ)" across the merger. */
export function baseTerritoryText(report: ConsolidatedReport, row: IndicatorRow): string {
  return territoriesText(report, row.previousTerritories);
}

/** The territories of the base year's value, for the cumulative change. */
export function cumulativeTerritoryText(report: ConsolidatedReport, c: CumulativeChange): string {
  return territoriesText(report, c.baseTerritories ?? []);
}

function territoriesText(report: ConsolidatedReport, ids: readonly string[]): string {
  if (ids.length === 0) return report.header.jurisdictionName;
  const names = territoryNames(report);
  return joinNames(ids.map((id) => names.get(id) ?? id));
}

/**
 * One sentence for the year: this year, the year before (on the same
 * territory), the change against the yearly target, the verdict; from the
 * base year + 2 on, a second for the cumulative change against the
 * compounded target with its own verdict; the flags after "Lưu ý:".
 */
export function indicatorSentence(report: ConsolidatedReport, row: IndicatorRow): string {
  const y = report.year;
  const current = row.values[String(y)] ?? null;
  // With the base year just before Y the cumulative change is the yearly one: said once.
  const c = separateCumulative(row, y);
  let s = `${row.name} năm ${y}: ${current === null ? 'chưa có số liệu' : `${valueText(row, y)} ${row.unit}`}`;
  const where = composedPrevious(row) ? ` trên cùng địa bàn (${baseTerritoryText(report, row)})` : '';
  s += row.previousValue === null ? `; chưa có số liệu năm ${y - 1}${where}` : `; năm ${y - 1}${where}: ${previousText(row)}`;
  if (row.changePercent !== null) s += `; thay đổi ${changeText(row)} so với mục tiêu ${targetText(row).toLocaleLowerCase('vi')}`;
  const which = c ? ' năm' : '';
  s += row.met === null ? ' — chưa đánh giá được' : row.met ? ` — đạt mục tiêu${which}` : ` — không đạt mục tiêu${which}`;
  const { reason, notes } = verdictReason(report, row);
  if (reason !== undefined) s += ` vì ${reason}`;
  s += '.';
  if (c && c.changePercent !== null) {
    s += ` So với năm gốc ${c.fromYear} (${cumulativeBaseText(row, c)}): thay đổi ${cumulativeChangeText(row, c)}`;
    s += ` so với mục tiêu lũy kế ${cumulativeTargetText(row, c).toLocaleLowerCase('vi')}`;
    s += c.met === null ? ' — chưa đánh giá được.' : c.met ? ' — đạt mục tiêu lũy kế.' : ' — không đạt mục tiêu lũy kế.';
  }
  if (notes.length > 0) s += ` Lưu ý: ${notes.join('; ')}.`;
  return s;
}
