import { describe, expect, it } from 'vitest';
import { fmt } from '../../i18n/vi.ts';

const NB = '\u00a0';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [264642, '264.642'],
    [1290087, '1.290.087'],
    [280226909, '280.226.909'],
  ])('%d -> %s', (n, s) => expect(fmt.count(n)).toBe(s));
});

describe('formatPercent', () => {
  it.each([
    [264642 / 1290087, `20,5${NB}%`],
    [240500 / 1290087, `18,6${NB}%`],
    [0.0022, `0,2${NB}%`],
    [1, `100,0${NB}%`],
  ])('%f -> %s', (r, s) => expect(fmt.percent(r)).toBe(s));
});

describe('dates and times (always Vietnam time)', () => {
  it.each([
    ['2025-05-16', '16/5/2025', 'ngày 16/5/2025'],
    ['2025-05-26T20:00+07:00', '26/5/2025', '20:00 ngày 26/5/2025'],
    ['2025-12-01T07:05+07:00', '1/12/2025', '07:05 ngày 1/12/2025'],
  ])('%s', (asOf, date, full) => {
    expect(fmt.date(asOf)).toBe(date);
    expect(fmt.asOf(asOf)).toBe(full);
  });
});

describe('formatFigure keeps the qualifier and the unit', () => {
  it.each([
    [{ value: 745000, qualifier: 'approx', metric: 'people' }, 'khoảng 745.000 người'],
    [{ value: 4300000, qualifier: 'at_least', metric: 'opinions' }, 'hơn 4.300.000 ý kiến'],
    [{ value: 264642, qualifier: 'exact', metric: 'people' }, '264.642 người'],
  ] as const)('%o -> %s', (f, s) => expect(fmt.figure(f)).toBe(s));
});

describe('formatChange and formatRank', () => {
  it.each([
    [24142, '+24.142'],
    [-1000, '\u22121.000'],
    [0, '0'],
  ])('%d -> %s', (n, s) => expect(fmt.change(n)).toBe(s));
  it('ranks', () => {
    expect(fmt.rank({ position: 1, scope: 'country' })).toBe('thứ 1 cả nước');
    expect(fmt.rank({ position: 3, of: 12, scope: '30' }, 'Hải Dương')).toBe('thứ 3/12 trong Hải Dương');
  });
});

describe('short dates, qualified text and durations', () => {
  it.each([
    ['2025-05-16', '16/5'],
    ['2025-05-26T20:00+07:00', '26/5 20:00'],
  ])('shortAsOf(%s) = %s', (asOf, out) => expect(fmt.shortAsOf(asOf)).toBe(out));
  it.each([
    ['exact', '264.642'],
    ['approx', 'khoảng 264.642'],
    ['at_least', 'hơn 264.642'],
  ] as const)('qualified(%s)', (q, out) => expect(fmt.qualified('264.642', q)).toBe(out));
  it.each([
    [45, '45 giây'],
    [120, '2 phút'],
    [150, '2 phút 30 giây'],
  ])('duration(%d) = %s', (s, out) => expect(fmt.duration(s)).toBe(out));
  it('prints a source\'s percentage as written, with the same spacing', () => {
    expect(fmt.printedPercent(14.8)).toBe(`14,8${NB}%`);
    expect(fmt.percent(0.5, 2)).toBe(`50,00${NB}%`);
  });
});

describe('partialDate: as precise as the source is known', () => {
  it.each<[string, string]>([
    ['2025-05-16', '16/5/2025'],
    ['2025-05', 'tháng 5/2025'],
    ['2025', 'năm 2025'],
  ])('source date %s → %s', (d, out) => expect(fmt.partialDate(d)).toBe(out));

});
