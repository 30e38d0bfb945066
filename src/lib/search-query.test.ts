import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_VARIANTS, mergeResults, normalizeQuery, queryVariants, VARIANT_PENALTY } from './search-query.ts';

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

describe('queryVariants', () => {
  it.each([
    ['', []],
    ['gop y', ['gop y']],
    ['dinh', ['dinh', 'đinh']],
    ['Dinh', ['Dinh', 'Đinh']],
    ['dinh danh', ['dinh danh', 'đinh danh', 'dinh đanh', 'đinh đanh']],
    ['tai khoan dinh danh muc 2', ['tai khoan dinh danh muc 2', 'tai khoan đinh danh muc 2', 'tai khoan dinh đanh muc 2', 'tai khoan đinh đanh muc 2']],
    // Tones typed, đ not: still read both ways.
    ['dịnh danh', ['dịnh danh', 'định danh', 'dịnh đanh', 'định đanh']],
    // Whoever types đ anywhere types it where it belongs.
    ['định danh', ['định danh']],
    ['đinh dan', ['đinh dan']],
    // Only a word's first letter: "VNeID" stays.
    ['vneid', ['vneid']],
  ])('%j', (q, expected) => {
    expect(queryVariants(q)).toEqual(expected);
  });

  it(`never more than ${MAX_VARIANTS} readings, the query as typed first`, () => {
    const v = queryVariants('dan di dong dung de');
    expect(v).toHaveLength(MAX_VARIANTS);
    expect(v[0]).toBe('dan di dong dung de');
    expect(new Set(v).size).toBe(v.length);
    expect(v).toContain('đan đi đong dung de');
  });
});

describe('mergeResults', () => {
  const r = (id: string, score: number) => ({ id, score });

  it('the query as typed comes first; a đ reading counts less', () => {
    const typed = [r('dinh-doc-lap', 5)];
    const dReading = [r('dinh-danh', 5.5), r('other', 1)];
    expect(mergeResults([typed, dReading]).map((x) => x.id)).toEqual(['dinh-doc-lap', 'dinh-danh', 'other']);
    expect(5.5 * VARIANT_PENALTY).toBeLessThan(5);
  });

  it('a page found by several readings appears once, as its best-scoring result object', () => {
    const a1 = r('a', 1);
    const a2 = r('a', 10);
    const merged = mergeResults([[a1, r('b', 2)], [a2]]);
    expect(merged.map((x) => x.id)).toEqual(['a', 'b']);
    expect(merged[0]).toBe(a2);
  });

  it('a much better match through đ beats a weak partial match of the query as typed', () => {
    // "dinh danh": as typed only "danh" matches (Pagefind drops "dinh", found nowhere).
    const typed = [r('danh-sach', 2), r('e-id-guide', 2.1)];
    const dReading = [r('e-id-guide', 9.6), r('home', 3)];
    // home matches both words once d is read as đ (3 × 0.8 = 2.4): above the "danh"-only page.
    expect(mergeResults([typed, dReading]).map((x) => x.id)).toEqual(['e-id-guide', 'home', 'danh-sach']);
  });

  it('ties keep the order in which pages were first found', () => {
    expect(mergeResults([[r('x', 1), r('y', 1)], [r('z', 1.25)]]).map((x) => x.id)).toEqual(['x', 'y', 'z']);
  });

  it('handles no lists and empty lists', () => {
    expect(mergeResults([])).toEqual([]);
    expect(mergeResults([[], []])).toEqual([]);
  });
});
