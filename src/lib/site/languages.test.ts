import { describe, expect, it } from 'vitest';
import { hasEnglish, inLanguage, pageLang, twins } from './languages.ts';

describe('hasEnglish: the figures pages, downloads, methodology and home have an English version', () => {
  it.each([
    ['', true],
    ['so-lieu/', true],
    ['so-lieu/du-lieu/', true],
    ['so-lieu/tinh-hai-duong-30/', true],
    ['so-lieu/toan-quoc/', true],
    ['phuong-phap/', true],
    ['so-lieu/dinh-chinh/', false],
    ['so-lieu/nhung/toan-quoc-nguoi-tham-gia/', false],
    ['so-lieu/du-lieu/tham-gia.csv', false],
    ['so-lieu/tinh-hai-duong-30/nguoi-tham-gia.csv', false],
    ['so-lieu/rss.xml', false],
    ['huong-dan/gop-y-qua-vneid/', false],
    ['kich-ban/', false],
    ['gioi-thieu/', false],
  ])('%s → %s', (path, yes) => expect(hasEnglish(path)).toBe(yes));
});

describe('inLanguage: links of an English page go to English pages where they exist', () => {
  it.each([
    ['vi', 'so-lieu/', 'so-lieu/'],
    ['en', 'so-lieu/', 'en/so-lieu/'],
    ['en', 'so-lieu/tinh-hai-duong-30/', 'en/so-lieu/tinh-hai-duong-30/'],
    ['en', 'phuong-phap/#ti-le-nhom', 'en/phuong-phap/#ti-le-nhom'],
    ['en', 'so-lieu/?x=1', 'en/so-lieu/?x=1'],
    // Downloads are shared, not copied; Vietnamese-only pages stay Vietnamese.
    ['en', 'so-lieu/du-lieu/tham-gia.csv', 'so-lieu/du-lieu/tham-gia.csv'],
    ['en', 'so-lieu/dinh-chinh/', 'so-lieu/dinh-chinh/'],
    ['en', 'huong-dan/', 'huong-dan/'],
  ] as const)('%s: %s → %s', (lang, path, out) => expect(inLanguage(lang, path)).toBe(out));
});

describe('twins: both versions of a page, from either side', () => {
  it.each([
    ['so-lieu/', { vi: 'so-lieu/', en: 'en/so-lieu/' }],
    ['en/so-lieu/', { vi: 'so-lieu/', en: 'en/so-lieu/' }],
    ['en/so-lieu/toan-quoc/', { vi: 'so-lieu/toan-quoc/', en: 'en/so-lieu/toan-quoc/' }],
    ['', { vi: '', en: 'en/' }],
    ['en/', { vi: '', en: 'en/' }],
    ['huong-dan/', undefined],
    ['so-lieu/dinh-chinh/', undefined],
  ])('%s', (path, out) => expect(twins(path)).toEqual(out));

  it.each([
    ['en/', 'en'],
    ['en/so-lieu/', 'en'],
    ['so-lieu/', 'vi'],
    ['entry/', 'vi'],
    ['', 'vi'],
  ])('pageLang(%s) = %s', (path, lang) => expect(pageLang(path)).toBe(lang));
});
