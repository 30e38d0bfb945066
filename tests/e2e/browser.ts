/**
 * Debian's Chromium driven by playwright-core. Never a downloaded browser: CI installs the
 * `chromium` package with apt-get. The flags keep Chromium from calling home, which on this
 * closed network would otherwise show as failed requests to third-party hosts.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serve, type Served } from './nginx.ts';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A phone: the design's reference width. */
export const MOBILE = { width: 390, height: 844 } as const;

/** Launches Chromium headless. playwright-core gives each launch a fresh, empty user-data-dir. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A context as a phone reader has it, with JavaScript on or off. */
export async function phone(browser: Browser, opts: { js?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: MOBILE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled: opts.js ?? true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
}

/** A built site served by nginx with the deploy config, and a Chromium to read it with. */
export interface OpenSite {
  served: Served;
  browser: Browser;
}

/**
 * Serves the built site in `dir` at `base` and launches Chromium: a test file's `beforeAll`.
 * Should Chromium not start, nginx is stopped again before the error is thrown.
 */
export async function openSite(dir: string, base = '/'): Promise<OpenSite> {
  const served = await serve(dir, base);
  try {
    return { served, browser: await launch() };
  } catch (error) {
    await served.stop();
    throw error;
  }
}

/** Closes what `openSite()` opened, the browser first (either may be missing): its `afterAll`. */
export async function closeSite({ served, browser }: Partial<OpenSite>): Promise<void> {
  await browser?.close();
  await served?.stop();
}

/**
 * A phone context (JavaScript on or off) with one page gone to `url`. `before` runs on the page
 * before it goes (a clock installed, a script added); close the context when done.
 */
export async function openPage(
  browser: Browser,
  url: string,
  opts: { js?: boolean; before?: (page: Page) => Promise<unknown> } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phone(browser, { js: opts.js });
  const page = await context.newPage();
  await opts.before?.(page);
  await page.goto(url);
  return { context, page };
}

/**
 * Calls `fn` on every item, at most `lanes` at a time: lane i takes the next item whenever its last
 * one is done, and gets its own index (so it can keep its own page). Results keep the items' order.
 * Visiting pages this way overlaps their waits (a page "settles" after 500 ms without requests).
 */
export async function inLanes<T, R>(items: readonly T[], lanes: number, fn: (item: T, lane: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(lanes, items.length) }, async (_, lane) => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, lane);
      }
    }),
  );
  return out;
}

/** How many pages a browser test visits at once. */
export const LANES = 3;
