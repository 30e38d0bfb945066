/**
 * Offline after one visit, in Chromium against nginx with the deploy config: a reader opens a
 * guide and a broadcast, the network goes (context.setOffline), and another guide, the poster, the
 * broadcast they opened and the figures overview still open; a page they never opened gets the
 * offline page, which lists the broadcast they kept; nothing they did not open as a download is
 * stored; an English page never opened gets the English offline page. Then a new build is
 * published: once the reader is online again, the guide they read offline is the new build's, not
 * the old one. Root and /gopy/.
 *
 * Every step waits for a state the worker reaches (active and controlling the page, a page in its
 * cache, the new build's caches in place of the old), never for a length of time; the pages behind
 * the offline page's links are fetched through the worker, not opened one by one.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { defaultSite, subpathSite, type BuiltSite } from './site.ts';
import type { Served } from './nginx.ts';
import { closeSite, openSite, phone } from './browser.ts';
import { writeServiceWorker } from '../../scripts/service-worker.ts';
import { DOWNLOAD_EXTENSIONS } from '../../src/lib/offline/rules.ts';

const GUIDE = 'huong-dan/gop-y-qua-vneid/';
const OTHER_GUIDE = 'huong-dan/tai-khoan-dinh-danh-muc-2/';
const BROADCAST = 'kich-ban/thong-bao-phat-dong/tinh-hai-duong-30/';
const NEVER_OPENED = 'so-lieu/tinh-hai-duong-30/';
const EN_OVERVIEW = 'en/so-lieu/';
const EN_NEVER_OPENED = 'en/so-lieu/tinh-hai-duong-30/';
const CHANGED = 'Câu này chỉ có trong bản dựng mới.';

/** The worker's version as the page's browser sees it (the name of its core cache). */
const coreCache = (page: Page) => page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith('gopy-core-')) ?? '');

/** Whether the worker's caches hold every one of these addresses (any cache of ours). */
const stored = (page: Page, urls: string[]) =>
  page.evaluate(async (us) => (await Promise.all(us.map((u) => caches.match(u)))).every((r) => r !== undefined), urls);

async function h1(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'load' });
  return (await page.locator('h1').first().textContent())?.trim() ?? '';
}

describe.each([
  { base: '/', build: defaultSite },
  { base: '/gopy/', build: subpathSite },
])('offline reading at $base', ({ base, build }) => {
  let site: BuiltSite;
  let work: string;
  let live: string;
  let served: Served;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let titles: Record<string, string>;

  beforeAll(async () => {
    site = await build();
    // The host serves whatever `live` points at; a new build is published by moving the link.
    work = mkdtempSync(join(tmpdir(), 'gopy-offline-'));
    live = join(work, 'live');
    symlinkSync(site.dir, live);
    ({ served, browser } = await openSite(live, base));
    context = await phone(browser);
    page = await context.newPage();
    const html = (p: string) => readFileSync(join(site.dir, p, 'index.html'), 'utf8');
    const paths = [GUIDE, OTHER_GUIDE, BROADCAST, 'so-lieu/', 'ngoai-tuyen/', `${GUIDE}ap-phich/`, EN_OVERVIEW, 'en/ngoai-tuyen/'];
    titles = Object.fromEntries(paths.map((p) => [p, /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html(p))?.[1]?.replace(/<[^>]+>/g, '').trim() ?? '']));
  });
  afterAll(async () => {
    await closeSite({ served, browser });
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('after one visit online, works offline: core pages and the pages the reader opened', async () => {
    expect(await h1(page, served.url + GUIDE)).toBe(titles[GUIDE]);
    // Active and in control: it has stored its core (install, which stores it, comes first).
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
    expect(await coreCache(page)).toMatch(/^gopy-core-[0-9a-f]{16}$/);
    expect(await stored(page, [GUIDE, OTHER_GUIDE, `${GUIDE}ap-phich/`, 'so-lieu/', 'ngoai-tuyen/', EN_OVERVIEW, 'en/ngoai-tuyen/'].map((p) => served.url + p))).toBe(true);
    // A broadcast opened under the worker is kept.
    expect(await h1(page, served.url + BROADCAST)).toBe(titles[BROADCAST]);
    await expect.poll(() => stored(page, [served.url + BROADCAST]), { timeout: 10_000 }).toBe(true);
    await context.setOffline(true);
    for (const p of [OTHER_GUIDE, `${GUIDE}ap-phich/`, 'so-lieu/', GUIDE, BROADCAST, EN_OVERVIEW]) {
      expect(await h1(page, served.url + p), p).toBe(titles[p]);
    }
  });

  it('offline, a page never opened gets the offline page in its language, which links what is stored', async () => {
    expect(await h1(page, served.url + EN_NEVER_OPENED)).toBe(titles['en/ngoai-tuyen/']);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await h1(page, served.url + NEVER_OPENED)).toBe(titles['ngoai-tuyen/']);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    // The broadcast the reader opened is listed (by the page's script, from what the worker kept).
    await page.waitForFunction((href) => [...document.querySelectorAll('main section a')].some((a) => a.getAttribute('href') === href), served.base + BROADCAST);
    const links = await page.$$eval('a[data-offline-core]', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toEqual(expect.arrayContaining([served.base + OTHER_GUIDE, served.base + 'so-lieu/', served.base + 'kich-ban/']));
    // Every one of them comes from the worker with no network: a whole page, not the offline page.
    const answers = await page.evaluate(
      (hrefs) =>
        Promise.all(
          hrefs.map(async (h) => {
            const r = await fetch(h).catch(() => undefined);
            const text = r?.ok ? await r.text() : '';
            return { h, ok: r?.ok ?? false, h1: /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(text)?.[1]?.replace(/<[^>]+>/g, '').trim() };
          }),
        ),
      links,
    );
    for (const a of answers) {
      expect(a.ok, a.h).toBe(true);
      expect(a.h1, a.h).not.toBe(titles['ngoai-tuyen/']);
    }
  });

  it('stores no download the reader did not open', async () => {
    const all = await page.evaluate(async () => {
      const out: string[] = [];
      for (const k of await caches.keys()) for (const r of await (await caches.open(k)).keys()) out.push(new URL(r.url).pathname);
      return out;
    });
    expect(all.length).toBeGreaterThan(5);
    expect(all.filter((p) => DOWNLOAD_EXTENSIONS.some((ext) => p.toLowerCase().endsWith(ext)))).toEqual([]);
    const download = await page.evaluate((u) => fetch(u).then((r) => r.status, () => 'failed'), `${served.url}so-lieu/du-lieu/tham-gia.csv`);
    expect(download).toBe('failed');
  });

  it('after a new build, the updated guide is served, online and then offline', async () => {
    const before = await coreCache(page);
    // The next build: the same site with one guide changed, and the build's worker step run on it.
    const next = join(work, 'next');
    cpSync(site.dir, next, { recursive: true });
    const file = join(next, OTHER_GUIDE, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', `</h1><p data-changed>${CHANGED}</p>`));
    await writeServiceWorker(next, base);
    const link = join(work, 'live.new');
    symlinkSync(next, link);
    renameSync(link, live);

    await context.setOffline(false);
    await page.goto(served.url + GUIDE);
    // What a browser does on its own after a navigation, asked for now: fetch sw.js again. The new
    // one installs (stores the new core), activates and drops the old caches.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect
      .poll(async () => {
        const keys = await page.evaluate(() => caches.keys());
        return keys.some((k) => k.startsWith('gopy-core-') && k !== before) && !keys.includes(before);
      }, { timeout: 25_000 }) // expect.poll gives up after 1 s by default: too short for a new core to install
      .toBe(true);
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
    await context.setOffline(true);
    await page.goto(served.url + OTHER_GUIDE);
    expect(await page.locator('[data-changed]').textContent()).toBe(CHANGED);
    await context.setOffline(false);
  });
});
