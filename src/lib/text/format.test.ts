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

describe('formatFigure keeps the qualifier and holds the number to its unit', () => {
  it.each([
    [{ value: 745000, qualifier: 'approx', metric: 'people' }, `khoảng 745.000${NB}người`],
    // A large inexact figure given to the hundred thousand reads as the source said it.
    [{ value: 4300000, qualifier: 'at_least', metric: 'opinions' }, `hơn 4,3${NB}triệu${NB}ý${NB}kiến`],
    [{ value: 14000000, qualifier: 'approx', metric: 'people' }, `khoảng 14${NB}triệu${NB}người`],
    // No digit is lost: a figure not round to the hundred thousand, or an exact one, stays whole.
    [{ value: 4350000, qualifier: 'approx', metric: 'people' }, `khoảng 4.350.000${NB}người`],
    [{ value: 17100624, qualifier: 'exact', metric: 'people' }, `17.100.624${NB}người`],
    [{ value: 17000000, qualifier: 'exact', metric: 'people' }, `17.000.000${NB}người`],
    [{ value: 264642, qualifier: 'exact', metric: 'people' }, `264.642${NB}người`],
    // Every channel together: the Government's report counted "lượt góp ý".
    [{ value: 280226909, qualifier: 'exact', metric: 'opinions', channel: 'all' }, `280.226.909${NB}lượt${NB}góp${NB}ý`],
    [{ value: 4300000, qualifier: 'exact', metric: 'opinions', channel: 'vneid' }, `4.300.000${NB}ý${NB}kiến`],
  ] as const)('%o -> %s', (f, s) => expect(fmt.figure(f)).toBe(s));

  it('gives every digit in a table (full)', () =>
    expect(fmt.figure({ value: 4300000, qualifier: 'at_least', metric: 'opinions' }, { full: true })).toBe(`hơn 4.300.000${NB}ý${NB}kiến`));
});

describe('typeset: running text set the Vietnamese way', () => {
  it.each<[string, string, string]>([
    ['straight quotes curled', 'Kiến Thức: "Bí quyết Hải Dương"', 'Kiến Thức: “Bí quyết Hải Dương”'],
    ['a quote after a bracket opens', 'ghi ("gần 19,9")', 'ghi (“gần 19,9”)'],
    ['percent without a gap', 'trong đó 99,94% tán thành', `trong đó 99,94${NB}% tán thành`],
    ['percent with a breakable space', 'là 20,5 %.', `là 20,5${NB}%.`],
    ['percent already right', `là 20,5${NB}%.`, `là 20,5${NB}%.`],
    ['a number and its unit', 'có 264.642 người gửi', `có 264.642${NB}người gửi`],
    ['a two-word unit', 'hơn 4.300.000 ý kiến', `hơn 4.300.000${NB}ý${NB}kiến`],
    ['millions and a unit', 'Hơn 17 triệu người dân', `Hơn 17${NB}triệu${NB}người dân`],
    ['minutes and seconds', '2 phút 30 giây (248 tiếng)', `2${NB}phút 30${NB}giây (248${NB}tiếng)`],
    ['a word that only starts like a unit', '3 người', `3${NB}người`],
    ['not a unit after the number', 'năm 2025 và', 'năm 2025 và'],
    ['a year before a word that is not a unit', 'Hiến pháp năm 2013 qua VNeID', 'Hiến pháp năm 2013 qua VNeID'],
    ['times and dates untouched', '20:00 ngày 26/5/2025', '20:00 ngày 26/5/2025'],
  ])('%s', (_, input, out) => expect(fmt.typeset(input)).toBe(out));

  it('is idempotent', () => {
    const once = fmt.typeset('Nguồn viết "hơn 4,3 triệu ý kiến", trong đó 99,94% tán thành.');
    expect(fmt.typeset(once)).toBe(once);
  });
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
    [45, `45${NB}giây`],
    [120, `2${NB}phút`],
    [150, `2${NB}phút 30${NB}giây`],
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
