import { describe, expect, it } from 'vitest';
import { durationSeconds, isoDuration, VIDEO_HOST, youtubeEmbedUrl } from './video.ts';

describe('youtubeEmbedUrl: the privacy-enhanced player, from an id only', () => {
  it('plays from the one admitted host', () =>
    expect(youtubeEmbedUrl('dQw4w9WgXcQ')).toBe(`${VIDEO_HOST}/embed/dQw4w9WgXcQ?autoplay=1&rel=0`));
  it.each(['', 'https://youtu.be/dQw4w9WgXcQ', 'dQw4w9WgXc', 'dQw4w9WgXcQQ', 'dQw4w9WgX"Q', 'a/b4w9WgXcQ'])('refuses %j', (id) =>
    expect(() => youtubeEmbedUrl(id)).toThrow(/not a YouTube video id/));
});

describe('durations', () => {
  it.each([
    ['2:30', 150, 'PT2M30S'],
    ['0:45', 45, 'PT45S'],
    ['1:02:03', 3723, 'PT1H2M3S'],
    ['PT2M30S', 150, 'PT2M30S'],
    ['PT1H', 3600, 'PT1H'],
    ['pt45s', 45, 'PT45S'],
    ['10:00', 600, 'PT10M'],
  ])('%s = %d s = %s', (text, s, iso) => {
    expect(durationSeconds(text)).toBe(s);
    expect(isoDuration(s)).toBe(iso);
  });
  it.each(['', '2 phút', '2:3', 'PT', '1:60:00x'])('refuses %j', (text) => expect(() => durationSeconds(text)).toThrow(/duration/));
});
