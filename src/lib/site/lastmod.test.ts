import { afterEach, describe, expect, it } from 'vitest';
import { clearLastmod, dataDates, lastmodOf, newest, recordLastmod } from './lastmod.ts';

afterEach(clearLastmod);

describe('newest', () => {
  it.each<[string, Parameters<typeof newest>[0], string | undefined]>([
    ['nothing', [], undefined],
    ['only gaps', [undefined, undefined], undefined],
    ['a content date', [new Date('2026-11-27T00:00:00Z')], '2026-11-27T00:00:00.000Z'],
    // An as_of without a time is that day at 00:00 in Vietnam (17:00 the day before, UTC).
    ['a day in Vietnam time', ['2025-05-16'], '2025-05-15T17:00:00.000Z'],
    ['a moment', ['2025-05-26T20:00+07:00'], '2025-05-26T13:00:00.000Z'],
    ['the newest of several', ['2025-05-16', '2025-06-07', new Date('2025-05-01T00:00:00Z'), undefined], '2025-06-06T17:00:00.000Z'],
  ])('%s', (_, dates, out) => expect(newest(dates)?.toISOString()).toBe(out));
});

describe('recordLastmod and lastmodOf', () => {
  it('finds a page by its path or its absolute URL, with or without a base', () => {
    recordLastmod('/gopy/huong-dan/gop-y-qua-vneid/', [new Date('2026-11-27T00:00:00Z'), '2025-06-07']);
    for (const at of ['/gopy/huong-dan/gop-y-qua-vneid/', 'https://x.gov.vn/gopy/huong-dan/gop-y-qua-vneid/', '/gopy/huong-dan/gop-y-qua-vneid'])
      expect(lastmodOf(at)?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });
  it('has nothing for a page that stated no date, rather than the clock', () => {
    recordLastmod('/kich-ban/thong-bao-phat-dong/toan-quoc/', [undefined]);
    expect(lastmodOf('/kich-ban/thong-bao-phat-dong/toan-quoc/')).toBeUndefined();
    expect(lastmodOf('/tim-kiem/')).toBeUndefined();
  });
  it("the data's dates: the newest figure and every correction", () =>
    expect(dataDates({ updated: { as_of: '2025-06-07' }, corrections: [{ date: '2025-06-10' }] })).toEqual(['2025-06-07', '2025-06-10']));
});
