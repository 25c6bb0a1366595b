/**
 * Vitest global setup: every atvsld the tests start keeps its cache in a
 * fresh temporary folder, removed afterwards, never in the user's own
 * (~/.cache/atvsld). Test processes inherit this environment.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'atvsld-test-cache-'));
  process.env.ATVSLD_CACHE_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
