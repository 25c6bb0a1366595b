/**
 * The cache the CLI keeps checked plans and workspace settings in, or none:
 * when ATVSLD_CACHE_DIR=off, when no cache folder can be named, or when
 * running from the sources (no build id).
 */
import { openInputCache, type JsonCache } from '../app/input-cache.js';
import { BUILD_ID } from './build-id.js';
import type { CliIo } from './cli-io.js';
import { VERSION } from './version.js';

export function cliCache(io: CliIo): JsonCache | undefined {
  if (BUILD_ID === undefined) return undefined;
  return openInputCache(io.env, io.cwd, `${VERSION}+${BUILD_ID}`);
}
