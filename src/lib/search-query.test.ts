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
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

  it('where both readings match as well, the query as typed comes first', () => {
    // "dinh": a page about Dinh Độc Lập (as typed) and one about "định" (through đ).
    const typed = [r('dinh-doc-lap', 5)];
    const dReading = [r('dinh-danh', 5.5), r('other', 1)];
    expect(ids(mergeResults([typed, dReading]))).toEqual(['dinh-doc-lap', 'dinh-danh', 'other']);
  });

  it('a page found by several readings appears once, as its best-scoring result object', () => {
    const a1 = r('a', 1);
    const a2 = r('a', 10);
    const merged = mergeResults([[a1, r('b', 2)], [a2]]);
    expect(ids(merged)).toEqual(['a', 'b']);
    expect(merged[0]).toBe(a2);
  });

  it('the reading that matches best decides: partial matches of the query as typed sink', () => {
    // "dinh danh" as typed: "dinh" is found nowhere, so Pagefind matches "danh" alone.
    const typed = [r('danh-sach', 2.1), r('e-id-guide', 2)];
    const dReading = [r('e-id-guide', 9.6), r('guides', 3), r('home', 2.4)];
    expect(ids(mergeResults([typed, dReading]))).toEqual(['e-id-guide', 'guides', 'home', 'danh-sach']);
  });

  it('a stray literal match (a file name "dinh-chinh.csv") does not outrank the meant reading', () => {
    const typed = [r('downloads', 3.5)];
    const dReading = [r('e-id-guide', 8.3), r('guides', 3.7), r('how-to', 2.4)];
    expect(ids(mergeResults([typed, dReading]))).toEqual(['e-id-guide', 'guides', 'how-to', 'downloads']);
  });

  it(`a đ reading counts ${VARIANT_PENALTY} times as much`, () => {
    expect(ids(mergeResults([[r('typed', 4)], [r('variant', 4.9)]]))).toEqual(['variant', 'typed']);
    expect(ids(mergeResults([[r('typed', 4)], [r('variant', 4.9)]], 0.5))).toEqual(['typed', 'variant']);
  });

  it('ties keep the order in which pages were first found', () => {
    expect(ids(mergeResults([[r('x', 1), r('y', 1)]]))).toEqual(['x', 'y']);
    expect(ids(mergeResults([[r('x', 1)], [r('z', 1), r('y', 1)]], 1))).toEqual(['x', 'z', 'y']);
  });

  it('handles no lists, empty lists and zero scores', () => {
    expect(mergeResults([])).toEqual([]);
    expect(mergeResults([[], []])).toEqual([]);
    expect(ids(mergeResults([[r('a', 0)], [r('b', 0)]]))).toEqual(['a', 'b']);
  });
});
