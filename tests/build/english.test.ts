/**
 * The English figures pages (/en/…) on the default build: every area figures page has its English
 * twin, pages say lang="en" and write numbers the English way, hreflang links lead both ways to
 * pages that exist, the sitemap lists both languages, and downloads are shared, not copied.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainText, page, siteDir } from './site.ts';
import { htmlPages } from '../e2e/site.ts';

const SITE = 'https://gopy.example.vn/';

/** hreflang → site path, from a page's <head>. */
function alternates(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)) out[m[1]!] = m[2]!.replace(SITE, '');
  return out;
}

const pages = () => htmlPages(siteDir());
const english = () => pages().filter((p) => p.startsWith('en/'));
const areaPages = (prefix: string) => pages().filter((p) => new RegExp(`^${prefix}so-lieu/[^/]+/$`).test(p) && !/\/(du-lieu|dinh-chinh)\/$/.test(p));

describe('which pages exist in English', () => {
  it('the overview, downloads, methodology, a landing page and every area figures page', () => {
    expect(english()).toEqual(expect.arrayContaining(['en/', 'en/so-lieu/', 'en/so-lieu/du-lieu/', 'en/phuong-phap/']));
    const vi = areaPages('');
    expect(vi.length).toBeGreaterThan(1);
    expect(areaPages('en/')).toEqual(vi.map((p) => `en/${p}`));
  });

  it('guides and broadcasts have no English version', () => {
    expect(english().filter((p) => /^en\/(huong-dan|kich-ban)\//.test(p))).toEqual([]);
  });

  it('downloads are shared: nothing but pages under en/, and the English pages link the Vietnamese files', () => {
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    expect(walk(path.join(siteDir(), 'en')).filter((f) => !f.endsWith('index.html'))).toEqual([]);
    const html = page('en/so-lieu/du-lieu/');
    expect(html).toContain('href="/so-lieu/du-lieu/tham-gia.csv"');
    expect(page('en/so-lieu/tinh-hai-duong-30/')).toContain('href="/so-lieu/tinh-hai-duong-30/nguoi-tham-gia.csv"');
  });
});

describe('English pages', () => {
  it.each(['en/', 'en/so-lieu/', 'en/so-lieu/du-lieu/', 'en/phuong-phap/', 'en/so-lieu/tinh-hai-duong-30/'])('%s: <html lang="en">, og:locale en_GB, no search box', (p) => {
    const html = page(p);
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain('<meta property="og:locale" content="en_GB"');
    expect(html).not.toContain('<form class="search-box"');
    expect(html).not.toContain('data-pagefind-body');
  });

  it('register the service worker like every page; no listen button (it reads guides and broadcasts, which are Vietnamese only)', () => {
    for (const p of ['en/', 'en/so-lieu/', 'en/so-lieu/tinh-hai-duong-30/', 'en/phuong-phap/']) {
      const html = page(p);
      expect(html, p).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"/);
      expect(html, p).not.toContain('data-listen');
    }
    expect(page('huong-dan/gop-y-qua-vneid/')).toContain('data-listen-template');
  });

  it('an English offline page, in English, for English pages the worker has not stored', () => {
    const html = page('en/ngoai-tuyen/');
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(html).toMatch(/<a href="\/en\/so-lieu\/" data-offline-core[\s>]/);
    expect(html).toMatch(/<a href="\/ngoai-tuyen\/" hreflang="vi" data-offline-core[\s>]/);
    const sw = readFileSync(path.join(siteDir(), 'sw.js'), 'utf8');
    const settings = JSON.parse(/^var __GOPY_SW__=(.*);$/m.exec(sw)![1]!) as { core: string[]; offline: string[] };
    expect(settings.offline).toEqual(['ngoai-tuyen/', 'en/ngoai-tuyen/']);
    expect(settings.core).toEqual(expect.arrayContaining(['en/ngoai-tuyen/', 'en/', 'en/so-lieu/']));
    expect(readFileSync(path.join(siteDir(), 'sitemap-0.xml'), 'utf8')).not.toContain('ngoai-tuyen');
  });

  it('write numbers and dates the English way, from the same data', () => {
    const text = mainText(page('en/so-lieu/tinh-hai-duong-30/'));
    expect(text).toContain('264,642 people');
    expect(text).toContain('20.5%');
    expect(text).toContain('of 1,290,087 citizens');
    expect(text).toContain('As of 16 May 2025');
    expect(text).toContain('about 240,500');
    expect(text).toContain('1st nationally');
    // No Vietnamese words of the interface (data such as sources and notes stay as published).
    for (const vi of ['Tính đến', 'người có tài khoản', 'Tỉ lệ tham gia', 'Số liệu mới nhất', 'khoảng 240']) expect(text).not.toContain(vi);
    const overview = mainText(page('en/so-lieu/'));
    expect(overview).toMatch(/about 745,000 people/);
    expect(overview).toMatch(/more than 4\.3 million opinions/);
  });

  it('mark quoted Vietnamese (sources, notes) with lang="vi"', () => {
    const html = page('en/so-lieu/tinh-hai-duong-30/');
    expect(html).toMatch(/<a href="https:\/\/kienthuc\.net\.vn\/[^"]*" lang="vi">Kiến Thức/);
    expect(html).toMatch(/<p class="muted" lang="vi">Số liệu sáng 16\/5\/2025/);
  });

  it('link to English pages where they exist and mark links to Vietnamese-only pages', () => {
    const html = page('en/so-lieu/');
    expect(html).toContain('href="/en/so-lieu/tinh-hai-duong-30/"');
    expect(html).toContain('href="/en/phuong-phap/"');
    expect(html).toContain('href="/en/so-lieu/du-lieu/"');
    expect(html).toMatch(/<a href="\/so-lieu\/dinh-chinh\/"[^>]*>Corrections log \(in Vietnamese\)/);
    expect(html).not.toMatch(/href="\/so-lieu\/(toan-quoc|tinh-hai-duong-30)\/"/);
  });
});

describe('hreflang', () => {
  it('every page with an alternate names both languages, each target exists and points back', () => {
    const problems: string[] = [];
    let pairs = 0;
    for (const p of pages()) {
      if (p.endsWith('.html')) continue;
      const alt = alternates(page(p));
      if (!Object.keys(alt).length) continue;
      pairs++;
      if (alt.vi === undefined || alt.en === undefined || alt['x-default'] !== alt.vi) problems.push(`${p}: ${JSON.stringify(alt)}`);
      if (![alt.vi, alt.en].includes(p)) problems.push(`${p} is not one of its own alternates`);
      for (const target of [alt.vi, alt.en]) {
        if (target === undefined) continue;
        if (!existsSync(path.join(siteDir(), target, 'index.html'))) problems.push(`${p}: hreflang target ${target} does not exist`);
        else if (JSON.stringify(alternates(page(target))) !== JSON.stringify(alt)) problems.push(`${target} does not point back to ${p}`);
      }
    }
    expect(pairs).toBeGreaterThanOrEqual(2 * (4 + areaPages('').length));
    expect(problems).toEqual([]);
  });

  it('a Vietnamese page with an English twin links to it by the language’s own name, and back', () => {
    // Beside the site's name in the header (class lang-switch).
    expect(page('so-lieu/toan-quoc/')).toContain('<a class="lang-switch" href="/en/so-lieu/toan-quoc/" lang="en" hreflang="en">English</a>');
    expect(page('en/so-lieu/toan-quoc/')).toContain('<a class="lang-switch" href="/so-lieu/toan-quoc/" lang="vi" hreflang="vi">Tiếng Việt</a>');
    expect(page('huong-dan/')).not.toContain('hreflang="en"');
  });
});

describe('sitemap', () => {
  it('lists both languages, with each page’s other version', () => {
    const xml = readFileSync(path.join(siteDir(), 'sitemap-0.xml'), 'utf8');
    expect(xml).toContain(`<loc>${SITE}en/so-lieu/tinh-hai-duong-30/</loc>`);
    expect(xml).toContain(`<loc>${SITE}so-lieu/tinh-hai-duong-30/</loc>`);
    const entry = /<url><loc>https:\/\/gopy\.example\.vn\/so-lieu\/<\/loc>.*?<\/url>/.exec(xml)?.[0] ?? '';
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${SITE}en/so-lieu/"/>`);
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="vi" href="${SITE}so-lieu/"/>`);
    const guide = /<url><loc>https:\/\/gopy\.example\.vn\/huong-dan\/<\/loc>.*?<\/url>/.exec(xml)?.[0] ?? '';
    expect(guide).not.toBe('');
    expect(guide).not.toContain('xhtml:link');
  });
});
