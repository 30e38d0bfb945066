import { describe, expect, it } from 'vitest';
import { buildNow } from './clock.ts';

describe('buildNow', () => {
  it.each([
    ['2025-05-20', '2025-05-19T17:00:00.000Z'],
    ['2025-05-29T21:00+07:00', '2025-05-29T14:00:00.000Z'],
    ['2025-05-29T21:00', '2025-05-29T14:00:00.000Z'],
    ['2025-05-29T14:00Z', '2025-05-29T14:00:00.000Z'],
  ])('GOPY_NOW=%s is %s', (raw, iso) => expect(buildNow({ GOPY_NOW: raw }).toISOString()).toBe(iso));
  it('is the clock without GOPY_NOW', () => expect(buildNow({}, () => 42).getTime()).toBe(42));
  it('refuses a value that is not a date, naming the variable', () => expect(() => buildNow({ GOPY_NOW: 'tomorrow' })).toThrow(/GOPY_NOW/));
});
