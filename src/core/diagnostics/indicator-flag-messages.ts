/**
 * The wording of an indicator's flags (IndicatorRow.flags), keyed by flag
 * code, for every view that explains a figure in words (the written report,
 * and any other that looks a flag up here). `{year}` is the reporting year,
 * `{previousYear}` the year before. A flag with no entry here is shown by its
 * code, so a new flag is never silently dropped.
 */
import type { ReasonWording } from './reason-messages.js';

export const INDICATOR_FLAG_MESSAGES: Readonly<Record<string, ReasonWording>> = {
  MISSING_VALUE: { vi: 'chưa có số liệu năm {year}', en: 'no figure for {year}' },
  MISSING_PREVIOUS: { vi: 'chưa có số liệu năm {previousYear} nên chưa tính được mức thay đổi', en: 'no figure for {previousYear}, so no yearly change' },
  PREVIOUS_ZERO: { vi: 'số liệu năm {previousYear} bằng 0 nên không tính được tỷ lệ thay đổi', en: 'the {previousYear} figure is zero, so the change in percent is undefined' },
  AGENCIES_CHANGED: {
    vi: 'cơ quan cung cấp số liệu năm {year} khác năm {previousYear}, không phải do sắp xếp bộ máy; so sánh chỉ có tính tham khảo',
    en: 'the agencies behind the {year} figure differ from {previousYear} for a reason other than the reorganisation: compare with care',
  },
  AGENCIES_REORGANISED: {
    vi: 'cơ quan cung cấp số liệu năm {year} khác năm {previousYear} do sắp xếp bộ máy; số liệu được so sánh theo cơ quan kế thừa',
    en: 'the agencies behind the {year} figure differ from {previousYear} through the reorganisation; figures are compared through the successor',
  },
  DENOMINATOR_CHANGED: {
    vi: 'mẫu số năm {year} thay đổi nhiều so với năm {previousYear}; tỷ lệ thay đổi có thể do mẫu số',
    en: 'the denominator moved a lot from {previousYear} to {year}; the rate may have moved because of it',
  },
  DEFINITION_CHANGED: {
    vi: 'cách xác định số liệu năm {year} khác năm {previousYear}, so sánh chỉ có tính tham khảo',
    en: 'the figure is defined differently in {year} and {previousYear}: the comparison is indicative only',
  },
  PARTS_INCOMPLETE: { vi: 'còn cơ quan chưa báo cáo số liệu năm {year}, tổng số chưa đầy đủ', en: 'some agencies have not reported their {year} figures: the sum is partial' },
  MISSING_BASE: { vi: 'chưa có số liệu năm gốc nên chưa tính được mức thay đổi lũy kế', en: 'no figure for the base year, so no cumulative change' },
  TERRITORY_PARTIAL_BASE: {
    vi: 'thiếu số liệu năm {previousYear} của một phần địa bàn hiện nay nên chưa so sánh được trên cùng địa bàn',
    en: 'part of the present territory has no {previousYear} figure, so the years cannot be compared on the same territory',
  },
};

export function formatIndicatorFlag(flag: string, year: number, lang: 'vi' | 'en' = 'vi'): string {
  const entry = INDICATOR_FLAG_MESSAGES[flag];
  if (entry === undefined) return flag;
  return entry[lang].replaceAll('{year}', String(year)).replaceAll('{previousYear}', String(year - 1));
}
