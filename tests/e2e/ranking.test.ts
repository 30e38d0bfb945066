/**
 * Search ranks like a reader expects (issue #12): for each query of the table, the page that must
 * come first does; excerpts are readable text (no markup, embed code or addresses); highlights
 * mark whole words and phrases, never a lone "ý" of another word. Real Chromium, real Pagefind
 * index of the default site, served by nginx with the deploy config.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defaultSite } from './site.ts';
import type { Served } from './nginx.ts';
import { closeSite, openSite, phone } from './browser.ts';

let served: Served;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ served, browser } = await openSite((await defaultSite()).dir));
  page = await (await phone(browser)).newPage();
}, 600_000);
afterAll(() => closeSite({ served, browser }));

interface Shown {
  url: string;
  title: string;
  excerpt: string;
  marks: string[];
}

/** The search page's results for a query, once it has reported on that very query. */
async function search(q: string): Promise<Shown[]> {
  await page.goto(`${served.url}tim-kiem/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(
    (query) => {
      const s = document.querySelector('[data-search-status]')?.textContent ?? '';
      return /Tìm thấy|Không tìm thấy/.test(s) && s.includes(query);
    },
    q.trim(),
    { timeout: 15_000 },
  );
  return page.evaluate((base) =>
    [...document.querySelectorAll('[data-search-list] li')].map((li) => ({
      url: (li.querySelector<HTMLAnchorElement>('h3 a')?.href ?? '').replace(base, ''),
      title: li.querySelector('h3')?.textContent ?? '',
      excerpt: li.querySelector('.search-result__excerpt')?.textContent ?? '',
      marks: [...li.querySelectorAll('.search-result__excerpt mark')].map((m) => m.textContent ?? ''),
    })),
  served.url);
}

describe('the page a query names comes first', () => {
  it.each([
    // query, the page that must rank first (its title is the query, with or without diacritics)
    ['gop y hien phap', 'huong-dan/gop-y-qua-vneid/'],
    ['góp ý sửa đổi Hiến pháp qua ứng dụng VNeID', 'huong-dan/gop-y-qua-vneid/'],
    ['cau hoi thuong gap', 'huong-dan/cau-hoi-thuong-gap/'],
    ['giup ong ba cha me', 'huong-dan/giup-nguoi-cao-tuoi/'],
    ['tai khoan dinh danh muc 2', 'huong-dan/tai-khoan-dinh-danh-muc-2/'],
    ['thong bao gop y', 'kich-ban/thong-bao-phat-dong/'],
    ['nhac ba con gop y', 'kich-ban/nhac-nho-ngay-cuoi/'],
    ['cach tinh so lieu', 'phuong-phap/'],
    ['nhat ky dinh chinh', 'so-lieu/dinh-chinh/'],
    ['tai du lieu', 'so-lieu/du-lieu/'],
    ['so lieu hai duong', 'so-lieu/tinh-hai-duong-30/'],
  ])('%j → /%s', async (q, first) => {
    const r = await search(q);
    expect(r[0]?.url, `${q}: ${r.map((x) => x.url).join(', ')}`).toBe(first);
  }, 60_000);
});

describe('excerpts', () => {
  it.each(['nhung', 'iframe', 'gop y', 'so lieu', 'tai ve', 'https', 'trich dan'])('%j: readable text, no markup, code or address', async (q) => {
    for (const r of await search(q)) {
      expect(r.excerpt, r.url).not.toMatch(/<|>|iframe|https?:\/\/|www\.|\.vn\//i);
    }
  }, 60_000);

  it('marks "góp ý" as a phrase, not every lone "ý"', async () => {
    const r = await search('gop y');
    expect(r.length).toBeGreaterThan(3);
    for (const x of r) for (const m of x.marks) expect(m.toLowerCase(), `${x.url}: ${x.marks.join('|')}`).not.toMatch(/^ý$/);
    expect(r.some((x) => x.marks.some((m) => /^góp ý$/i.test(m)))).toBe(true);
  }, 60_000);
});
