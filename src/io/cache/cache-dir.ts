/**
 * Where atvsld keeps its per-user cache: $ATVSLD_CACHE_DIR, else
 * $XDG_CACHE_HOME/atvsld, else ~/.cache/atvsld (%LOCALAPPDATA%\atvsld on
 * Windows). `ATVSLD_CACHE_DIR=off` turns the cache off. Read from the
 * injected environment only, so that a test without HOME never touches the
 * user's cache.
 */
import { join, resolve } from 'node:path';

export const CACHE_OFF = 'off';

export function cacheDir(env: Readonly<Record<string, string | undefined>>, cwd: string): string | undefined {
  const explicit = env.ATVSLD_CACHE_DIR;
  if (explicit !== undefined && explicit !== '') return explicit === CACHE_OFF ? undefined : resolve(cwd, explicit);
  if (env.XDG_CACHE_HOME) return join(resolve(cwd, env.XDG_CACHE_HOME), 'atvsld');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'atvsld', 'cache');
  if (env.HOME) return join(env.HOME, '.cache', 'atvsld');
  return undefined;
}
