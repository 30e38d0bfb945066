/**
 * The default site in real Chromium at phone width: every page passes axe with zero violations,
 * loads nothing from another host, breaks no CSP rule of deploy/nginx.conf.example, has the right
 * <html lang>, and fits 390 px; one page of each kind also with JavaScript off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { defaultSite, htmlPages, type BuiltSite } from './site.ts';
import type { Served } from './nginx.ts';
import { closeSite, inLanes, LANES, openSite, phone } from './browser.ts';
import { pageKinds, runAxe, visit, watch, type PageReport } from './audit.ts';

let site: BuiltSite;
let served: Served;
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  site = await defaultSite();
  ({ served, browser } = await openSite(site.dir));
  pages = htmlPages(site.dir);
});
afterAll(() => closeSite({ served, browser }));

/** The English figures pages live under en/; everything else is Vietnamese. */
const expectedLang = (path: string) => (path.startsWith('en/') ? 'en' : 'vi');

function problems(r: PageReport, path: string): string[] {
  const out: string[] = [];
  const ok404 = path === '404.html';
  if (r.status !== 200 && !ok404) out.push(`HTTP ${r.status}`);
  if (r.lang !== expectedLang(path)) out.push(`<html lang="${r.lang}">, expected "${expectedLang(path)}"`);
  if (!r.h1) out.push('no <h1>');
  for (const u of r.foreignRequests) out.push(`request to another host: ${u}`);
  for (const v of r.cspViolations) out.push(`CSP violation: ${v}`);
  for (const e of r.pageErrors) out.push(`uncaught: ${e}`);
  for (const e of r.consoleErrors) out.push(`console error: ${e}`);
  if (r.overflowX > 1) out.push(`wider than the phone by ${r.overflowX}px`);
  for (const v of r.axe) out.push(`axe ${v}`);
  return out;
}

describe('the audit itself', () => {
  it('reports axe violations and foreign requests when there are some', async () => {
    const context = await phone(browser);
    const foreign = await watch(context, served.origin);
    const page = await context.newPage();
    await page.goto(served.url);
    await page.setContent('<html><body><img src="x.png"><a href="#"></a><input></body></html>');
    expect((await runAxe(page)).join('\n')).toMatch(/image-alt|html-has-lang/);
    // Off the site (no CSP there), so the request is attempted: the watcher records and refuses it.
    await page.goto('about:blank');
    await page.setContent('<img src="https://cdn.example.com/x.png">');
    await expect.poll(() => foreign.some((u) => u.startsWith('https://cdn.example.com/')), { timeout: 5000 }).toBe(true);
    await context.close();
  });
});

describe('every page of the default site, 390 px, JavaScript on', () => {
  it('finds the pages', () => {
    // Home, 404 and at least the guides: a build that emitted nothing must not pass vacuously.
    expect(pages).toContain('');
    expect(pages).toContain('404.html');
    expect(pages.some((p) => p.startsWith('huong-dan/'))).toBe(true);
  });

  it('axe: zero violations; no other host; no CSP violation; no error; lang; fits the phone', async () => {
    // A few pages at once, each lane with its own context, so requests are told to the right page.
    const lanes = await Promise.all(
      Array.from({ length: LANES }, async () => {
        const context = await phone(browser, { js: true });
        const foreign = await watch(context, served.origin);
        return { context, foreign, page: await context.newPage() };
      }),
    );
    const failures: Record<string, string[]> = {};
    const visited = await inLanes(pages, LANES, async (p, i) => {
      const r = await visit(lanes[i]!.page, served.url + p, lanes[i]!.foreign, { axe: true });
      const list = problems(r, p);
      if (list.length) failures[`/${p}`] = list;
      return p;
    });
    await Promise.all(lanes.map((l) => l.context.close()));
    expect(visited).toEqual(pages);
    expect(failures).toEqual({});
  }, 900_000);
});

describe('one page of each kind, 390 px, JavaScript off', () => {
  it('reads completely without JavaScript', async () => {
    const failures: Record<string, string[]> = {};
    const kinds = [...pageKinds(pages)];
    expect(kinds.length).toBeGreaterThan(3);
    // axe needs timers, which do not run with JavaScript off; it runs on a second context, where
    // JavaScript is on for axe but every script of the site is refused (the site has no inline
    // script: the CSP forbids them), so the DOM is the one a no-JS reader gets.
    const lanes = await Promise.all(
      Array.from({ length: LANES }, async () => {
        const context = await phone(browser, { js: false });
        const foreign = await watch(context, served.origin);
        const axeContext = await phone(browser, { js: true });
        await watch(axeContext, served.origin);
        await axeContext.route('**/*', (route) => (route.request().resourceType() === 'script' ? route.abort() : route.fallback()));
        return { context, foreign, page: await context.newPage(), axeContext, axePage: await axeContext.newPage() };
      }),
    );
    await inLanes(kinds, LANES, async ([kind, p], i) => {
      const { page, foreign, axePage } = lanes[i]!;
      const r = await visit(page, served.url + p, foreign, { js: false });
      const noJsAxe = await visit(axePage, served.url + p, [], { axe: true, js: false });
      r.axe = noJsAxe.axe;
      const list = problems(r, p);
      // Without JavaScript nothing may stay hidden behind a control that needs it.
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll('main [hidden], main details:not([open])')].map((e) => e.outerHTML.slice(0, 80)),
      );
      for (const h of hidden) list.push(`content hidden without JavaScript: ${h}`);
      const main = await page.evaluate(() => document.querySelector('main')?.textContent?.trim().length ?? 0);
      if (main < 40) list.push(`main has only ${main} characters`);
      if (list.length) failures[`${kind} (/${p})`] = list;
    });
    await Promise.all(lanes.flatMap((l) => [l.axeContext.close(), l.context.close()]));
    expect(failures).toEqual({});
  }, 600_000);
});
