/**
 * The per-user cache of checked plans and workspace settings (src/io/cache),
 * or none when ATVSLD_CACHE_DIR=off or no cache folder can be named. Entries
 * are kept per `build` (version and build id), so a new atvsld never reads
 * what an older one wrote.
 */
import { cacheDir } from '../io/cache/cache-dir.js';
import { openJsonCache, type JsonCache } from '../io/cache/json-cache.js';

export type { JsonCache };

export function openInputCache(env: Readonly<Record<string, string | undefined>>, cwd: string, build: string): JsonCache | undefined {
  const dir = cacheDir(env, cwd);
  return dir === undefined ? undefined : openJsonCache(dir, build);
}
