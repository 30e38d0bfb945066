import { describe, expect, it } from 'vitest';
import { currentShard, familyShare, inShard } from './shard.ts';

describe('currentShard', () => {
  it.each([
    [undefined, { index: 0, count: 1 }],
    ['', { index: 0, count: 1 }],
    ['0/2', { index: 0, count: 2 }],
    [' 1/2 ', { index: 1, count: 2 }],
  ])('%j → %j', (v, shard) => expect(currentShard({ GOPY_SHARD: v })).toEqual(shard));
  it.each(['2/2', '1', 'a/b', '0/0', '-1/2'])('refuses %j', (v) => expect(() => currentShard({ GOPY_SHARD: v })).toThrow(/GOPY_SHARD/));
});

describe('inShard', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];
  it('gives every item to exactly one share', () => {
    const shares = [0, 1, 2].map((index) => inShard(items, { index, count: 3 }));
    expect(shares).toEqual([['a', 'd'], ['b', 'e'], ['c']]);
    expect(shares.flat().sort()).toEqual(items);
  });
  it('gives everything to a single share', () => expect(inShard(items, { index: 0, count: 1 })).toEqual(items));
});

describe('familyShare', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];
  it('is the share when the workers do not write the family', () => {
    expect(familyShare('broadcast', items, { env: { GOPY_SHARD: '1/2' } })).toEqual(['b', 'd']);
    expect(familyShare('broadcast', items, { env: { GOPY_SHARD: '1/2', GOPY_WORKER_PAGES: 'help' } })).toEqual(['b', 'd']);
  });
  it('is the first page alone, in the first process, when they do', () => {
    expect(familyShare('broadcast', items, { env: { GOPY_SHARD: '0/2', GOPY_WORKER_PAGES: 'help, broadcast' } })).toEqual(['a']);
    expect(familyShare('broadcast', items, { env: { GOPY_SHARD: '1/2', GOPY_WORKER_PAGES: 'broadcast' } })).toEqual([]);
    expect(familyShare('broadcast', items, { env: { GOPY_WORKER_PAGES: 'broadcast' } })).toEqual(['a']);
  });
  it('keeps those Astro must render, and the first of the others as the specimen', () => {
    const astro = (x: string) => x === 'b' || x === 'd';
    expect(familyShare('help', items, { astro, env: { GOPY_SHARD: '0/2', GOPY_WORKER_PAGES: 'help' } })).toEqual(['a', 'b', 'd']);
    expect(familyShare('help', ['b', 'c', 'd'], { astro, env: { GOPY_WORKER_PAGES: 'help' } })).toEqual(['b', 'c', 'd']);
    expect(familyShare('help', items, { astro, env: { GOPY_SHARD: '1/2', GOPY_WORKER_PAGES: 'help' } })).toEqual([]);
  });
});
