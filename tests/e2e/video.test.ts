/**
 * A video in a guide (<Video>), on the example page a build makes with GOPY_EXAMPLES=1 (the
 * fixture site; the default site has no confirmed official video to show): nothing is requested from the video host
 * before the reader presses play, the CSP of deploy/nginx.conf.example admits the player's frame
 * when they do, and without JavaScript the poster is a link to the video's page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { namedSite } from './site.ts';
import type { Served } from './nginx.ts';
import { closeSite, openSite, phone } from './browser.ts';
import { runAxe, watch } from './audit.ts';
import { VIDEO_HOST } from '../../src/lib/guides/video.ts';

const PAGE = 'vi-du/video/';
let served: Served;
let browser: Browser;

beforeAll(async () => {
  ({ served, browser } = await openSite((await namedSite('fixture')).dir));
});
afterAll(() => closeSite({ served, browser }));

describe('a video, JavaScript on', () => {
  it('loads nothing from the video host until play is pressed, then plays from it in a frame', async () => {
    const context = await phone(browser);
    const foreign = await watch(context, served.origin);
    const page = await context.newPage();
    await page.goto(served.url + PAGE, { waitUntil: 'networkidle' });
    // The poster is this site's image; the player is only an address in the page.
    expect(await page.locator('.video img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && new URL(img.src).origin)).toBe(served.origin);
    expect(await page.locator('iframe').count()).toBe(0);
    expect(foreign).toEqual([]);
    expect(await runAxe(page)).toEqual([]);

    await page.getByRole('button', { name: /Xem video/ }).click();
    const frame = page.locator('iframe.video__frame');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toMatch(new RegExp(`^${VIDEO_HOST}/embed/`));
    expect(await frame.getAttribute('title')).toBe('Ví dụ: gửi góp ý trên ứng dụng VNeID');
    // The browser asked the host (the test refuses it): the CSP let the frame through.
    await expect.poll(() => foreign.filter((u) => u.startsWith(`${VIDEO_HOST}/`)).length).toBeGreaterThan(0);
    expect(foreign.filter((u) => !u.startsWith(`${VIDEO_HOST}/`))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await context.close();
  });
});

describe('a video, JavaScript off', () => {
  it('is a poster linking to the video’s page, with its title, length and summary; nothing from the host', async () => {
    const context = await phone(browser, { js: false });
    const foreign = await watch(context, served.origin);
    const page = await context.newPage();
    await page.goto(served.url + PAGE, { waitUntil: 'load' });
    const link = page.locator('a.video__poster');
    expect(await link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=VIDU-000000');
    expect(await link.textContent()).toMatch(/Xem video: .*\(2[ \u00a0]phút 30[ \u00a0]giây\)/);
    expect(await page.locator('.video__summary').textContent()).toMatch(/Video chỉ cách mở tiện ích/);
    expect(await page.locator('.video time').getAttribute('datetime')).toBe('PT2M30S');
    expect(foreign).toEqual([]);
    await context.close();
  });
});
