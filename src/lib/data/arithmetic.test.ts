import { describe, expect, it } from 'vitest';
import { difference, percentDigits, precisionOf, roundTo, shareBasis, significantDigits } from './arithmetic.ts';
import type { Qualifier } from './schema.ts';

const f = (value: number, qualifier: Qualifier = 'approx') => ({ value, qualifier });

describe('precisionOf and significantDigits', () => {
  it.each([
    [f(264642, 'exact'), 1, Infinity],
    [f(745000), 1000, 3],
    [f(14000000), 1000000, 2],
    [f(4300000, 'at_least'), 100000, 2],
    [f(240500), 100, 4],
    [f(25000), 1000, 2],
    [f(16360, 'at_least'), 10, 4],
    [f(7), 1, 1],
    [f(0), 1, 1],
  ])('%j: to %i, %d significant digits', (fig, precision, sig) => {
    expect(precisionOf(fig)).toBe(precision);
    expect(significantDigits(fig)).toBe(sig);
  });
});

describe('roundTo', () => {
  it.each([
    [3100624, 1000000, 3000000],
    [3500000, 1000000, 4000000],
    [-3500000, 1000000, -4000000],
    [24142, 1, 24142],
    [24142.4, 1, 24142],
    [-149, 100, -100],
  ])('%d to %d → %d', (n, step, out) => expect(roundTo(n, step)).toBe(out));
});

describe('difference', () => {
  it.each([
    // The national series: 17.100.624 (exact, 26/5) − khoảng 14.000.000 (24/5).
    ['exact − approx', f(17100624, 'exact'), f(14000000), { value: 3000000, qualifier: 'approx', precision: 1000000 }],
    // Hải Dương: 264.642 (exact, 16/5) − khoảng 240.500 (15/5).
    ['exact − approx to 100', f(264642, 'exact'), f(240500), { value: 24100, qualifier: 'approx', precision: 100 }],
    ['exact − exact', f(264642, 'exact'), f(240500, 'exact'), { value: 24142, qualifier: 'exact', precision: 1 }],
    ['a fall', f(14000000), f(17100624, 'exact'), { value: -3000000, qualifier: 'approx', precision: 1000000 }],
    ['"hơn" counts as approximate', f(5000000, 'exact'), f(4300000, 'at_least'), { value: 700000, qualifier: 'approx', precision: 100000 }],
  ])('%s', (_n, a, b, out) => expect(difference(a, b)).toEqual(out));
});

describe('percentDigits', () => {
  it.each([
    ['exact counts: one decimal', 264642 / 1290087, [f(264642, 'exact'), f(1290087, 'exact')], 1],
    ['khoảng 240.500 (4 digits) still carries 18,6 %', 240500 / 1290087, [f(240500), f(1290087, 'exact')], 1],
    ['two-digit count, share under 10 %: 3,4 %', 25000 / 745000, [f(25000), f(745000)], 1],
    ['three-digit counts, share over 10 %: 29,8 %', 222000 / 745000, [f(222000, 'at_least'), f(745000)], 1],
    ['khoảng 14.000.000 of an exact total: 69 %', 14000000 / 20345678, [f(14000000), f(20345678, 'exact')], 0],
    ['a one-digit count: no decimals (78 %)', 7 / 9, [f(7), f(9, 'exact')], 0],
  ])('%s', (_n, ratio, inputs, digits) => expect(percentDigits(ratio, inputs)).toBe(digits));
});

describe('shareBasis', () => {
  it.each([
    ['same source, same day', { source: 'Tuổi Trẻ', day: '2025-05-13' }, { source: 'Tuổi Trẻ', day: '2025-05-13' }, 'same-source'],
    ['counts of one paper, total of another', { source: 'canhco.net', day: '2025-05-13' }, { source: 'Tuổi Trẻ', day: '2025-05-13' }, 'other-source'],
    ['same paper, another day', { source: 'Tuổi Trẻ', day: '2025-05-14' }, { source: 'Tuổi Trẻ', day: '2025-05-13' }, 'other-source'],
  ] as const)('%s → %s', (_n, part, total, basis) => expect(shareBasis(part, total)).toBe(basis));
});
