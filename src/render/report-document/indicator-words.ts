/**
 * An indicator as the written report states it: formatted values, the change
 * against its target, the verdict (with why there is none), the flags in
 * words, and the territory the previous year's figure covers.
 */
import type { ConsolidatedReport, IndicatorRow } from '../../core/consolidation/consolidated-report.js';
import { formatIndicatorFlag } from '../../core/diagnostics/indicator-flag-messages.js';
import { formatChangePercent, formatViNumber, indicatorDecimals, joinNames, NBSP, signedPercent } from './vi-words.js';

export function valueText(row: IndicatorRow, year: number): string {
  const v = row.values[String(year)] ?? null;
  return v === null ? 'chưa có số liệu' : formatViNumber(v, indicatorDecimals(row));
}

export function changeText(row: IndicatorRow): string {
  return row.changePercent === null ? '—' : formatChangePercent(row.changePercent, row.target, row.met);
}

export function targetText(row: IndicatorRow): string {
  const pct = formatViNumber(row.target.percentPerYear, Number.isInteger(row.target.percentPerYear) ? 0 : 1);
  return row.target.direction === 'decrease' ? `Giảm ít nhất ${pct}${NBSP}%/năm` : `Tăng ít nhất ${pct}${NBSP}%/năm`;
}

export function verdictText(row: IndicatorRow): string {
  return row.met === true ? 'Đạt' : row.met === false ? 'Không đạt' : 'Chưa đánh giá được';
}

/** The flags in words, in the order the row gives them. */
export function flagTexts(row: IndicatorRow, year: number): string[] {
  return row.flags.map((f) => formatIndicatorFlag(f, year));
}

/**
 * The territory the previous year's value covers: its territories' names
 * when consolidation says (`previousTerritories`, added with the merged
 * province's bases), else the year's territory. Read structurally so that
 * this compiles before and after that field exists.
 */
export function baseTerritoryText(report: ConsolidatedReport, row: IndicatorRow): string {
  const ids = (row as { readonly previousTerritories?: readonly string[] }).previousTerritories;
  if (ids === undefined || ids.length === 0) return report.header.jurisdictionName;
  const names = new Map<string, string>();
  for (const t of (report as { readonly territories?: readonly { id: string; name: string }[] }).territories ?? []) names.set(t.id, t.name);
  return joinNames(ids.map((id) => names.get(id) ?? id));
}

/** One sentence: this year, last year, the change against the target, the verdict; flags after "Lưu ý:". */
export function indicatorSentence(report: ConsolidatedReport, row: IndicatorRow): string {
  const y = report.year;
  const current = row.values[String(y)] ?? null;
  const previous = row.values[String(y - 1)] ?? null;
  let s = `${row.name} năm ${y}: ${current === null ? 'chưa có số liệu' : `${valueText(row, y)} ${row.unit}`}`;
  s += previous === null ? `; chưa có số liệu năm ${y - 1}` : `; năm ${y - 1}: ${valueText(row, y - 1)}`;
  if (row.changePercent !== null) s += `; thay đổi ${changeText(row)} so với mục tiêu ${targetText(row).toLocaleLowerCase('vi')}`;
  s += row.met === null ? ' — chưa đánh giá được' : row.met ? ' — đạt mục tiêu' : ' — không đạt mục tiêu';
  const flags = flagTexts(row, y);
  if (row.met === null && flags.length > 0) s += ` vì ${flags[0]}`;
  s += '.';
  const rest = row.met === null ? flags.slice(1) : flags;
  if (rest.length > 0) s += ` Lưu ý: ${rest.join('; ')}.`;
  // With the base year just before Y the cumulative change is the yearly one: said once.
  if (row.cumulative && row.cumulative.changePercent !== null && row.cumulative.fromYear < y - 1) {
    const c = row.cumulative;
    const target = { ...row.target, percentPerYear: Math.abs(c.targetPercent) };
    s += ` So với năm gốc ${c.fromYear}: ${formatChangePercent(c.changePercent ?? 0, target, c.met)} (mục tiêu lũy kế ${signedPercent(c.targetPercent, 1)}).`;
  }
  return s;
}
