/**
 * The sitemap (sitemap-index.xml and sitemap-0.xml, -1…), written by the build from the list of
 * pages Astro built, in the form @astrojs/sitemap writes. Ours because its sort compares every pair
 * of URLs with localeCompare, seconds on a national site, and because the build renders pages in
 * more than one Astro process, each knowing only its own pages. A page in both languages names both
 * versions (xhtml:link hreflang), as its <head> does. Pure TypeScript.
 */
import { escapeXml } from '../text/escape.ts';
import { twins } from './languages.ts';
import { OFFLINE_PAGES } from '../offline/rules.ts';

const OFFLINE = new Set(Object.values(OFFLINE_PAGES).map((p) => p.replace(/\/+$/, '')));

/** URLs per sitemap file (the protocol allows 50,000). */
export const SITEMAP_LIMIT = 45_000;

const URLSET =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">';

/** Pages a sitemap leaves out: status pages (404, 500), chart embeds and the offline page (noindex). */
export function sitemapSkips(pathname: string): boolean {
  const p = pathname.replace(/^\/+|\/+$/g, '');
  return (
    p === '404' || p === '500' || p.startsWith('so-lieu/nhung/') || p.endsWith('/404') || p.endsWith('/500') || OFFLINE.has(p)
  );
}

/** A built page: its path as Astro lists it ("so-lieu/", "" for home), alone or with its lastmod (ISO). */
export type SitemapPage = string | readonly [path: string, lastmod: string | null | undefined];

/** One page's entry: its address, its lastmod and, for a page in both languages, both versions (hreflang). */
function entry(base: string, path: string, lastmod: string | null | undefined): string {
  const versions = twins(path);
  const links = versions
    ? (['vi', 'en'] as const).map((lang) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(base + versions[lang])}"/>`).join('')
    : '';
  return `<url><loc>${escapeXml(base + path)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${links}</url>`;
}

/**
 * The sitemap files of a site: `pathnames` as Astro lists built pages ("so-lieu/", "" for home),
 * `root` the site's address with its base ("https://example.gov.vn/gopy/"). Sorted, duplicates once.
 */
export function sitemapFiles(pages: Iterable<SitemapPage>, root: string): { path: string; content: string }[] {
  const base = root.endsWith('/') ? root : `${root}/`;
  const lastmods = new Map<string, string | null | undefined>();
  for (const page of pages) {
    const [p, lastmod] = typeof page === 'string' ? [page, undefined] : page;
    if (!sitemapSkips(p)) lastmods.set(p.replace(/^\/+/, ''), lastmod);
  }
  const paths = [...lastmods.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: { path: string; content: string }[] = [];
  for (let i = 0; i * SITEMAP_LIMIT < paths.length; i++) {
    const chunk = paths.slice(i * SITEMAP_LIMIT, (i + 1) * SITEMAP_LIMIT);
    files.push({ path: `sitemap-${i}.xml`, content: `${URLSET}${chunk.map((p) => entry(base, p, lastmods.get(p))).join('')}</urlset>` });
  }
  const index = files.map((f) => `<sitemap><loc>${escapeXml(base + f.path)}</loc></sitemap>`).join('');
  return [
    { path: 'sitemap-index.xml', content: `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index}</sitemapindex>` },
    ...files,
  ];
}
