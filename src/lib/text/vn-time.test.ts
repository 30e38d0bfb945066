import { describe, expect, it } from 'vitest';
import { asOfParts, asOfTime, parseAsOf, readAsOf, toWallClock, vnTimestamp } from './vn-time.ts';

describe('parseAsOf: one canonical text in Vietnam time', () => {
  it.each([
    ['2025-05-16', '2025-05-16'],
    ['16/5/2025', '2025-05-16'],
    ['2025-05-24T13:00+07:00', '2025-05-24T13:00+07:00'],
    ['2025-05-24T13:00', '2025-05-24T13:00+07:00'],
    ['2025-05-24T06:00Z', '2025-05-24T13:00+07:00'],
    ['2025-05-24T23:30-01:00', '2025-05-25T07:30+07:00'],
    ['24/5/2025 13:00', '2025-05-24T13:00+07:00'],
    ['24/05/2025 13:00:59', '2025-05-24T13:00+07:00'],
    ['2025-05-24 13:00:00', '2025-05-24T13:00+07:00'],
    ['2025-05-24T13:00+14:00', '2025-05-24T06:00+07:00'],
    ['2025-05-24T13:00-14:00', '2025-05-25T10:00+07:00'],
    ['2025-05-24T13:00+0530', '2025-05-24T14:30+07:00'],
  ])('%s → %s', (input, out) => expect(parseAsOf(input)).toBe(out));
  it.each(['2025-02-30', '31/4/2025', '2025-05-24T24:00', '2025-5-1', 'hôm qua', ''])('%j is not a date', (input) =>
    expect(parseAsOf(input)).toBeUndefined(),
  );
});

describe('readAsOf says why a value is refused', () => {
  it.each([
    ['hôm qua', 'format'],
    ['2025-5-1', 'format'],
    ['2025-02-30', 'day'],
    ['31/4/2025 10:00', 'day'],
    ['2025-05-24T24:00', 'time'],
    ['24/5/2025 13:60', 'time'],
    ['24/5/2025 13:00:60', 'time'],
    ['2025-05-24T13:00+25:00', 'offset'],
    ['2025-05-24T13:00+14:01', 'offset'],
    ['2025-05-24T13:00-15:00', 'offset'],
    ['2025-05-24T13:00+07:75', 'offset'],
  ])('%s: %s', (input, fault) => expect(readAsOf(input)).toEqual({ fault }));
});

describe('wall clock and instants', () => {
  it('reads the wall clock in Vietnam from any offset', () => {
    expect(toWallClock('2025-05-24T06:00:00Z')).toEqual({ year: 2025, month: 5, day: 24, hour: 13, minute: 0 });
    expect(toWallClock('2025-05-24T13:00+07:00')).toEqual({ year: 2025, month: 5, day: 24, hour: 13, minute: 0 });
    expect(toWallClock('2025-05-16')).toEqual({ year: 2025, month: 5, day: 16 });
    expect(() => toWallClock('16/5/2025')).toThrow(RangeError);
  });
  it('a day starts at midnight in Vietnam', () => {
    expect(asOfTime('2025-05-16')).toBe(Date.parse('2025-05-15T17:00:00Z'));
    expect(asOfTime('2025-05-26T20:00+07:00')).toBe(Date.parse('2025-05-26T13:00:00Z'));
  });
  it('splits a canonical as_of into its parts', () => {
    expect(asOfParts('2025-12-01T07:05+07:00')).toEqual({ y: 2025, m: 12, d: 1, time: '07:05' });
    expect(asOfParts('2025-05-16')).toEqual({ y: 2025, m: 5, d: 16, time: undefined });
  });
  it('writes an instant in Vietnam time', () => {
    expect(vnTimestamp(Date.parse('2025-05-26T13:00:00Z'))).toBe('2025-05-26T20:00:00+07:00');
  });
});
