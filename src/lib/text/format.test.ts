import { describe, expect, it } from 'vitest';
import { formatAsOf, formatChange, formatCount, formatDate, formatFigure, formatPercent, formatRank } from './format.ts';

const NB = '\u00a0';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [264642, '264.642'],
    [1290087, '1.290.087'],
    [280226909, '280.226.909'],
  ])('%d -> %s', (n, s) => expect(formatCount(n)).toBe(s));
});

describe('formatPercent', () => {
  it.each([
    [264642 / 1290087, `20,5${NB}%`],
    [240500 / 1290087, `18,6${NB}%`],
    [0.0022, `0,2${NB}%`],
    [1, `100,0${NB}%`],
  ])('%f -> %s', (r, s) => expect(formatPercent(r)).toBe(s));
});

describe('dates and times (always Vietnam time)', () => {
  it.each([
    ['2025-05-16', '16/5/2025', 'ngày 16/5/2025'],
    ['2025-05-26T20:00+07:00', '26/5/2025', '20:00 ngày 26/5/2025'],
    ['2025-12-01T07:05+07:00', '1/12/2025', '07:05 ngày 1/12/2025'],
  ])('%s', (asOf, date, full) => {
    expect(formatDate(asOf)).toBe(date);
    expect(formatAsOf(asOf)).toBe(full);
  });
});

describe('formatFigure keeps the qualifier and the unit', () => {
  it.each([
    [{ value: 745000, qualifier: 'approx', metric: 'people' }, 'khoảng 745.000 người'],
    [{ value: 4300000, qualifier: 'at_least', metric: 'opinions' }, 'hơn 4.300.000 ý kiến'],
    [{ value: 264642, qualifier: 'exact', metric: 'people' }, '264.642 người'],
  ] as const)('%o -> %s', (f, s) => expect(formatFigure(f)).toBe(s));
});

describe('formatChange and formatRank', () => {
  it.each([
    [24142, '+24.142'],
    [-1000, '\u22121.000'],
    [0, '0'],
  ])('%d -> %s', (n, s) => expect(formatChange(n)).toBe(s));
  it('ranks', () => {
    expect(formatRank({ position: 1, scope: 'country' })).toBe('thứ 1 cả nước');
    expect(formatRank({ position: 3, of: 12, scope: '30' }, 'Hải Dương')).toBe('thứ 3/12 trong Hải Dương');
  });
});
