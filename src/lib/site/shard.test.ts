import { describe, expect, it } from 'vitest';
import { currentShard, inShard } from './shard.ts';

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
