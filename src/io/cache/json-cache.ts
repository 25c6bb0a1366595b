/**
 * A small on-disk cache of JSON values, each stored under a name (one entry
 * per name, so the cache stays as small as the set of files it speaks for)
 * and valid only for an exact key. An entry is one header line — name, key,
 * sha256 and length of the payload — and the payload. A torn, truncated or
 * altered entry fails the checksum and counts as absent. Entries are written
 * to a temporary file and renamed into place, so a reader never sees half of
 * one; what a killed run leaves of its temporary file is removed by a later
 * write once it is an hour old. Every error is swallowed: the cache only ever
 * saves time.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exactJson } from './exact-json.js';

export interface JsonCache {
  /** The value stored under `name` for exactly `key`; undefined when there is none or it is damaged. */
  get(name: string, key: string): unknown;
  /** Stores `value` (when JSON gives it back exactly) under `name` for `key`, replacing what was there. */
  set(name: string, key: string, value: unknown): void;
}

/** Bumped whenever the entry layout changes. */
const LAYOUT = 'atvsld-cache-1';

interface Header {
  layout: string;
  name: string;
  key: string;
  sha256: string;
  length: number;
}

/**
 * `stamp` names the program that computed the values (version and build),
 * and is part of every key: another build never reads this one's entries.
 */
export function openJsonCache(dir: string, stamp: string): JsonCache {
  const fileOf = (name: string): string => join(dir, `${sha256(name).slice(0, 32)}.json`);
  const fullKey = (key: string): string => sha256(`${stamp}\0${key}`);
  return {
    get(name, key) {
      try {
        return readEntry(fileOf(name), name, fullKey(key));
      } catch {
        return undefined;
      }
    },
    set(name, key, value) {
      try {
        writeEntry(dir, fileOf(name), name, fullKey(key), value);
      } catch {
        // A read-only or full disk only costs the next run some time.
      }
    },
  };
}

function readEntry(file: string, name: string, key: string): unknown {
  const text = readFileSync(file, 'utf8');
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  const header = JSON.parse(text.slice(0, newline)) as Partial<Header>;
  if (header.layout !== LAYOUT || header.name !== name || header.key !== key) return undefined;
  const payload = text.slice(newline + 1);
  if (payload.length !== header.length || sha256(payload) !== header.sha256) return undefined;
  return JSON.parse(payload);
}

function writeEntry(dir: string, file: string, name: string, key: string, value: unknown): void {
  const payload = exactJson(value);
  if (payload === undefined) return;
  const header: Header = { layout: LAYOUT, name, key, sha256: sha256(payload), length: payload.length };
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(header)}\n${payload}`, { mode: 0o600 });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  removeStaleTemps(dir, Date.now());
}

/** A temporary file this old belongs to a run that was killed between writing and renaming. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** Only on a write (a cache miss), so a hit costs no directory listing. */
function removeStaleTemps(dir: string, nowMs: number): void {
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.tmp')) continue;
    const path = join(dir, name);
    try {
      if (nowMs - statSync(path).mtimeMs > STALE_TEMP_MS) rmSync(path, { force: true });
    } catch {
      // Gone already, or another run's: left alone.
    }
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
