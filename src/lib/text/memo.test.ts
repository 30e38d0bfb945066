import { describe, expect, it } from 'vitest';
import { oncePerText } from './memo.ts';

describe('oncePerText', () => {
  it('computes once per distinct text and gives the same answer every time', () => {
    const calls: string[] = [];
    const f = oncePerText((s) => (calls.push(s), s.length));
    expect(['ab', 'abc', 'ab', 'ab', 'abc'].map(f)).toEqual([2, 3, 2, 2, 3]);
    expect(calls).toEqual(['ab', 'abc']);
  });
});
