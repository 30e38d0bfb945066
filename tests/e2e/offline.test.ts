/**
 * Offline after one visit, in Chromium against nginx with the deploy config: a reader opens a
 * guide and a broadcast, the network goes (context.setOffline), and another guide, the poster, the
 * broadcast they opened and the figures overview still open; a page they never opened gets the
 * offline page, which lists the broadcast they kept; nothing they did not open as a download is
 * stored. Then a new build is published: once the reader is online again, the guide they read
 * offline is the new build's, not the old one. Root and /gopy/.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { defaultSite, subpathSite, type BuiltSite } from './site.ts';
import { serve, type Served } from './nginx.ts';
import { launch, phone } from './browser.ts';
import { writeServiceWorker } from '../../scripts/service-worker.ts';
import { DOWNLOAD_EXTENSIONS } from '../../src/lib/offline/rules.ts';

const GUIDE = 'huong-dan/gop-y-qua-vneid/';
const OTHER_GUIDE = 'huong-dan/tai-khoan-dinh-danh-muc-2/';
const BROADCAST = 'kich-ban/thong-bao-phat-dong/tinh-hai-duong-30/';
const NEVER_OPENED = 'so-lieu/tinh-hai-duong-30/';
const CHANGED = 'Câu này chỉ có trong bản dựng mới.';

/** The worker's version as the page's browser sees it (the name of its core cache). */
const coreCache = (page: Page) => page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith('gopy-core-')) ?? '');

/** Waits until a worker controls the page: it is active, so it has stored its core (install comes first). */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

async function h1(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'load' });
  return (await page.locator('h1').first().textContent())?.trim() ?? '';
}

// A dozen page loads and a worker install each: more than the default 30 s on a loaded machine.
describe.each([
  { base: '/', build: defaultSite },
  { base: '/gopy/', build: subpathSite },
])('offline reading at $base', { timeout: 120_000 }, ({ base, build }) => {
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
    served = await serve(live, base);
    browser = await launch();
    context = await phone(browser);
    page = await context.newPage();
    const title = (p: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(join(site.dir, p, 'index.html'), 'utf8'))?.[1]?.replace(/<[^>]+>/g, '').trim() ?? '';
    titles = Object.fromEntries([GUIDE, OTHER_GUIDE, BROADCAST, 'so-lieu/', 'ngoai-tuyen/', `${GUIDE}ap-phich/`].map((p) => [p, title(p)]));
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('after one visit online, works offline: core pages and the pages the reader opened', async () => {
    expect(await h1(page, served.url + GUIDE)).toBe(titles[GUIDE]);
    await controlled(page);
    expect(await coreCache(page)).toMatch(/^gopy-core-[0-9a-f]{16}$/);
    expect(await h1(page, served.url + BROADCAST)).toBe(titles[BROADCAST]);
    await context.setOffline(true);
    for (const p of [OTHER_GUIDE, `${GUIDE}ap-phich/`, 'so-lieu/', GUIDE, BROADCAST]) {
      expect(await h1(page, served.url + p), p).toBe(titles[p]);
    }
  });

  it('offline, a page never opened gets the offline page, which links what is stored', async () => {
    expect(await h1(page, served.url + NEVER_OPENED)).toBe(titles['ngoai-tuyen/']);
    // The broadcast the reader opened is listed (by the page's script, from what the worker kept).
    await page.waitForFunction((href) => [...document.querySelectorAll('main section a')].some((a) => a.getAttribute('href') === href), served.base + BROADCAST);
    const links = await page.$$eval('a[data-offline-core]', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining([served.base + OTHER_GUIDE, served.base + 'so-lieu/', served.base + 'kich-ban/']));
    // Every one of them opens offline.
    for (const href of links) {
      const r = await page.goto(served.origin + href!);
      expect(r?.ok(), href!).toBe(true);
      expect(await page.locator('h1').first().textContent()).not.toBe(titles['ngoai-tuyen/']);
    }
  });

  it('stores no download the reader did not open', async () => {
    const stored = await page.evaluate(async () => {
      const out: string[] = [];
      for (const k of await caches.keys()) for (const r of await (await caches.open(k)).keys()) out.push(new URL(r.url).pathname);
      return out;
    });
    expect(stored.length).toBeGreaterThan(5);
    expect(stored.filter((p) => DOWNLOAD_EXTENSIONS.some((ext) => p.toLowerCase().endsWith(ext)))).toEqual([]);
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
    // The browser finds the new sw.js, which stores the new core and drops the old caches.
    await expect
      .poll(
        async () => {
          const keys = await page.evaluate(() => caches.keys());
          return keys.some((k) => k.startsWith('gopy-core-') && k !== before) && !keys.includes(before);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await context.setOffline(true);
    await page.goto(served.url + OTHER_GUIDE);
    expect(await page.locator('[data-changed]').textContent()).toBe(CHANGED);
    await context.setOffline(false);
  });
});
