/** `atvsld init` puts a commented example history file in the workspace; the example, uncommented, is valid. */
import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuiltCli } from './run-cli.js';

describe('atvsld init: history/indicators.yaml', () => {
  it('is a commented example that history show reads as empty; uncommented, its figures are read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atvsld-init-history-'));
    try {
      expect((await runBuiltCli(['init', 'ws'], { cwd: dir })).code).toBe(0);
      const ws = join(dir, 'ws');
      const file = join(ws, 'history', 'indicators.yaml');
      const text = await readFile(file, 'utf8');
      expect(text).toContain('docs/history.md');
      expect(text.split('\n').every((l) => l === '' || l.startsWith('#'))).toBe(true);
      const empty = await runBuiltCli(['history', 'show'], { cwd: ws });
      expect(empty.code).toBe(0);
      expect(empty.stdout).toContain('Chưa có số liệu nào.');

      const example = text.slice(text.indexOf('# years:')).split('\n').map((l) => l.replace(/^# ?/, '')).join('\n');
      await writeFile(file, example);
      const shown = await runBuiltCli(['history', 'show', '--format', 'json'], { cwd: ws });
      expect(shown.stderr).toBe('');
      const json = JSON.parse(shown.stdout) as { records: { year: number; territory: string; territoryName: string; parts: { id: string; value: number }[] }[] };
      expect(json.records.map((r) => [r.year, r.territory, r.territoryName, r.parts.length])).toEqual([[2024, 'bac-ninh-cu', 'tỉnh Bắc Ninh (cũ)', 9]]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
