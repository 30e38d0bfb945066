/**
 * A help page with a schedule, in real Chromium at 390 px, served by nginx with the deploy config:
 * zero axe violations with JavaScript on and off, past sessions folded away and opened by a tap,
 * the calendar link; and the help chooser narrows to areas with a help page ("binh giang").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Served } from './nginx.ts';
import { closeSite, openSite, phone } from './browser.ts';
import { visit, watch } from './audit.ts';
import { helpSite } from '../build/help-fixture.ts';

let served: Served;
let browser: Browser;

beforeAll(async () => {
  ({ served, browser } = await openSite((await helpSite()).dir));
});
afterAll(() => closeSite({ served, browser }));

describe('a commune’s help page', () => {
  const route = 'ho-tro/xa-thuc-khang-99901/';

  it('JavaScript on: zero axe violations, fits the phone, past sessions open on a tap', async () => {
    const context = await phone(browser);
    const foreign = await watch(context, served.origin);
    const page = await context.newPage();
    const report = await visit(page, served.url + route, foreign, { axe: true });
    expect([report.status, report.axe, report.overflowX, report.pageErrors, report.cspViolations, report.foreignRequests]).toEqual([200, [], 0, [], [], []]);
    const past = page.locator('details.help-past');
    expect(await past.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await past.locator('summary').click();
    await expect.poll(() => past.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.getByRole('link', { name: 'Tải lịch về điện thoại (.ics)' }).getAttribute('href')).toBe('/ho-tro/xa-thuc-khang-99901.ics');
    const ics = await page.request.get(`${served.url}ho-tro/xa-thuc-khang-99901.ics`);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    await context.close();
  });

  it('JavaScript off: the same page reads completely, zero axe violations', async () => {
    const context = await phone(browser, { js: false });
    const foreign = await watch(context, served.origin);
    const page = await context.newPage();
    const report = await visit(page, served.url + route, foreign, { js: false });
    expect([report.status, report.overflowX]).toEqual([200, 0]);
    expect(await page.locator('main').textContent()).toContain('Lịch sắp tới');
    const axeContext = await phone(browser);
    await watch(axeContext, served.origin);
    await axeContext.route('**/*', (r) => (r.request().resourceType() === 'script' ? r.abort() : r.fallback()));
    expect((await visit(await axeContext.newPage(), served.url + route, [], { axe: true, js: false })).axe).toEqual([]);
    await axeContext.close();
    await context.close();
  });
});

describe('the help chooser', () => {
  it('narrows to the areas with a help page as one types', async () => {
    const context = await phone(browser);
    const foreign = await watch(context, served.origin);
    const page = await context.newPage();
    expect((await visit(page, `${served.url}ho-tro/`, foreign, { axe: true })).axe).toEqual([]);
    const input = page.getByLabel('Tìm nhanh tỉnh, huyện hoặc xã của bạn');
    await input.fill('thuc khang');
    const results = page.locator('[data-chooser-results] a');
    await expect.poll(() => results.allTextContents()).toEqual(['Xã Thúc Kháng']);
    expect(await results.first().getAttribute('href')).toBe('/ho-tro/xa-thuc-khang-99901/');
    // Hà Nội has no help page in this data: not offered.
    await input.fill('ha noi');
    await expect.poll(() => page.locator('[data-chooser-status]').textContent()).toContain('Không thấy');
    await context.close();
  });
});
