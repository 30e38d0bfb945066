import { describe, expect, it } from 'vitest';
import { SITEMAP_LIMIT, sitemapFiles, sitemapSkips } from './sitemap.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

describe('sitemapSkips', () => {
  it.each([
    ['', false],
    ['so-lieu/', false],
    ['so-lieu/nhung/toan-quoc-nguoi-tham-gia/', true],
    ['404', true],
    ['/404/', true],
    ['500', true],
    ['huong-dan/404-cach/', false],
    ['ngoai-tuyen/', true],
    ['en/ngoai-tuyen/', true],
    ['huong-dan/ngoai-tuyen-la-gi/', false],
  ])('%j → %s', (p, skipped) => expect(sitemapSkips(p)).toBe(skipped));
});

describe('sitemapFiles', () => {
  it('lists the pages under the site root, sorted, once each, and indexes the file', () => {
    const files = sitemapFiles(['so-lieu/', '', 'huong-dan/', 'so-lieu/', '404', 'so-lieu/nhung/x/'], 'https://gopy.example.vn/gopy/');
    expect(files.map((f) => f.path)).toEqual(['sitemap-index.xml', 'sitemap-0.xml']);
    expect(locs(files[1]!.content)).toEqual([
      'https://gopy.example.vn/gopy/',
      'https://gopy.example.vn/gopy/huong-dan/',
      'https://gopy.example.vn/gopy/so-lieu/',
    ]);
    expect(locs(files[0]!.content)).toEqual(['https://gopy.example.vn/gopy/sitemap-0.xml']);
    expect(files[1]!.content).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/);
  });

  it('splits past the limit of one file', () => {
    const many = Array.from({ length: SITEMAP_LIMIT + 2 }, (_, i) => `x/${String(i).padStart(6, '0')}/`);
    const files = sitemapFiles(many, 'https://a.vn');
    expect(files.map((f) => f.path)).toEqual(['sitemap-index.xml', 'sitemap-0.xml', 'sitemap-1.xml']);
    expect(locs(files[2]!.content)).toHaveLength(2);
    expect(locs(files[0]!.content)).toEqual(['https://a.vn/sitemap-0.xml', 'https://a.vn/sitemap-1.xml']);
  });

  it('names both language versions of a page that has two, and none of a page that has one', () => {
    const xml = sitemapFiles(['so-lieu/', 'en/so-lieu/', 'huong-dan/'], 'https://a.vn/')[1]!.content;
    const both = '<xhtml:link rel="alternate" hreflang="vi" href="https://a.vn/so-lieu/"/><xhtml:link rel="alternate" hreflang="en" href="https://a.vn/en/so-lieu/"/>';
    expect(xml).toContain(`<url><loc>https://a.vn/so-lieu/</loc>${both}</url>`);
    expect(xml).toContain(`<url><loc>https://a.vn/en/so-lieu/</loc>${both}</url>`);
    expect(xml).toContain('<url><loc>https://a.vn/huong-dan/</loc></url>');
  });

  it('gives a page the lastmod it stated, after its address and before its language versions, and none when it stated none', () => {
    const xml = sitemapFiles([['so-lieu/', '2025-06-06T17:00:00.000Z'], ['en/so-lieu/', null], 'huong-dan/'], 'https://a.vn/')[1]!.content;
    expect(xml).toContain('<url><loc>https://a.vn/so-lieu/</loc><lastmod>2025-06-06T17:00:00.000Z</lastmod><xhtml:link rel="alternate" hreflang="vi"');
    expect(xml).toContain('<url><loc>https://a.vn/en/so-lieu/</loc><xhtml:link');
    expect(xml).toContain('<url><loc>https://a.vn/huong-dan/</loc></url>');
  });

  it('escapes what XML must', () => {
    expect(sitemapFiles(['a&b/'], 'https://a.vn/')[1]!.content).toContain('<loc>https://a.vn/a&amp;b/</loc>');
  });
});
