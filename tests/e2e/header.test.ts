/**
 * A phone's first screen: the header in real Chromium at 390 × 844.
 *
 * Budget: 120 px, 14 % of the 844 px screen. It holds the site's name, the four sections on one
 * line and the search box, each at least 24 px high to tap (WCAG 2.2, 2.5.8); what is left is
 * about 86 % of the screen for the page, enough for a guide's title and its summary, or a
 * broadcast's title and its files, before any scrolling. The header as first written took 196 px
 * (23 %) and repeated the search box as a link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { defaultSite } from './site.ts';
import type { Served } from './nginx.ts';
import { closeSite, MOBILE, openSite, phone } from './browser.ts';
import { viLocale } from '../../src/i18n/locale.ts';

const BUDGET_PX = 120;

let served: Served;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  ({ served, browser } = await openSite((await defaultSite()).dir));
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await closeSite({ served, browser });
});

async function open(path: string, js: boolean): Promise<Page> {
  const context = await phone(browser, { js });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(served.url + path);
  return page;
}

const box = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, height: r.height, width: r.width };
  });

describe.each([
  ['home', ''],
  ['a guide', 'huong-dan/gop-y-qua-vneid/'],
  ['a broadcast', 'kich-ban/cap-nhat-so-lieu/tinh-hai-duong-30/'],
  ['figures', 'so-lieu/'],
])(`the header at ${MOBILE.width} px: %s`, (_, path) => {
  it.each([true, false])(`fits ${BUDGET_PX} px with the search box and every section in it (JavaScript %s)`, async (js) => {
    const page = await open(path, js);
    const header = await box(page, '.site-header');
    expect(header.height).toBeGreaterThan(0);
    expect(header.height).toBeLessThanOrEqual(BUDGET_PX);
    // The search box is whole, inside the header, and wide enough to type in.
    const input = await box(page, '.site-header input[type=search]');
    expect(input.top).toBeGreaterThanOrEqual(header.top);
    expect(input.bottom).toBeLessThanOrEqual(header.bottom);
    expect(input.width).toBeGreaterThan(200);
    // The sections, each a target a thumb can hit; no link repeating the search box.
    const links = await page.locator('.site-nav a').evaluateAll((as) => as.map((a) => ({ text: a.textContent, h: a.getBoundingClientRect().height })));
    expect(links.map((l) => l.text)).toEqual(viLocale.nav.map((n) => n.label));
    for (const l of links) expect(l.h).toBeGreaterThanOrEqual(24);
    // The page's own heading starts within the first screen.
    expect((await box(page, 'main h1')).top).toBeLessThan(MOBILE.height / 3);
  });
});

describe('the skip link', () => {
  it('is the first thing the keyboard reaches, shows itself and leads to the main content', async () => {
    const page = await open('huong-dan/gop-y-qua-vneid/', true);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('skip');
    const skip = await box(page, 'a.skip');
    expect(skip.left).toBeGreaterThanOrEqual(0);
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.height).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#main');
  });
});
