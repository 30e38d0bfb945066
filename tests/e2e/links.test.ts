/**
 * Any CDN, any path: the default site built for the root and for /gopy/, each served by nginx
 * with the deploy config, crawled from its home page. Every internal link and asset answers 200,
 * nothing points outside the base, and sitemap, robots.txt and canonical URLs follow SITE_URL and
 * BASE_PATH. The 404 page answers unknown addresses at any depth and leads to the guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, extractLinks, type CrawlResult } from './crawl.ts';
import { defaultSite, htmlPages, subpathSite, type BuiltSite } from './site.ts';
import { serve, type Served } from './nginx.ts';

/**
 * Pages served in place of another address, so nothing links to them and they have no canonical:
 * the 404 page (by the host) and the offline page (by the service worker, when a page is not stored).
 */
const NO_ADDRESS = ['404.html', 'ngoai-tuyen/', 'en/ngoai-tuyen/'];

describe.each([
  { name: 'root', base: '/', build: defaultSite },
  { name: 'sub-path', base: '/gopy/', build: subpathSite },
])('site served at $base ($name)', ({ base, build }) => {
  let site: BuiltSite;
  let served: Served;
  let result: CrawlResult;
  let pages: string[];

  beforeAll(async () => {
    site = await build();
    served = await serve(site.dir, base);
    pages = htmlPages(site.dir);
    // Also start from every built page, so pages nothing links to are checked too.
    result = await crawl(served.url, {
      siteUrl: site.publicUrl,
      extraStarts: pages.map((p) => served.url + p),
    });
  });
  afterAll(async () => {
    await served?.stop();
  });

  it('reaches every built page from the home page', () => {
    const reached = new Set(result.pages.map((u) => u.slice(served.url.length)));
    // Pages nothing links to: only the 404 page (served by the host) may be one.
    const orphans = pages.filter((p) => !NO_ADDRESS.includes(p) && p !== '' && !result.linkedFrom.has(served.url + p));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.filter((p) => !reached.has(p) && !NO_ADDRESS.includes(p))).toEqual([]);
    expect(orphans).toEqual([]);
  });

  it('every internal link and asset answers 200', () => {
    const broken = [...result.urls].filter(([, v]) => v.status !== 200).map(([u, v]) => `${v.status} ${u} (linked from ${v.from})`);
    expect(result.urls.size).toBeGreaterThan(pages.length);
    expect(broken).toEqual([]);
  });

  it('no link leaves the base path, and assets never come from another host', () => {
    expect(result.outsideBase.map((o) => `${o.url} (in ${o.from})`)).toEqual([]);
    const foreignAssets = result.external.filter((e) => !(e.tag === 'a' && e.attr === 'href'));
    expect(foreignAssets.map((e) => `<${e.tag} ${e.attr}=${e.url}> in ${e.from}`)).toEqual([]);
  });

  it('canonical URLs are SITE_URL + BASE_PATH + the page path', async () => {
    const wrong: string[] = [];
    for (const p of pages.filter((x) => !NO_ADDRESS.includes(x))) {
      const html = await (await fetch(served.url + p)).text();
      const canonical = /<link[^>]+rel="canonical"[^>]*>/.exec(html)?.[0];
      const href = canonical && /href="([^"]*)"/.exec(canonical)?.[1];
      if (href !== site.publicUrl + p) wrong.push(`/${p}: ${href ?? '(none)'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('sitemap and robots.txt follow SITE_URL and BASE_PATH', async () => {
    const robots = await fetch(`${served.url}robots.txt`);
    expect(robots.status).toBe(200);
    const robotsText = await robots.text();
    const sitemapLine = /^Sitemap:\s*(\S+)\s*$/m.exec(robotsText)?.[1];
    expect(sitemapLine).toBe(`${site.publicUrl}sitemap-index.xml`);
    expect(robotsText).not.toMatch(/^Disallow:\s*\/\s*$/m);

    const index = await (await fetch(`${served.url}sitemap-index.xml`)).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(sitemaps.length).toBeGreaterThan(0);
    const locs: string[] = [];
    for (const sm of sitemaps) {
      expect(sm.startsWith(site.publicUrl)).toBe(true);
      const xml = await fetch(served.url + sm.slice(site.publicUrl.length));
      expect(xml.status).toBe(200);
      locs.push(...[...(await xml.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    }
    expect(locs).toContain(site.publicUrl);
    expect(locs.filter((l) => !l.startsWith(site.publicUrl))).toEqual([]);
    const bad: string[] = [];
    for (const l of locs) {
      const r = await fetch(served.url + l.slice(site.publicUrl.length), { redirect: 'manual' });
      if (r.status !== 200) bad.push(`${r.status} ${l}`);
      await r.arrayBuffer();
    }
    expect(bad).toEqual([]);
    expect(locs.some((l) => l.includes('404'))).toBe(false);
  });

  it('an unknown address at any depth gets the 404 page, which leads to the guides', async () => {
    for (const path of ['khong-co-trang-nay', 'huong-dan/khong-co/', 'a/b/c/d.html']) {
      const r = await fetch(served.url + path);
      expect(r.status).toBe(404);
      const html = await r.text();
      expect(html).toMatch(/<html[^>]+lang="vi"/);
      const links = extractLinks(html)
        .filter((l) => (l.tag === 'a' || l.attr === 'action' || l.tag === 'link') && !l.value.startsWith('#'))
        .map((l) => new URL(l.value, served.origin + base + path));
      const guides = links.filter((u) => u.pathname.startsWith(`${base}huong-dan/`));
      expect(guides.length).toBeGreaterThan(0);
      expect(links.some((u) => u.pathname === `${base}tim-kiem/`)).toBe(true);
      for (const u of links.filter((x) => x.origin === served.origin)) {
        const res = await fetch(u);
        expect(res.status, `${u.href} on the 404 page`).toBe(200);
      }
    }
  });
});
