import { describe, expect, it } from 'vitest';
import { absoluteUrl, siteUrl, withBase } from './paths.ts';

describe('withBase: links work at the root and under a sub-path', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'so-lieu/', '/so-lieu/'],
    ['/', '/so-lieu/', '/so-lieu/'],
    ['/gopy/', 'so-lieu/', '/gopy/so-lieu/'],
    ['/gopy', '/huong-dan/x/', '/gopy/huong-dan/x/'],
    ['/gopy/', '', '/gopy/'],
  ])('base %s + %s -> %s', (base, p, out) => expect(withBase(base, p)).toBe(out));
});

describe('absoluteUrl: the public origin, or nothing (never a made-up one)', () => {
  it.each<[string | undefined, string, string | undefined, string]>([
    ['https://gopy.example.vn', 'so-lieu/', 'https://gopy.example.vn/so-lieu/', '/so-lieu/'],
    ['https://gopy.example.vn/', '', 'https://gopy.example.vn/', '/'],
    [undefined, 'so-lieu/', undefined, '/so-lieu/'],
    ['', 'huong-dan/x/', undefined, '/huong-dan/x/'],
  ])('site %s + %s', (site, p, absolute, inSite) => {
    expect(absoluteUrl(site, p)).toBe(absolute);
    expect(siteUrl(site, p)).toBe(absolute ?? inSite);
  });
});
