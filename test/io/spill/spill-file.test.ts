import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SpillFile } from '../../../src/io/spill/spill-file.js';

describe('SpillFile', () => {
  let dir = '';
  let spill: SpillFile | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atvsld-spill-test-'));
  });
  afterEach(async () => {
    spill?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves nothing in its folder, even while open', async () => {
    spill = SpillFile.open(dir);
    spill.put(Buffer.from('abc'));
    expect(await readdir(dir)).toEqual([]);
  });

  it('gives back what was put, by place, in any order', () => {
    spill = SpillFile.open(dir);
    const pieces = Array.from({ length: 300 }, (_, i) => Buffer.from(`mảnh ${i} `.repeat(1 + (i % 50))));
    const places = pieces.map((p) => spill!.put(p));
    expect(places[1]!.at).toBe(pieces[0]!.length);
    for (const i of [299, 0, 150, 151, 3, 298]) expect(spill.read(places[i]!)).toEqual(pieces[i]);
    expect(spill.size).toBe(pieces.reduce((n, p) => n + p.length, 0));
  });

  it('reads a piece larger than its read window, and pieces across the window edge', () => {
    spill = SpillFile.open(dir);
    const big = Buffer.alloc(200_000, 7);
    const small = spill.put(Buffer.from('trước'));
    const large = spill.put(big);
    const after = spill.put(Buffer.from('sau'));
    expect(spill.read(large).equals(big)).toBe(true);
    expect(spill.read(after).toString()).toBe('sau');
    expect(spill.read(small).toString()).toBe('trước');
  });

  it('keeps texts as UTF-8, each with its own place', () => {
    spill = SpillFile.open(dir);
    const texts = ['Đã tổ chức 3 hội nghị', '', 'Ghi chú: "đạt"\nDòng 2', '=SUM(A1)'];
    const places = spill.putTexts(texts);
    expect(places.map((p) => spill!.readText(p))).toEqual(texts);
    expect(places[1]).toEqual({ at: places[2]!.at, bytes: 0 });
  });

  it('shares one end with a writer attached to its handle, so pieces never overlap', () => {
    spill = SpillFile.open(dir);
    const other = SpillFile.attach(spill.handle);
    const a = spill.put(Buffer.from('một'));
    const b = other.put(Buffer.from('hai'));
    const c = spill.put(Buffer.from('ba'));
    expect([a.at, b.at, c.at]).toEqual([0, a.bytes, a.bytes + b.bytes]);
    expect(spill.read(b).toString()).toBe('hai');
    other.close();
    expect(spill.read(c).toString()).toBe('ba');
  });

  it('refuses to be used once closed', () => {
    spill = SpillFile.open(dir);
    const place = spill.put(Buffer.from('x'));
    spill.close();
    expect(() => spill!.read(place)).toThrow(/closed/);
    expect(() => spill!.put(Buffer.from('y'))).toThrow(/closed/);
  });
});
