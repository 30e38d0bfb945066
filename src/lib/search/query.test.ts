import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery } from './query.ts';

describe('normalizeQuery', () => {
  it.each([
    ['  gop   y  ', 'gop y'],
    ['định danh', 'định danh'],
    // Decomposed marks (some phone keyboards) become composed.
    ['đi\u0323nh danh', 'định danh'],
    ['dinh\tdanh\n', 'dinh danh'],
    ['\u0000gop\u0007y', 'gop y'],
    // Telex "dd" at the start of a word is đ.
    ['ddinh danh', 'đinh danh'],
    ['DDinh', 'Đinh'],
    ['Ddinh', 'Đinh'],
    ['addon', 'addon'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeQuery(raw)).toBe(expected);
  });

  it(`cuts a pasted paragraph at ${MAX_QUERY_LENGTH} characters`, () => {
    expect(normalizeQuery('góp ý '.repeat(100)).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});
