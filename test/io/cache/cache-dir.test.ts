import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir } from '../../../src/io/cache/cache-dir.js';

describe('cacheDir', () => {
  const cwd = resolve('/work/here');
  it('prefers ATVSLD_CACHE_DIR, resolved against the current folder', () => {
    expect(cacheDir({ ATVSLD_CACHE_DIR: 'c', XDG_CACHE_HOME: '/x', HOME: '/h' }, cwd)).toBe(join(cwd, 'c'));
  });
  it('is off for ATVSLD_CACHE_DIR=off', () => {
    expect(cacheDir({ ATVSLD_CACHE_DIR: 'off', HOME: '/h' }, cwd)).toBeUndefined();
  });
  it('falls back to $XDG_CACHE_HOME/atvsld, then ~/.cache/atvsld', () => {
    expect(cacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' }, cwd)).toBe(resolve('/x/atvsld'));
    if (process.platform !== 'win32') expect(cacheDir({ HOME: '/h' }, cwd)).toBe(resolve('/h/.cache/atvsld'));
  });
  it('is off when no folder can be named (an environment without HOME)', () => {
    expect(cacheDir({}, cwd)).toBeUndefined();
  });
});
