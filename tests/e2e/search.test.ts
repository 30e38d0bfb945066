/**
 * Search in real Chromium on the built default site, served by nginx with the deploy config (so
 * its CSP applies to Pagefind's WebAssembly too): which page ranks in the top three for queries
 * typed with and without diacritics (d for đ), in any case, of several words; what a reader sees
 * when nothing is found; ?q= in the address and the back button; keyboard and screen-reader
 * basics; and the path with JavaScript off (the header box leads to the search page, which lists
 * every page by kind).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { defaultSite, subpathSite, type BuiltSite } from './site.ts';
import { serve, type Served } from './nginx.ts';
import { closeSite, openSite, phone } from './browser.ts';
import { runAxe, watch } from './audit.ts';

const E_ID = 'huong-dan/tai-khoan-dinh-danh-muc-2/';
const HOW_TO = 'huong-dan/gop-y-qua-vneid/';
const ELDERLY = 'huong-dan/giup-nguoi-cao-tuoi/';
const FAQ = 'huong-dan/cau-hoi-thuong-gap/';
const CORRECTIONS = 'so-lieu/dinh-chinh/';
const HAI_DUONG = 'so-lieu/tinh-hai-duong-30/';
const LAUNCH_SCRIPT = 'kich-ban/thong-bao-phat-dong/';
const LAST_DAYS_SCRIPT = 'kich-ban/nhac-nho-ngay-cuoi/';

let served: Served;
let browser: Browser;
let context: BrowserContext;
let foreign: string[];
let page: Page;

beforeAll(async () => {
  ({ served, browser } = await openSite((await defaultSite()).dir));
  context = await phone(browser);
  foreign = await watch(context, served.origin);
  page = await context.newPage();
});
afterAll(() => closeSite({ served, browser }));

/**
 * Waits until the search page reports on the current query (on `typed`, when given: while typing,
 * the page first reports on the letters typed so far); returns the result links, in order.
 */
async function results(p: Page, origin = served.url, typed?: string): Promise<{ status: string; urls: string[] }> {
  await p.waitForFunction(
    (q) => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      if (/Chưa tìm được/.test(status)) return true;
      return /Tìm thấy|Không tìm thấy/.test(status) && (q === null || status.includes(`“${q}”`));
    },
    typed ?? null,
    { timeout: 10_000 },
  );
  return p.evaluate((base) => ({
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
    urls: [...document.querySelectorAll<HTMLAnchorElement>('[data-search-list] .search-result__title a')].map((a) =>
      a.href.startsWith(base) ? a.href.slice(base.length) : a.href,
    ),
  }), origin);
}

async function searchUrl(q: string) {
  await page.goto(`${served.url}tim-kiem/?q=${encodeURIComponent(q)}`);
  return results(page);
}

/** Every result of a query: "show more" pressed until all are listed. */
async function allResults(q: string) {
  const first = await searchUrl(q);
  const total = Number(/Tìm thấy (\d+)/.exec(first.status)?.[1] ?? 0);
  while ((await page.locator('.search-more').count()) > 0) {
    const before = await page.locator('[data-search-list] li').count();
    await page.locator('.search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-list] li').length > n, before);
  }
  const all = await results(page);
  expect(all.urls).toHaveLength(total);
  return all;
}

describe('ranking: the expected page is among the first three', () => {
  it.each([
    // d for đ, no diacritics at all: the gap Pagefind leaves.
    ['dinh danh', E_ID],
    ['định danh', E_ID],
    ['Dinh Danh', E_ID],
    ['DINH DANH MUC 2', E_ID],
    ['tai khoan dinh danh', E_ID],
    ['dịnh danh', E_ID],
    ['ddinh danh', E_ID],
    ['bon buoc gop y', HOW_TO],
    ['Bốn bước góp ý', HOW_TO],
    ['gui gop y qua VNeID', HOW_TO],
    ['nguoi cao tuoi', ELDERLY],
    ['người cao tuổi', ELDERLY],
    ['dien thoai thong minh', FAQ],
    ['dinh chinh', CORRECTIONS],
    ['đính chính', CORRECTIONS],
    ['hai duong', HAI_DUONG],
    ['Hải Dương', HAI_DUONG],
    ['thong bao phat dong', LAUNCH_SCRIPT],
    ['nhac nho nhung ngay cuoi', LAST_DAYS_SCRIPT],
  ])('%j → /%s', async (q, expected) => {
    const r = await searchUrl(q);
    expect(r.urls.slice(0, 3), `${q}: ${r.status}`).toContain(expected);
  });
});

describe('the page the query means comes first', () => {
  it.each([
    ['định danh', E_ID],
    ['dinh danh', E_ID],
    ['đính chính', CORRECTIONS],
    ['Bốn bước góp ý', HOW_TO],
  ])('%j → /%s first', async (q, expected) => {
    expect((await searchUrl(q)).urls[0]).toBe(expected);
  });
});

describe('without diacritics, the same pages as with them', () => {
  it.each([
    ['dinh danh', 'định danh'],
    ['dien tu', 'điện tử'],
    ['gop y', 'góp ý'],
    ['dinh chinh so lieu', 'đính chính số liệu'],
    ['doc tren loa', 'đọc trên loa'],
  ])('%j finds every page %j finds, the accented query first', async (bare, accented) => {
    const a = await allResults(accented);
    const b = await allResults(bare);
    expect(a.urls.length).toBeGreaterThan(0);
    expect(b.urls.filter((u) => a.urls.includes(u)).sort()).toEqual([...a.urls].sort());
    // The page the accented query ranks first is near the top of the bare one too.
    expect(b.urls.slice(0, 3)).toContain(a.urls[0]);
  });
});

describe('the results list', () => {
  it('shows title, kind and an excerpt with the matched words highlighted (định for dinh)', async () => {
    await searchUrl('dinh danh');
    const first = await page.evaluate(() => {
      const li = document.querySelector('[data-search-list] li');
      return {
        title: li?.querySelector('h3 a')?.textContent ?? '',
        kind: li?.querySelector('.search-result__kind')?.textContent ?? '',
        marks: [...(li?.querySelectorAll('.search-result__excerpt mark') ?? [])].map((m) => m.textContent?.toLowerCase()),
      };
    });
    expect(first.title).toMatch(/định danh/);
    expect(first.kind).toBe('Hướng dẫn');
    // The phrase is one highlight (issue #12: whole words and phrases).
    expect(first.marks).toContain('định danh');
  });

  it('kinds: guides, scripts and figures are told apart', async () => {
    // One query that every kind answers; each kind, chosen alone, labels all its results with
    // its own name (the first ten of the whole list may all be of one kind: broadcasts exist
    // for every area).
    for (const [loai, label] of [['huong-dan', 'Hướng dẫn'], ['kich-ban', 'Kịch bản loa'], ['so-lieu', 'Số liệu']]) {
      await page.goto(`${served.url}tim-kiem/?q=gop+y&loai=${loai}`);
      const r = await results(page);
      expect(r.urls.length, loai).toBeGreaterThan(0);
      const kinds = await page.evaluate(() => [...document.querySelectorAll('.search-result__kind')].map((k) => k.textContent));
      expect(new Set(kinds), loai).toEqual(new Set([label]));
    }
  });

  it('narrows to one kind of page: ?loai= in the address, radio buttons on the page', async () => {
    const r = await searchUrl('gop y');
    const all = Number(/Tìm thấy (\d+)/.exec(r.status)?.[1]);
    await page.goto(`${served.url}tim-kiem/?q=gop+y&loai=huong-dan`);
    const guides = await results(page);
    expect(guides.status).toMatch(/trong mục Hướng dẫn/);
    expect(Number(/Tìm thấy (\d+)/.exec(guides.status)?.[1])).toBeLessThan(all);
    expect(guides.urls.every((u) => u.startsWith('huong-dan/'))).toBe(true);
    expect(await page.isChecked('input[name="loai"][value="huong-dan"]')).toBe(true);
    await page.check('input[name="loai"][value="kich-ban"]');
    await page.waitForFunction(() => /Kịch bản loa/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const scripts = await results(page);
    expect(scripts.urls.length).toBeGreaterThan(0);
    expect(scripts.urls.every((u) => u.startsWith('kich-ban/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('loai')).toBe('kich-ban');
    expect(await runAxe(page)).toEqual([]);
  });

  it('says clearly when nothing was found and suggests the guides', async () => {
    const r = await searchUrl('xqzwv blorft');
    expect(r.urls).toEqual([]);
    expect(r.status).toBe('Không tìm thấy trang nào cho “xqzwv blorft”.');
    const suggested = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('.search-none a')].map((a) => a.pathname));
    expect(suggested).toContain(`/${E_ID}`);
    expect(suggested).toContain(`/${HOW_TO}`);
  });

  it('updates as you type, keeps ?q= in the address, and the back button returns to the search', async () => {
    const page = await context.newPage();
    await page.goto(`${served.url}tim-kiem/`);
    await page.locator('#search-q').pressSequentially('dinh danh', { delay: 40 });
    const r = await results(page, served.url, 'dinh danh');
    expect(r.urls.slice(0, 3)).toContain(E_ID);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'dinh danh');
    // Typing does not fill the history with one entry per letter.
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(3);
    await page.locator('[data-search-list] a').first().click();
    await page.waitForURL((u) => u.pathname !== '/tim-kiem/');
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/tim-kiem/' && u.searchParams.get('q') === 'dinh danh');
    expect((await results(page, served.url, 'dinh danh')).urls.slice(0, 3)).toContain(E_ID);
    expect(await page.inputValue('#search-q')).toBe('dinh danh');
    await page.close();
  });

  it('works by keyboard: a labelled input, Enter searches, Tab reaches the results; a polite live region counts them', async () => {
    await page.goto(`${served.url}tim-kiem/`);
    const label = await page.evaluate(() => (document.querySelector('#search-q') as HTMLInputElement).labels?.[0]?.textContent);
    expect(label).toBeTruthy();
    await page.focus('#search-q');
    await page.keyboard.type('huong dan');
    await page.keyboard.press('Enter');
    const r = await results(page, served.url, 'huong dan');
    expect(r.status).toMatch(/^Tìm thấy \d+ trang cho “huong dan”/);
    const live = await page.evaluate(() => {
      const s = document.querySelector('[data-search-status]')!;
      return { role: s.getAttribute('role'), live: s.getAttribute('aria-live') };
    });
    expect(live).toEqual({ role: 'status', live: 'polite' });
    expect(await page.evaluate(() => document.querySelector('[data-search-list]')?.tagName)).toBe('OL');
    // Tab: the search button, the choice of kind (one stop for the radio group), the first result.
    for (const stop of ['BUTTON', 'INPUT']) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(stop);
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search-list] li:first-child') !== null)).toBe(true);
  });

  it('with results on screen: zero axe violations, nothing from another host, no error', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await searchUrl('gop y');
    expect(await runAxe(page)).toEqual([]);
    await searchUrl('xqzwv');
    expect(await runAxe(page)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('guide pages carry no search code; the header box is a plain form', () => {
  it('a guide page loads nothing of search and its header form submits to /tim-kiem/', async () => {
    await page.goto(served.url + E_ID, { waitUntil: 'networkidle' });
    const info = await page.evaluate(() => ({
      // Only the two small modules every guide has (offline worker, listen button's voice check).
      scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? 'inline'),
      loaded: performance.getEntriesByType('resource').map((e) => e.name),
      form: (() => {
        const f = document.querySelector<HTMLFormElement>('header form[role="search"]');
        return f && { action: new URL(f.action).pathname, method: f.method, input: f.querySelector('input')?.name };
      })(),
    }));
    expect(info.scripts.length).toBeLessThanOrEqual(2);
    expect(info.scripts.filter((src) => !/\/_astro\/(Base|ListenScript)\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(src))).toEqual([]);
    expect(info.loaded.filter((u) => /pagefind|search/i.test(u))).toEqual([]);
    expect(info.form).toEqual({ action: '/tim-kiem/', method: 'get', input: 'q' });
    // The d-form words are added to what the index sees, never to the page.
    expect(await page.content()).not.toContain('⁂');
  });
});

describe('JavaScript off', () => {
  it('the header box leads to /tim-kiem/?q=, which lists every page by kind', async () => {
    const ctx = await phone(browser, { js: false });
    const p = await ctx.newPage();
    await p.goto(served.url + HOW_TO);
    await p.fill('header input[name="q"]', 'dinh danh');
    await p.press('header input[name="q"]', 'Enter');
    await p.waitForURL((u) => u.pathname === '/tim-kiem/');
    expect(new URL(p.url()).searchParams.get('q')).toBe('dinh danh');
    const listing = await p.evaluate(() => ({
      noscript: document.querySelector('noscript')?.textContent ?? '',
      groups: [...document.querySelectorAll('.search-all h3')].map((h) => h.textContent),
      links: [...document.querySelectorAll<HTMLAnchorElement>('.search-all a')].map((a) => a.pathname),
    }));
    expect(listing.groups).toEqual(['Hướng dẫn', 'Kịch bản loa', 'Số liệu', 'Thông tin chung']);
    for (const path of [E_ID, HOW_TO, ELDERLY, FAQ, LAUNCH_SCRIPT, LAST_DAYS_SCRIPT, 'so-lieu/', 'huong-dan/', 'kich-ban/']) {
      expect(listing.links, path).toContain(`/${path}`);
    }
    await ctx.close();
  });
});

describe('under a sub-path (/gopy/)', () => {
  let sub: BuiltSite;
  let subServed: Served;
  beforeAll(async () => {
    sub = await subpathSite();
    subServed = await serve(sub.dir, '/gopy/');
  });
  afterAll(async () => {
    await subServed?.stop();
  });

  it('loads Pagefind from /gopy/pagefind/ and links results under /gopy/', async () => {
    const ctx = await phone(browser);
    const away = await watch(ctx, subServed.origin);
    const p = await ctx.newPage();
    await p.goto(`${subServed.url}tim-kiem/?q=dinh+danh`);
    const r = await results(p, subServed.origin);
    expect(r.urls.slice(0, 3)).toContain(`/gopy/${E_ID}`);
    expect(r.urls.every((u) => u.startsWith('/gopy/'))).toBe(true);
    expect(away).toEqual([]);
    await ctx.close();
  });
});
