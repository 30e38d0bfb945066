/**
 * A chart's four parts (issue #12) in real Chromium at 390 and 1280 px: with JavaScript off all
 * four are on the page in order under their headings, the chart part showing the chart's PNG;
 * with it, WAI-ARIA tabs that work by keyboard, keep the chosen tab in the address and open the
 * part an address points into. No horizontal overflow, zero axe violations, with either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defaultSite } from './site.ts';
import type { Served } from './nginx.ts';
import { closeSite, openSite } from './browser.ts';
import { runAxe } from './audit.ts';

let served: Served;
let browser: Browser;

beforeAll(async () => {
  ({ served, browser } = await openSite((await defaultSite()).dir));
}, 600_000);
afterAll(() => closeSite({ served, browser }));

const PAGES = ['so-lieu/', 'so-lieu/toan-quoc/', 'so-lieu/tinh-hai-duong-30/', 'so-lieu/du-lieu/', 'so-lieu/nhung/toan-quoc-do-tuoi-2025-05-13/'];
const CHART = '#bieu-do-toan-quoc-nguoi-tham-gia';

async function open(width: number, js: boolean, route: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 850 }, javaScriptEnabled: js });
  await page.goto(served.url + route);
  return page;
}

describe.each([390, 1280])('at %i px', (width) => {
  it.each(PAGES.flatMap((p) => [[p, true], [p, false]] as const))('%s (JavaScript %s): no horizontal overflow', async (route, js) => {
    const page = await open(width, js, route);
    if (js) await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => f.classList.contains('chart--tabs')));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  }, 60_000);

  // axe runs in the page, so it needs JavaScript; the JavaScript-off markup is the same minus tabs.
  it.each(PAGES)('%s: zero axe violations, on each tab of the first chart', async (route) => {
    const page = await open(width, true, route);
    await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => f.classList.contains('chart--tabs')));
    const tabs = page.locator('figure.chart').first().locator('[role="tab"]');
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click();
      expect(await runAxe(page), `${route} tab ${i}`).toEqual([]);
    }
    await page.close();
  }, 60_000);

  it('without JavaScript: the four parts in order, each under its heading, the chart as an image', async () => {
    const page = await open(width, false, 'so-lieu/toan-quoc/');
    const parts = await page.evaluate((sel) => {
      const fig = document.querySelector(sel)!;
      return [...fig.querySelectorAll(':scope > [data-part]')].map((p) => ({
        heading: p.querySelector('.chart__part-title')?.textContent,
        visible: (p as HTMLElement).offsetHeight > 0,
      }));
    }, CHART);
    expect(parts).toEqual([
      { heading: 'Biểu đồ', visible: true },
      { heading: 'Bảng số liệu', visible: true },
      { heading: 'Nguồn và cách trích dẫn', visible: true },
      { heading: 'Tải về, nhúng, chia sẻ', visible: true },
    ]);
    const img = page.locator(`${CHART} [data-chart-canvas] img`);
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1200);
    expect(await page.locator(`${CHART} [role="tab"], ${CHART} canvas, ${CHART} button`).count()).toBe(0);
    await page.close();
  }, 60_000);

  it('with JavaScript: tabs by keyboard, the chosen one in the address, the chart drawn when shown', async () => {
    const page = await open(width, true, 'so-lieu/toan-quoc/');
    const tabs = page.locator(`${CHART} [role="tab"]`);
    await expect.poll(() => tabs.allTextContents()).toEqual(['Biểu đồ', 'Bảng', 'Nguồn', 'Tải về']);
    expect(await tabs.nth(0).getAttribute('aria-selected')).toBe('true');
    await page.locator(CHART).scrollIntoViewIfNeeded();
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-chart-drawn') === '', CHART);
    await tabs.nth(0).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Bảng');
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`${CHART}-bang`).isVisible()).toBe(true);
    expect(await page.locator(`${CHART}-bieu-do`).isVisible()).toBe(false);
    expect(new URL(page.url()).hash).toBe(`${CHART}-bang`);
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Tải về');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Biểu đồ');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Tải về');
    expect(await page.locator(`${CHART}-tai-ve`).isVisible()).toBe(true);
    await page.close();
  }, 60_000);

  it('an address naming a part, or a row inside one, opens it', async () => {
    const page = await open(width, true, `so-lieu/toan-quoc/${CHART}-nguon`);
    await expect.poll(() => page.locator(`${CHART}-nguon`).isVisible()).toBe(true);
    expect(await page.locator(`${CHART} [role="tab"][aria-selected="true"]`).textContent()).toBe('Nguồn');
    // The feed links to a figure's row: its table opens.
    await page.goto(`${served.url}so-lieu/tinh-hai-duong-30/#so-lieu-30-people-vneid-2025-05-16`);
    await expect.poll(() => page.locator('#so-lieu-30-people-vneid-2025-05-16').isVisible()).toBe(true);
    await page.close();
  }, 60_000);
});
