/**
 * `atvsld history show`: the history file's years as text (Vietnamese, or
 * English with --lang en) or as versioned JSON. Each figure says where it
 * came from: the agencies whose reports were summed and the consolidated
 * workbook it was recorded from, or the source typed in the file.
 */
import type { HistoryListing, ListedPart, ListedRecord } from '../core/consolidation/history-listing.js';
import type { Lang } from '../core/diagnostics/format.js';
import { formatViDate, formatViNumber } from './consolidation-text.js';

/** Bumped when a field changes meaning or disappears; adding a field keeps the version. */
export const HISTORY_JSON_VERSION = 1;

export function renderHistoryJson(listing: HistoryListing, file: string): string {
  return `${JSON.stringify({ version: HISTORY_JSON_VERSION, file, ...listing }, null, 2)}\n`;
}

const WORDS = {
  vi: {
    title: 'Số liệu các năm trước',
    recorded: (r: ListedRecord) => `ghi bằng "history record" từ báo cáo tổng hợp ${r.report?.file ?? ''} (sha256 ${r.report?.sha256.slice(0, 12) ?? ''}…)`,
    asOf: 'tính đến',
    recordedOn: 'ghi ngày',
    typed: 'nhập trong tệp',
    firstShape: ' (dạng cũ: địa bàn của kế hoạch năm đó)',
    reportedBy: 'do',
    reported: 'báo cáo',
    source: 'nguồn',
    none: 'Chưa có số liệu nào.',
    amended: 'Bản đã được thay (--amend):',
    replacedOn: 'thay ngày',
    count: (n: number, a: number) => `${n} bản ghi${a > 0 ? `, ${a} bản đã thay` : ''}.`,
  },
  en: {
    title: 'Figures of earlier years',
    recorded: (r: ListedRecord) => `recorded by "history record" from the consolidated report ${r.report?.file ?? ''} (sha256 ${r.report?.sha256.slice(0, 12) ?? ''}…)`,
    asOf: 'as of',
    recordedOn: 'recorded on',
    typed: 'typed into the file',
    firstShape: " (first shape: the plan's territory of that year)",
    reportedBy: 'reported by',
    reported: '',
    source: 'source',
    none: 'Nothing is recorded yet.',
    amended: 'Replaced records (--amend):',
    replacedOn: 'replaced on',
    count: (n: number, a: number) => `${n} record${n === 1 ? '' : 's'}${a > 0 ? `, ${a} replaced` : ''}.`,
  },
} as const;

export function renderHistoryText(listing: HistoryListing, file: string, lang: Lang = 'vi'): string {
  const w = WORDS[lang];
  const number = (n: number): string => (lang === 'en' ? n.toLocaleString('en-US') : formatViNumber(n, Number.isInteger(n) ? 0 : 2));
  const lines = [`${w.title} (${file})${listing.note ? ` — ${listing.note}` : ''}`, ''];
  const head = (r: ListedRecord | (Omit<ListedRecord, 'firstShape'> & { amendedOn?: string })): string => {
    const how = r.origin === 'recorded' ? w.recorded(r as ListedRecord) : w.typed;
    const dates = [r.asOf && `${w.asOf} ${formatViDate(r.asOf)}`, r.recordedOn && `${w.recordedOn} ${formatViDate(r.recordedOn)}`].filter(Boolean).join(', ');
    const shape = 'firstShape' in r && r.firstShape ? w.firstShape : '';
    return `${r.year} — ${r.territoryName} (${r.territory})${shape}: ${how}${dates ? `; ${dates}` : ''}`;
  };
  const part = (p: ListedPart): string => {
    const from =
      p.agencies.length > 0
        ? `${w.reportedBy} ${p.agencies.map((a) => a.name).join(', ')}${w.reported ? ` ${w.reported}` : ''}`
        : p.source !== undefined || p.note !== undefined
          ? `${w.source}: ${[p.source, p.note].filter(Boolean).join('; ')}`
          : w.typed;
    return `    ${p.id.padEnd(28)} ${number(p.value).padStart(11)}  ${from}`;
  };
  if (listing.records.length === 0) lines.push(w.none);
  for (const r of listing.records) lines.push(head(r), ...r.parts.map(part), '');
  if (listing.amended.length > 0) {
    lines.push(w.amended);
    for (const a of listing.amended) lines.push(`  ${head(a)}; ${w.replacedOn} ${formatViDate(a.amendedOn)}`);
    lines.push('');
  }
  lines.push(w.count(listing.records.length, listing.amended.length));
  return `${lines.join('\n')}\n`;
}
