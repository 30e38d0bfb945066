/**
 * The embed snippet in a newsroom's page (issue #12): a host page on another origin (a plain
 * Node server, no CSP of ours) carries the snippet exactly as the chart's "Tải về" part offers
 * it. With the listener script, the frame takes the embed's height and follows it (a tab chosen);
 * without it, the fallback height alone fits the embed at 360 px. Never an inner scrollbar.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { defaultSite, TEST_SITE_URL, type BuiltSite } from './site.ts';
import type { Served } from './nginx.ts';
import { closeSite, openSite } from './browser.ts';

let site: BuiltSite;
let served: Served;
let browser: Browser;
let host: Server;
let hostUrl = '';
let html = '';

/** The snippets offered on a page of the built site, pointing at the local server. */
function snippets(route: string): string[] {
  const page = readFileSync(`${site.dir}/${route}index.html`, 'utf8');
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...page.matchAll(/<pre class="chart__embed"[^>]*><code>([\s\S]*?)<\/code><\/pre>/g)].map((m) =>
    decode(m[1]!).replaceAll(`${TEST_SITE_URL}/`, served.url),
  );
}

beforeAll(async () => {
  site = await defaultSite();
  ({ served, browser } = await openSite(site.dir));
  host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  const addr = host.address();
  hostUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
}, 600_000);
afterAll(async () => {
  await closeSite({ served, browser });
  await new Promise((r) => host?.close(r));
});

const article = (body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bài báo</title></head><body style="margin:0;padding:12px;font-family:sans-serif"><p>Đoạn mở bài.</p>${body}<p>Đoạn cuối bài.</p></body></html>`;

/** The frame's height in the host page, and how tall the embed's own page is inside it. */
async function measure(page: Page, frame: Frame) {
  const outer = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
  return { outer, ...inner };
}

async function open(width: number, body: string) {
  html = article(body);
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(hostUrl);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForFunction(() => document.querySelector('[data-chart][data-chart-drawn=""]') !== null, undefined, { timeout: 20_000 });
  return { page, frame };
}

describe('the embed snippet on a newsroom page', () => {
  it('is offered for every drawable chart, frame first, then our listener', () => {
    const all = ['so-lieu/toan-quoc/', 'so-lieu/tinh-hai-duong-30/'].flatMap(snippets);
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const s of all) expect(s).toMatch(/^<iframe [^>]*height="\d+"[^>]*data-gopy-embed><\/iframe>\n<script src="[^"]+so-lieu\/nhung\/khung\.js" async><\/script>$/);
  });

  it.each([390, 1280])('at %i px the frame takes the whole embed, no inner scrollbar, and follows a tab', async (width) => {
    const { page, frame } = await open(width, snippets('so-lieu/toan-quoc/')[0]!);
    await expect.poll(async () => { const m = await measure(page, frame); return Math.abs(m.outer - m.scroll); }, { timeout: 10_000 }).toBeLessThanOrEqual(1);
    expect((await measure(page, frame)).scroll).toBeLessThanOrEqual((await measure(page, frame)).client + 1);
    // The table is longer than the chart on a phone: the frame grows with it.
    await frame.getByRole('tab', { name: 'Bảng' }).click();
    await expect.poll(async () => { const m = await measure(page, frame); return m.scroll <= m.client + 1 && Math.abs(m.outer - m.scroll) <= 1; }, { timeout: 10_000 }).toBe(true);
    await page.close();
  }, 60_000);

  it.each(snippetsCases())('without the listener, the fallback height fits %s at 360 px', async (_name, route, i) => {
    const iframe = snippets(route)[i]!.split('\n')[0]!;
    const { page, frame } = await open(360, iframe);
    const m = await measure(page, frame);
    expect(m.scroll, `content ${m.scroll} px in a frame of ${m.outer} px`).toBeLessThanOrEqual(m.outer);
    // …and is not wildly taller than the embed.
    expect(m.outer).toBeLessThan(m.scroll + 260);
    await page.close();
  }, 60_000);
});

function snippetsCases(): [string, string, number][] {
  return [
    ['the national people series', 'so-lieu/toan-quoc/', 0],
    ['the age groups', 'so-lieu/toan-quoc/', 1],
    ['the occupations', 'so-lieu/toan-quoc/', 2],
    ['Hải Dương', 'so-lieu/tinh-hai-duong-30/', 0],
  ];
}
