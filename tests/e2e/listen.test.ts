/**
 * The listen button ("Nghe") in Chromium, with the browser's speech synthesis replaced by a stub
 * (addInitScript) that records what it is asked to say and ends an utterance when the test says
 * so: absent where there is no Vietnamese voice on the device (none, English only, an online
 * voice), shown when one arrives late, and with one it reads the guide's sentences in order, in
 * words, highlighting the sentence being read; pause goes on from the same sentence, stop ends it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { defaultSite } from './site.ts';
import type { Served } from './nginx.ts';
import { closeSite, openPage, openSite } from './browser.ts';
import { numeralsToWords } from '../../src/lib/text/numerals.ts';

const GUIDE = 'huong-dan/gop-y-qua-vneid/';
const BROADCAST = 'kich-ban/thong-bao-phat-dong/tinh-hai-duong-30/';

type Voice = { name: string; lang: string; localService: boolean; default: boolean };
const vi: Voice = { name: 'An', lang: 'vi-VN', localService: true, default: false };

/** Replaces speechSynthesis before any page script runs. */
function stub(voices: Voice[]) {
  return (initial: Voice[]) => {
    type U = { text: string; onend?: () => void; onerror?: (e: unknown) => void };
    const w = window as unknown as Record<string, unknown>;
    const spoken: string[] = [];
    let voicesNow = initial;
    let current: U | undefined;
    const listeners = new Set<() => void>();
    w.__spoken = spoken;
    w.__end = () => {
      const u = current;
      current = undefined;
      u?.onend?.();
    };
    w.__setVoices = (v: Voice[]) => {
      voicesNow = v;
      listeners.forEach((f) => f());
    };
    const synth = {
      getVoices: () => voicesNow,
      speak: (u: U) => {
        spoken.push(u.text);
        current = u;
      },
      // As Chromium does, a cancelled utterance reports an error ("interrupted").
      cancel: () => {
        const u = current;
        current = undefined;
        if (u) setTimeout(() => u.onerror?.({ error: 'interrupted' }), 0);
      },
      pause: () => {},
      resume: () => {},
      addEventListener: (_t: string, f: () => void) => listeners.add(f),
      removeEventListener: (_t: string, f: () => void) => listeners.delete(f),
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    w.SpeechSynthesisUtterance = class {
      text: string;
      constructor(text: string) {
        this.text = text;
      }
    };
  };
}

let served: Served;
let browser: Browser;
beforeAll(async () => {
  ({ served, browser } = await openSite((await defaultSite()).dir));
});
afterAll(() => closeSite({ served, browser }));

const open = (path: string, voices: Voice[]): Promise<{ context: BrowserContext; page: Page }> =>
  openPage(browser, served.url + path, { before: (page) => page.addInitScript(stub(voices), voices) });

/** The box's verdict once the script has looked for a voice: a language, or "none". */
const verdict = (page: Page) =>
  page.waitForFunction(() => document.querySelector<HTMLElement>('template[data-listen-template]')?.dataset.listenVoice).then((h) => h.jsonValue());

describe('no button without a Vietnamese voice on the device', () => {
  it.each([
    ['no voice at all', []],
    ['English only', [{ name: 'en', lang: 'en-US', localService: true, default: true }]],
    ['a Vietnamese voice that is not on the device (it would send the text away)', [{ ...vi, localService: false }]],
  ])('%s', async (_name, voices) => {
    const { context, page } = await open(GUIDE, voices);
    expect(await verdict(page)).toBe('none');
    expect(await page.locator('[data-listen]').count()).toBe(0);
    await context.close();
  });

  it('shows the button when the voice arrives late (voiceschanged)', async () => {
    const { context, page } = await open(GUIDE, []);
    expect(await verdict(page)).toBe('none');
    await page.evaluate((v) => (window as unknown as { __setVoices(v: unknown): void }).__setVoices([v]), vi);
    await page.locator('[data-listen-play]').waitFor({ state: 'visible' });
    expect(await page.locator('template[data-listen-template]').getAttribute('data-listen-voice')).toBe('vi-VN');
    await context.close();
  });
});

describe('with a Vietnamese voice', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await open(GUIDE, [vi]));
    await page.locator('[data-listen-play]').waitFor({ state: 'visible' });
  });
  afterAll(async () => context?.close());

  const spoken = () => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.slice());
  const highlighted = () =>
    page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('listen');
      return h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ')).join('|') : '';
    });
  const end = () => page.evaluate(() => (window as unknown as { __end(): void }).__end());

  it('reads the sentences in order, numbers in words, highlighting each', async () => {
    const title = (await page.locator('#huong-dan h1').textContent())!.trim();
    const lead = (await page.locator('#huong-dan .lead').textContent())!.trim();
    expect(lead).toMatch(/2013/);
    await page.locator('[data-listen-play]').click();
    await expect.poll(spoken).toEqual([title]);
    expect(await highlighted()).toBe(title);
    expect(await page.locator('[data-listen-play]').textContent()).toBe('Tạm dừng');
    await end();
    await expect.poll(spoken).toHaveLength(2);
    // The lead is one sentence: said with its year in words, shown as written.
    expect((await spoken())[1]).toBe(numeralsToWords(lead));
    expect((await spoken())[1]).toContain('năm hai nghìn không trăm mười ba');
    expect(await highlighted()).toBe(lead);
    await end();
    await expect.poll(spoken).toHaveLength(3);
    expect((await spoken())[2]).toMatch(/^Dành cho: /);
    expect(await page.locator('[data-listen]').getAttribute('data-listen-sentence')).toBe('2');
  });

  it('pause stops the voice; "go on" starts again at the same sentence', async () => {
    await page.locator('[data-listen-play]').click();
    await expect.poll(() => page.locator('[data-listen]').getAttribute('data-listen-state')).toBe('paused');
    const before = await spoken();
    expect(await page.locator('[data-listen-play]').textContent()).toBe('Nghe tiếp');
    await page.locator('[data-listen-play]').click();
    await expect.poll(spoken).toHaveLength(before.length + 1);
    expect((await spoken()).at(-1)).toBe(before.at(-1));
  });

  it('stop ends the reading and clears the highlight', async () => {
    await page.locator('[data-listen-stop]').click();
    await expect.poll(() => page.locator('[data-listen]').getAttribute('data-listen-state')).toBe('idle');
    expect(await highlighted()).toBe('');
    expect(await page.locator('[data-listen-stop]').isVisible()).toBe(false);
    expect(await page.locator('[data-listen-play]').textContent()).toBe('Nghe');
  });

  it('reads the whole guide to the end: steps and figures, never the sources, dates of update, drawings or the buttons', async () => {
    await page.locator('[data-listen-play]').click();
    for (let n = 0; n < 400 && (await page.locator('[data-listen]').getAttribute('data-listen-state')) === 'playing'; n++) {
      const count = (await spoken()).length;
      await end();
      await expect.poll(async () => (await spoken()).length > count || (await page.locator('[data-listen]').getAttribute('data-listen-state')) === 'idle').toBe(true);
    }
    expect(await page.locator('[data-listen]').getAttribute('data-listen-state')).toBe('idle');
    const said = (await spoken()).join('\n');
    expect(said).toContain('Đăng nhập VNeID');
    expect(said).toContain('Nhập ý kiến của bạn.');
    // A line break in the page's HTML is not the end of a sentence.
    expect(said).toContain('bạn có thể vào trang vneid.gov.vn trên máy tính.');
    // The live figure, in words.
    expect(said).toContain('hai trăm sáu mươi tư nghìn sáu trăm bốn mươi hai người');
    expect(said).not.toMatch(/\d/);
    for (const never of ['Báo Sài Gòn Giải Phóng', 'Cập nhật', 'Hình minh hoạ', 'Nghe tiếp', 'Tạm dừng', 'Không gửi gì ra ngoài']) expect(said).not.toContain(never);
  });
});

describe('a broadcast page', () => {
  it('has the button above the text, which it reads', async () => {
    const { context, page } = await open(BROADCAST, [vi]);
    expect(await page.locator('[data-listen] + .broadcast-text, [data-listen] ~ #bai-doc').count()).toBe(1);
    await page.locator('[data-listen-play]').click();
    const first = (await page.locator('#bai-doc p').first().textContent())!.trim();
    const said = () => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken[0] ?? '');
    await expect.poll(said).not.toBe('');
    // The text is already in words: said as shown, from its first sentence.
    expect((await said()).length).toBeGreaterThan(10);
    expect(first.startsWith(await said())).toBe(true);
    await context.close();
  });
});
