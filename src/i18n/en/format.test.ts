import { describe, expect, it } from 'vitest';
import { fmt, ordinal } from './format.ts';

describe('English numbers: 264,642 and 20.5%', () => {
  it.each([
    [0, '0'],
    [264642, '264,642'],
    [1290087, '1,290,087'],
    [280226909, '280,226,909'],
  ])('count(%d) = %s', (n, s) => expect(fmt.count(n)).toBe(s));
  it.each([
    [264642 / 1290087, '20.5%'],
    [240500 / 1290087, '18.6%'],
    [0.0022, '0.2%'],
  ])('percent(%f) = %s', (r, s) => expect(fmt.percent(r)).toBe(s));
  it('prints a source’s percentage with a decimal point', () => expect(fmt.printedPercent(14.8)).toBe('14.8%'));
  it.each([
    [24142, '+24,142'],
    [-1000, '\u22121,000'],
  ])('change(%d) = %s', (n, s) => expect(fmt.change(n)).toBe(s));
});

describe('English dates, always Vietnam time', () => {
  it.each([
    ['2025-05-16', '16 May 2025', '16 May 2025', '16 May'],
    ['2025-05-26T20:00+07:00', '26 May 2025', '20:00, 26 May 2025', '26 May 20:00'],
    ['2025-12-01T07:05+07:00', '1 December 2025', '07:05, 1 December 2025', '1 Dec 07:05'],
  ])('%s', (asOf, date, full, short) => {
    expect(fmt.date(asOf)).toBe(date);
    expect(fmt.asOf(asOf)).toBe(full);
    expect(fmt.shortAsOf(asOf)).toBe(short);
  });
  it.each([
    ['2025-05', 'May 2025'],
    ['2025', '2025'],
  ])('partialDate(%s) = %s', (d, out) => expect(fmt.partialDate(d)).toBe(out));
});

describe('English figures keep their qualifier and unit', () => {
  it.each([
    // The number held to its unit (no-break space); a large inexact figure as the source said it.
    [{ value: 745000, qualifier: 'approx', metric: 'people' }, 'about 745,000\u00a0people'],
    [{ value: 4300000, qualifier: 'at_least', metric: 'opinions' }, 'more than 4.3\u00a0million\u00a0opinions'],
    [{ value: 264642, qualifier: 'exact', metric: 'people' }, '264,642\u00a0people'],
    [{ value: 280226909, qualifier: 'exact', metric: 'opinions', channel: 'all' }, '280,226,909\u00a0submissions'],
  ] as const)('%o -> %s', (f, s) => expect(fmt.figure(f)).toBe(s));
});

describe('English ranks', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [63, '63rd'],
    [111, '111th'],
  ])('ordinal(%d) = %s', (n, s) => expect(ordinal(n)).toBe(s));
  it('names the scope', () => {
    expect(fmt.rank({ position: 1, scope: 'country' })).toBe('1st nationally');
    expect(fmt.rank({ position: 2, of: 63, scope: 'country' })).toBe('2nd of 63 nationally');
    expect(fmt.rank({ position: 3, of: 12, scope: '30' }, 'Hải Dương')).toBe('3rd of 12 in Hải Dương');
  });
  it.each([
    [45, '45 s'],
    [120, '2 min'],
    [150, '2 min 30 s'],
  ])('duration(%d) = %s', (s, out) => expect(fmt.duration(s)).toBe(out));
});
