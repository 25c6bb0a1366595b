/**
 * `atvsld history show`: the history file's years as text (Vietnamese, or
 * English with --lang en) or as versioned JSON. Each figure says where it
 * came from: the agencies whose reports were summed and the consolidated
 * workbook it was recorded from, or the source typed in the file.
 */
import type { HistoryListing, ListedPart, ListedRecord } from '../core/consolidation/history-listing.js';
import { formatText, type Lang } from '../core/diagnostics/format.js';
import { formatViDate, formatViNumber } from './consolidation-text.js';

/** Bumped when a field changes meaning or disappears; adding a field keeps the version. */
export const HISTORY_JSON_VERSION = 1;

export function renderHistoryJson(listing: HistoryListing, file: string): string {
  return `${JSON.stringify({ version: HISTORY_JSON_VERSION, file, ...listing }, null, 2)}\n`;
}

export function renderHistoryText(listing: HistoryListing, file: string, lang: Lang = 'vi'): string {
  const number = (n: number): string => (lang === 'en' ? n.toLocaleString('en-US') : formatViNumber(n, Number.isInteger(n) ? 0 : 2));
  const lines = [`${formatText(lang, 'history.title', { file })}${listing.note ? ` — ${listing.note}` : ''}`, ''];
  const head = (r: Omit<ListedRecord, 'firstShape'> & { firstShape?: boolean }): string => {
    const how = r.report ? formatText(lang, 'history.fromReport', { report: r.report.file, sha256: r.report.sha256.slice(0, 12) }) : formatText(lang, 'history.typed');
    const dates = [r.asOf && formatText(lang, 'history.asOf', { date: formatViDate(r.asOf) }), r.recordedOn && formatText(lang, 'history.recordedOn', { date: formatViDate(r.recordedOn) })]
      .filter(Boolean)
      .join(', ');
    return `${r.year} — ${r.territoryName} (${r.territory})${r.firstShape ? formatText(lang, 'history.firstShape') : ''}: ${how}${dates ? `; ${dates}` : ''}`;
  };
  const part = (p: ListedPart): string => {
    const from =
      p.agencies.length > 0
        ? formatText(lang, 'history.reportedBy', { agencies: p.agencies.map((a) => a.name).join(', ') })
        : p.source !== undefined || p.note !== undefined
          ? formatText(lang, 'history.source', { source: [p.source, p.note].filter(Boolean).join('; ') })
          : formatText(lang, 'history.typed');
    return `    ${p.id.padEnd(28)} ${number(p.value).padStart(11)}  ${from}`;
  };
  if (listing.records.length === 0) lines.push(formatText(lang, 'history.none'));
  for (const r of listing.records) {
    lines.push(head(r));
    for (const p of r.parts) lines.push(part(p));
    lines.push('');
  }
  if (listing.amended.length > 0) {
    lines.push(formatText(lang, 'history.amendedHeading'));
    for (const a of listing.amended) lines.push(`  ${head(a)}; ${formatText(lang, 'history.replacedOn', { date: formatViDate(a.amendedOn) })}`);
    lines.push('');
  }
  lines.push(formatText(lang, 'history.count', { records: listing.records.length, amended: listing.amended.length }));
  return `${lines.join('\n')}\n`;
}
