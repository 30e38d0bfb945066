/**
 * Debian's Chromium driven by playwright-core. Never a downloaded browser: CI installs the
 * `chromium` package with apt-get. The flags keep Chromium from calling home, which on this
 * closed network would otherwise show as failed requests to third-party hosts.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

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
