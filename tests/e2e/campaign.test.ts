/**
 * The campaign's status and paper, in Chromium on the default site (served by nginx): the status
 * line is in the first screen of a phone; the browser brings "còn N ngày" up to date as its own
 * date moves on (the test sets the browser's clock); each poster prints on one A4 page with a QR
 * code of at least 3 cm and the address typed at 14 pt or more; print views show "In trang này".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defaultSite } from './site.ts';
import type { Served } from './nginx.ts';
import { closeSite, openPage, openSite } from './browser.ts';
import { t } from '../../src/i18n/vi.ts';

let served: Served;
let browser: Browser;

beforeAll(async () => {
  ({ served, browser } = await openSite((await defaultSite()).dir));
});
afterAll(() => closeSite({ served, browser }));

const statusText = (page: Page) => page.locator('[data-status-text]').first().textContent();
const checkedText = (page: Page) => page.locator('[data-status-checked]').first().textContent();

describe('the status line', () => {
  it.each([true, false])('is in the first screen of the home page at 390 px (JavaScript %s)', async (js) => {
    const { context, page } = await openPage(browser, served.url, { js });
    const box = await page.locator('.campaign-status').first().boundingBox();
    const viewport = page.viewportSize()!;
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    expect(box!.width).toBeLessThanOrEqual(viewport.width);
    await context.close();
  });

  it('without JavaScript, the built sentence stands with the date it was worked out on', async () => {
    const { context, page } = await openPage(browser, served.url, { js: false });
    expect(await statusText(page)).toMatch(/^Đã kết thúc\. .*đã đóng khi hết ngày 29\/5\/2025\./);
    expect(await checkedText(page)).toMatch(/^Tính đến ngày \d{1,2}\/\d{1,2}\/20\d\d\.$/);
    await context.close();
  });

  it('is brought up to date in the browser as its date moves on', async () => {
    // The built site says "ended" (it was built after 29/5/2025); the reader's clock says 26/5.
    const { context, page } = await openPage(browser, served.url, {
      before: (p) => p.clock.install({ time: new Date('2025-05-26T09:00:00+07:00') }),
    });
    await expect.poll(() => statusText(page)).toBe(
      'Đang mở. Tiện ích góp ý trên ứng dụng VNeID nhận góp ý đến hết ngày 29/5/2025: còn 4 ngày, kể cả hôm nay.',
    );
    expect(await checkedText(page)).toBe('Tính đến ngày 26/5/2025.');
    expect(await page.locator('.campaign-status').first().getAttribute('data-phase')).toBe('open');

    // The page stays open past midnight: the script looks again every minute.
    await page.clock.fastForward('16:00:00');
    await expect.poll(() => statusText(page)).toMatch(/còn 3 ngày, kể cả hôm nay\.$/);
    expect(await checkedText(page)).toBe('Tính đến ngày 27/5/2025.');

    await page.clock.setSystemTime(new Date('2025-05-29T23:58:00+07:00'));
    await page.clock.runFor(61_000);
    await expect.poll(() => statusText(page)).toMatch(/^Hôm nay là ngày cuối\./);

    await page.clock.runFor(120_000);
    await expect.poll(() => statusText(page)).toBe(
      'Đã kết thúc. Tiện ích góp ý trên ứng dụng VNeID đã đóng khi hết ngày 29/5/2025. Các con số trên trang là số liệu đã công bố gần nhất. Việc lấy ý kiến bằng các cách khác còn đến hết ngày 5/6/2025.',
    );
    expect(await page.locator('.campaign-status').first().getAttribute('class')).toBe('campaign-status campaign-status--ended');
    await context.close();
  });

  it('before the open, says when it opens', async () => {
    const { context, page } = await openPage(browser, `${served.url}kich-ban/`, {
      before: (p) => p.clock.install({ time: new Date('2025-05-05T23:59:00+07:00') }),
    });
    await expect.poll(() => statusText(page)).toMatch(/^Chưa mở\. Tiện ích góp ý trên ứng dụng VNeID mở từ ngày 6\/5\/2025/);
    await context.close();
  });
});

describe('paper', () => {
  const posters = ['gop-y-qua-vneid', 'tai-khoan-dinh-danh-muc-2', 'giup-nguoi-cao-tuoi'];
  const MM = 96 / 25.4;

  it.each(posters)('the poster of %s prints on one A4 page, QR ≥ 3 cm centred, address ≥ 14 pt', async (id) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${served.url}huong-dan/${id}/ap-phich/`);
    await page.emulateMedia({ media: 'print' });
    const measured = await page.evaluate(() => {
      const qr = document.querySelector('svg[data-qr]')!.getBoundingClientRect();
      const poster = document.querySelector('[data-poster]')!.getBoundingClientRect();
      const address = document.querySelector('[data-poster-address]')!;
      return {
        qrWidth: qr.width,
        qrCentre: qr.left + qr.width / 2,
        posterCentre: poster.left + poster.width / 2,
        addressPx: parseFloat(getComputedStyle(address).fontSize),
      };
    });
    expect(measured.qrWidth).toBeGreaterThanOrEqual(30 * MM);
    expect(Math.abs(measured.qrCentre - measured.posterCentre)).toBeLessThan(2);
    expect(measured.addressPx).toBeGreaterThanOrEqual((14 * 96) / 72);
    const pdfPages = async () => {
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    };
    expect(await pdfPages()).toBe(1);
    // Room to spare: still one page with the "illustrative" banner and a hotline line, as the
    // illustrative campaign of tests/fixtures has (the line copied from the page's own help line).
    await page.evaluate((illustrative) => {
      const poster = document.querySelector('[data-poster]')!;
      poster.append(poster.querySelector('.poster__help')!.cloneNode(true));
      const banner = document.createElement('p');
      banner.className = 'illustrative illustrative--site';
      banner.textContent = illustrative;
      document.body.prepend(banner);
    }, t.campaign.illustrative);
    expect(await pdfPages()).toBe(1);
    await context.close();
  });

  it('print views show "In trang này" where JavaScript runs, and nothing without it', async () => {
    for (const js of [true, false]) {
      const { context, page } = await openPage(browser, `${served.url}huong-dan/gop-y-qua-vneid/in/`, { js });
      const button = page.getByRole('button', { name: 'In trang này' });
      if (js) {
        await expect.poll(() => button.isVisible()).toBe(true);
        // It prints (window.print replaced by a counter: a headless print dialog never closes).
        await page.evaluate(() => {
          const w = window as unknown as { printed: number };
          w.printed = 0;
          window.print = () => void w.printed++;
        });
        await button.click();
        await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      } else {
        // No dead button: it stays in its <template>.
        expect(await page.locator('[data-print-button]').count()).toBe(0);
        expect(await page.locator('template[data-print-template]').count()).toBe(1);
      }
      await context.close();
    }
  });
});
