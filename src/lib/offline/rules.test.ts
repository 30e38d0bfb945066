import { describe, expect, it } from 'vitest';
import { cacheNames, keepWhenOpened, offlinePageFor, requestKind, sitePathOf } from './rules.ts';

describe('requestKind: what the worker does with a request', () => {
  it.each([
    ['', 'page'],
    ['huong-dan/gop-y-qua-vneid/', 'page'],
    ['ngoai-tuyen/', 'page'],
    ['404.html', 'page'],
    ['huong-dan/x/?q=1', 'page'],
    ['_astro/sw-register.B1c2D3e4.js', 'asset'],
    ['kich-ban/thong-bao-phat-dong/tinh-hai-duong-30.docx', 'download'],
    ['kich-ban/thong-bao-phat-dong/tinh-hai-duong-30.txt', 'download'],
    ['so-lieu/du-lieu/tham-gia.csv', 'download'],
    ['so-lieu/du-lieu/tham-gia.json', 'download'],
    ['so-lieu/du-lieu/tham-gia.xlsx', 'download'],
    ['ho-tro/tinh-hai-duong-30/lich.ics', 'download'],
    ['so-lieu/rss.xml', 'download'],
    ['so-lieu/anh-chia-se.png', 'download'],
    ['so-lieu/TOAN-QUOC.CSV', 'download'],
    ['pagefind/pagefind.js', 'network'],
    ['pagefind/index/vi_1234.pf_index', 'network'],
    ['sw.js', 'network'],
    ['favicon.svg', 'network'],
    ['a.b/c', 'network'],
  ])('%s → %s', (path, kind) => expect(requestKind(path)).toBe(kind));
});

describe('keepWhenOpened: the pages of an area a reader opens', () => {
  it.each([
    ['kich-ban/thong-bao-phat-dong/tinh-hai-duong-30/', true],
    ['kich-ban/thong-bao-phat-dong/tinh-hai-duong-30/in/', true],
    ['ho-tro/tinh-hai-duong-30/', true],
    ['kich-ban/thong-bao-phat-dong/tinh-hai-duong-30.docx', false],
    ['kich-ban/', false],
    ['so-lieu/tinh-hai-duong-30/', false],
    ['gioi-thieu/', false],
    ['en/so-lieu/', false],
  ])('%s → %s', (path, yes) => expect(keepWhenOpened(path)).toBe(yes));
});

describe('caches and paths', () => {
  it('names every cache after the build', () =>
    expect(Object.values(cacheNames('abc123'))).toEqual(['gopy-core-abc123', 'gopy-kept-abc123', 'gopy-assets-abc123']));
  it.each([
    ['/gopy/huong-dan/', '/gopy/', 'huong-dan/'],
    ['/huong-dan/', '/', 'huong-dan/'],
    ['/gopy/', '/gopy/', ''],
    ['/khac/', '/gopy/', undefined],
    ['/gopy/ho-tro/x%20y/', '/gopy/', 'ho-tro/x y/'],
  ])('sitePathOf(%s, %s) = %s', (p, base, out) => expect(sitePathOf(p, base)).toBe(out));
});

describe('offlinePageFor: the offline page in the language of the page asked for', () => {
  it.each([
    ['', 'ngoai-tuyen/'],
    ['so-lieu/tinh-hai-duong-30/', 'ngoai-tuyen/'],
    ['kich-ban/thong-bao-phat-dong/tinh-hai-duong-30/', 'ngoai-tuyen/'],
    ['en/', 'en/ngoai-tuyen/'],
    ['en/so-lieu/tinh-hai-duong-30/', 'en/ngoai-tuyen/'],
    ['en/phuong-phap/', 'en/ngoai-tuyen/'],
    ['english/', 'ngoai-tuyen/'],
  ])('%s → %s', (path, offline) => expect(offlinePageFor(path)).toBe(offline));
});
