import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openJsonCache } from '../../../src/io/cache/json-cache.js';

const root = mkdtempSync(join(tmpdir(), 'atvsld-json-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;
const freshDir = (): string => join(root, `c${(count += 1)}`);

const VALUE = { plan: { id: 'ke-hoach', agencies: [{ id: 'so-y-te', name: 'Sở Y tế', aliases: [] }] }, diagnostics: [{ code: 'X', args: { n: 1.5 } }] };

function onlyEntry(dir: string): string {
  const files = readdirSync(dir);
  expect(files).toHaveLength(1);
  return join(dir, files[0]!);
}

describe('openJsonCache', () => {
  it('gives back what was stored, for the same name and key only', () => {
    const dir = freshDir();
    const cache = openJsonCache(dir, 'v1');
    expect(cache.get('plan a', 'k1')).toBeUndefined();
    cache.set('plan a', 'k1', VALUE);
    expect(cache.get('plan a', 'k1')).toStrictEqual(VALUE);
    expect(cache.get('plan a', 'k2')).toBeUndefined();
    expect(cache.get('plan b', 'k1')).toBeUndefined();
  });

  it('keeps one entry per name: a new key replaces the old one', () => {
    const dir = freshDir();
    const cache = openJsonCache(dir, 'v1');
    cache.set('plan a', 'k1', { n: 1 });
    cache.set('plan a', 'k2', { n: 2 });
    expect(readdirSync(dir)).toHaveLength(1);
    expect(cache.get('plan a', 'k1')).toBeUndefined();
    expect(cache.get('plan a', 'k2')).toStrictEqual({ n: 2 });
  });

  it('never reads entries written under another stamp (another version or build)', () => {
    const dir = freshDir();
    openJsonCache(dir, 'v1').set('plan a', 'k1', VALUE);
    expect(openJsonCache(dir, 'v2').get('plan a', 'k1')).toBeUndefined();
  });

  it.each([
    ['truncated', (file: string) => truncateSync(file, readFileSync(file).length - 5)],
    ['cut after the header', (file: string) => writeFileSync(file, readFileSync(file, 'utf8').split('\n')[0]!)],
    ['empty', (file: string) => writeFileSync(file, '')],
    ['a payload byte changed', (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replace('Sở Y tế', 'Sở Y tá'))],
    ['a number changed (still valid JSON)', (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replace('1.5', '2.5'))],
    ['a header that is not JSON', (file: string) => writeFileSync(file, `{oops\n${readFileSync(file, 'utf8').split('\n')[1]}`)],
    ['random bytes', (file: string) => writeFileSync(file, Buffer.from([0xff, 0xfe, 0x0a, 0x00, 0x7b]))],
  ])('treats an entry that is %s as absent, and a later set repairs it', (_name, damage) => {
    const dir = freshDir();
    const cache = openJsonCache(dir, 'v1');
    cache.set('plan a', 'k1', VALUE);
    damage(onlyEntry(dir));
    expect(cache.get('plan a', 'k1')).toBeUndefined();
    cache.set('plan a', 'k1', VALUE);
    expect(cache.get('plan a', 'k1')).toStrictEqual(VALUE);
  });

  it('does not store values that JSON would not give back exactly', () => {
    const dir = freshDir();
    const cache = openJsonCache(dir, 'v1');
    for (const value of [{ a: undefined }, { n: Number.NaN }, { n: -0 }, { d: new Date(0) }, [1, , 3], { n: Infinity }]) {
      cache.set('odd', 'k', value);
      expect(cache.get('odd', 'k'), JSON.stringify(value)).toBeUndefined();
    }
  });

  it('ignores a folder it cannot create or write, and leaves no temporary files behind', () => {
    const file = join(root, 'not-a-folder');
    writeFileSync(file, 'x');
    const cache = openJsonCache(join(file, 'cache'), 'v1');
    expect(() => cache.set('plan a', 'k1', VALUE)).not.toThrow();
    expect(cache.get('plan a', 'k1')).toBeUndefined();
    const dir = freshDir();
    openJsonCache(dir, 'v1').set('plan a', 'k1', VALUE);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it("removes a killed run's temporary file once it is an hour old, on the next write", () => {
    const dir = freshDir();
    const cache = openJsonCache(dir, 'v1');
    cache.set('plan a', 'k1', VALUE);
    const old = join(dir, 'x.json.123.abc.tmp');
    const fresh = join(dir, 'y.json.456.def.tmp');
    writeFileSync(old, 'half');
    writeFileSync(fresh, 'half');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    expect(cache.get('plan a', 'k1')).toEqual(VALUE);
    expect(readdirSync(dir)).toContain('x.json.123.abc.tmp');
    cache.set('plan b', 'k1', VALUE);
    expect(readdirSync(dir)).not.toContain('x.json.123.abc.tmp');
    expect(readdirSync(dir)).toContain('y.json.456.def.tmp');
  });
});
