/**
 * The figures pages in real Chromium (Debian's, through playwright-core), served by nginx with
 * the deployment config: every chart draws when it comes near the screen (a canvas that is not
 * blank), the PNG link serves the 1200×630 image, the copy button copies the embed code, and with
 * JavaScript off the tables are there and no canvas or button pretends to work. Tabs, embeds in a
 * newsroom page: figures-tabs.test.ts, embed.test.ts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defaultSite, htmlPages, type BuiltSite } from './site.ts';
import type { Served } from './nginx.ts';
import { closeSite, openPage, openSite, phone } from './browser.ts';

let site: BuiltSite;
let served: Served;
let browser: Browser;
let chartPages: string[];

beforeAll(async () => {
  site = await defaultSite();
  ({ served, browser } = await openSite(site.dir));
  chartPages = htmlPages(site.dir).filter((p) => p.startsWith('so-lieu/') && readFileSync(`${site.dir}/${p}index.html`, 'utf8').includes('data-chart="'));
}, 600_000);
afterAll(() => closeSite({ served, browser }));

/** For each chart of the page: drawn?, and how many canvas pixels are not transparent. */
async function drawnCharts(page: Page) {
  // Charts draw when they come near the screen: bring each one there.
  for (const fig of await page.locator('[data-chart]').all()) await fig.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => document.querySelectorAll('[data-chart]').length === document.querySelectorAll('[data-chart][data-chart-drawn]').length,
    undefined,
    { timeout: 10_000 },
  );
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-chart]')].map((fig) => {
      const canvas = fig.querySelector('canvas');
      if (!canvas) return { id: fig.dataset.chart, painted: 0, width: 0 };
      const ctx = canvas.getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      return { id: fig.dataset.chart, painted, width: canvas.width };
    }),
  );
}

describe('charts with JavaScript on (390 px)', () => {
  it('finds the chart pages: overview, both areas, the embeds', () => {
    expect(chartPages).toEqual(expect.arrayContaining(['so-lieu/', 'so-lieu/toan-quoc/', 'so-lieu/tinh-hai-duong-30/', 'so-lieu/nhung/toan-quoc-nguoi-tham-gia/']));
  });

  it('draws every chart of every chart page: a canvas that is not blank', async () => {
    const context = await phone(browser, { js: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const blank: string[] = [];
    for (const p of chartPages) {
      await page.goto(served.url + p);
      const charts = await drawnCharts(page);
      // As many charts as the page's HTML has: a page whose charts are not found is not "all drawn".
      const inHtml = (readFileSync(`${site.dir}/${p}index.html`, 'utf8').match(/data-chart="/g) ?? []).length;
      if (charts.length !== inHtml || inHtml === 0) blank.push(`${p}: ${charts.length} charts found, ${inHtml} in the HTML`);
      for (const c of charts) if (c.painted < 2000 || c.width < 200) blank.push(`${p} ${c.id}: ${c.painted} px`);
    }
    await context.close();
    expect(errors).toEqual([]);
    expect(blank).toEqual([]);
  }, 300_000);

  it('the PNG link serves the chart as a 1200×630 image, saved under the chart\'s name', async () => {
    const { context, page } = await openPage(browser, `${served.url}so-lieu/`, { js: true });
    await page.locator('#bieu-do-toan-quoc-nguoi-tham-gia [role="tab"]', { hasText: 'Tải về' }).click();
    const link = page.locator('#bieu-do-toan-quoc-nguoi-tham-gia a.chart__png');
    expect(await link.textContent()).toBe('Ảnh PNG (1200 × 630)');
    expect(await link.getAttribute('download')).toBe('toan-quoc-nguoi-tham-gia.png');
    const res = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    const png = await res.body();
    expect(res.headers()['content-type']).toBe('image/png');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    await context.close();
  }, 60_000);

  it('the copy button puts the <iframe> snippet on the clipboard', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${served.url}so-lieu/tinh-hai-duong-30/`);
    await page.locator('[role="tab"]', { hasText: 'Tải về' }).first().click();
    const copy = page.locator('pre.chart__embed + button.chart__copy').first();
    await expect(copy.textContent()).resolves.toBe('Chép mã nhúng');
    await copy.click();
    // The label changes once the clipboard write has finished: wait for it, never read it once.
    await expect.poll(() => copy.textContent(), { timeout: 5000 }).toBe('Đã chép');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^<iframe src="https:\/\/gopy\.example\.vn\/so-lieu\/nhung\/tinh-hai-duong-30-nguoi-tham-gia\/" /);
    await context.close();
  }, 60_000);

});

describe('charts with JavaScript off (390 px)', () => {
  it.each(['so-lieu/', 'so-lieu/tinh-hai-duong-30/', 'so-lieu/nhung/toan-quoc-do-tuoi-2025-05-13/'])(
    '%s: every chart has its table, visible, with the numbers; no canvas, no dead button',
    async (p) => {
      const { context, page } = await openPage(browser, served.url + p, { js: false });
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('figure.chart')].map((fig) => {
          const table = fig.querySelector('table');
          const r = table?.getBoundingClientRect();
          return {
            table: !!table && !!r && r.height > 0 && r.width > 0,
            rows: table?.querySelectorAll('tbody tr').length ?? 0,
            canvas: fig.querySelectorAll('canvas').length,
            buttons: fig.querySelectorAll('button').length,
            csv: !!fig.querySelector('a[href$=".csv"]'),
          };
        }),
      );
      await context.close();
      expect(charts.length).toBeGreaterThan(0);
      for (const c of charts) expect(c).toMatchObject({ table: true, canvas: 0, buttons: 0, csv: true });
      for (const c of charts) expect(c.rows).toBeGreaterThan(0);
    },
    60_000,
  );
});
