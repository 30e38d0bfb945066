import { describe, expect, it } from 'vitest';
import { codeShapeProblem, lostZeroMatch } from './codes.ts';

describe('codeShapeProblem', () => {
  it.each([
    ['country', 'VN'],
    ['province', '01'],
    ['province', '30'],
    ['district', '288'],
    ['commune', '10507'],
  ] as const)('%s %s has the shape of its level', (level, code) => expect(codeShapeProblem(level, code)).toBeUndefined());
  it.each([
    ['province', '1', /Excel đã bỏ số 0 ở đầu \(đúng ra là "01"\)/],
    ['district', '16', /đúng ra là "016"/],
    ['commune', '4', /đúng ra là "00004"/],
    ['province', '301', /gồm đúng 2 chữ số/],
    ['province', 'HD', /gồm đúng 2 chữ số/],
    ['commune', '1050A', /gồm đúng 5 chữ số/],
  ] as const)('%s %s: %s', (level, code, message) => expect(codeShapeProblem(level, code)?.expected).toMatch(message));
});

describe('lostZeroMatch: the known code a missing one stands for', () => {
  const known = new Set(['VN', '01', '001', '30', '288', '00507', '1']);
  it.each([
    ['7', undefined], // no padded form known
    ['507', '00507'], // a figure's area_code lost its zeros
    ['0030', '30'], // zeros added
    ['HD', undefined],
    ['01', '001'], // its padded forms are tried before its stripped one
  ])('%s → %s', (code, match) => expect(lostZeroMatch(code, (c) => known.has(c))).toBe(match));
});
