// The bench's table (stdout) and results.json.
import { cpus, totalmem } from 'node:os';
import { round } from './measure.js';

export const TOOLS = ['atvsld', 'naive', 'floor', 'openpyxl'];

export function machineLine() {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`;
}

/** atvsld wall time ÷ each other tool's: below 1 means atvsld is faster. */
export function ratios(w) {
  const out = {};
  for (const tool of TOOLS.slice(1)) if (w[tool]) out[tool] = round(w.atvsld.wallS / w[tool].wallS);
  return out;
}

/** files/s or rows/s, from the wall time. */
export function throughput(w, m) {
  if (w.rows) return { rowsPerS: Math.round(w.rows / m.wallS) };
  if (w.files) return { filesPerS: Math.round(w.files / m.wallS) };
  return {};
}

export function renderTable(machine, workloads) {
  const head = ['workload', 'tool', 'wall s', 'CPU s', 'peak MB', 'files/s or rows/s', 'atvsld ÷ tool (wall)'];
  const rows = [];
  for (const w of workloads) {
    for (const tool of TOOLS) {
      const m = w[tool];
      if (!m) continue;
      const rate = m.rowsPerS ?? m.filesPerS;
      rows.push([
        tool === 'atvsld' ? w.name : '',
        tool === 'floor' && w.name.startsWith('startup') ? 'node -e 0' : tool,
        m.wallS.toFixed(2),
        m.cpuS.toFixed(2),
        String(m.peakRssMb),
        rate === undefined ? '' : `${rate.toLocaleString('en-US')}${m.rowsPerS !== undefined ? ' rows/s' : ' files/s'}`,
        tool === 'atvsld' ? '' : `${w.ratios[tool].toFixed(2)}×`,
      ]);
    }
  }
  const widths = head.map((h, i) => rows.reduce((max, r) => Math.max(max, r[i].length), h.length));
  const line = (cells) => `| ${cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  return [
    `Machine: ${machine}`,
    '',
    line(head),
    `|${widths.map((w, i) => (i >= 2 && i <= 4 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
