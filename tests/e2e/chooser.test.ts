/**
 * The area chooser in real Chromium at 390 px, on the built default site served by nginx with the
 * deploy config (its CSP applies): with JavaScript off, one tap per level (province → district)
 * through grouped lists; with JavaScript on, typing without diacritics narrows the whole tree
 * ("chi linh" finds Chí Linh, a district not listed on the first page). Zero axe violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { defaultSite } from './site.ts';
import type { Served } from './nginx.ts';
import { closeSite, openSite, phone } from './browser.ts';
import { runAxe, visit, watch } from './audit.ts';

const PICKER = 'kich-ban/cap-nhat-so-lieu/';

let served: Served;
let browser: Browser;

beforeAll(async () => {
  ({ served, browser } = await openSite((await defaultSite()).dir));
});
afterAll(() => closeSite({ served, browser }));

describe('JavaScript off', () => {
  it('reaches a district in one tap per level; no search box without its script', async () => {
    const context = await phone(browser, { js: false });
    const foreign = await watch(context, served.origin);
    const page = await context.newPage();
    const report = await visit(page, `${served.url}${PICKER}`, foreign, { js: false });
    expect(report.overflowX).toBe(0);
    expect(await page.locator('[data-chooser-search]').count()).toBe(0);
    // axe needs timers, which do not run with JavaScript off: it runs where every script of the
    // site is refused instead, on the DOM a reader without JavaScript gets.
    const axeContext = await phone(browser);
    await watch(axeContext, served.origin);
    await axeContext.route('**/*', (route) => (route.request().resourceType() === 'script' ? route.abort() : route.fallback()));
    const axePage = await axeContext.newPage();
    expect((await visit(axePage, `${served.url}${PICKER}`, [], { axe: true, js: false })).axe).toEqual([]);
    await axeContext.close();
    await page.getByRole('link', { name: 'Tỉnh Hải Dương' }).first().click();
    await page.waitForURL(/tinh-hai-duong-30\/$/);
    await page.getByRole('link', { name: 'Thành phố Chí Linh' }).click();
    await page.waitForURL(/thanh-pho-chi-linh-290\/$/);
    expect(await page.locator('h1').textContent()).toContain('Tin cập nhật');
    expect(await page.locator('.lead').textContent()).toContain('Thành phố Chí Linh');
    await context.close();
  });
});

describe('JavaScript on', () => {
  it('narrows the whole tree as one types, forgiving diacritics; Enter opens the first match', async () => {
    const context = await phone(browser);
    const foreign = await watch(context, served.origin);
    const page = await context.newPage();
    const report = await visit(page, `${served.url}${PICKER}`, foreign, { axe: true });
    expect(report.axe).toEqual([]);
    expect(report.pageErrors).toEqual([]);
    expect(report.cspViolations).toEqual([]);
    const input = page.getByLabel('Tìm nhanh tỉnh, huyện hoặc xã của bạn');
    await expect.poll(() => input.isVisible()).toBe(true);
    await input.fill('chi linh');
    const results = page.locator('[data-chooser-results] a');
    await expect.poll(() => results.allTextContents()).toEqual(['Thành phố Chí Linh']);
    expect(await page.locator('[data-chooser-status]').textContent()).toContain('1 địa bàn');
    expect(await page.locator('[data-chooser-lists]').isVisible()).toBe(false);
    await input.fill('hai duong');
    await expect.poll(() => results.allTextContents()).toEqual(['Tỉnh Hải Dương', 'Thành phố Hải Dương']);
    expect(await runAxe(page)).toEqual([]);
    await input.fill('');
    await expect.poll(() => page.locator('[data-chooser-lists]').isVisible()).toBe(true);
    await input.fill('chí linh');
    await expect.poll(() => results.allTextContents()).toEqual(['Thành phố Chí Linh']);
    await input.press('Enter');
    await page.waitForURL(/kich-ban\/cap-nhat-so-lieu\/thanh-pho-chi-linh-290\/$/);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
