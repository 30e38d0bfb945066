// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { twins } from './src/lib/site/languages.ts';
import { lastmodOf } from './src/lib/site/lastmod.ts';
import { rehypeTypeset } from './src/lib/text/rehype-typeset.ts';
import { fmt as viFmt } from './src/i18n/vi/format.ts';
import { fmt as enFmt } from './src/i18n/en/format.ts';

/**
 * SITE_URL: the public origin (https://example.gov.vn). BASE_PATH: the sub-path the site is served
 * under ("/" or "/gopy/"). Both come from the environment so the same content deploys anywhere.
 * Without SITE_URL the site builds for a local preview with no origin at all (never localhost):
 * what needs an absolute address (canonical, og:, sitemap, RSS, embed snippet, posters' QR code)
 * is then relative or left out, and scripts/build.ts warns.
 * OUT_DIR: where Astro writes; scripts/build.ts points it at a staging folder and swaps it into
 * dist/ only when every step succeeded.
 * ASTRO_CACHE_DIR: Astro's cache folder (default ./node_modules/.astro). A build keeps its content
 * store there (data-store.json, the validated data/ rows); two builds at once from different data
 * folders must each have their own, or one could publish the other's data. The test builder
 * (tests/e2e/site.ts) gives every build its own.
 */
const site = process.env.SITE_URL || undefined;
const rawBase = process.env.BASE_PATH || '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

/**
 * A sitemap entry of a page that exists in both languages names both versions (xhtml:link
 * hreflang), as the pages' <head> does. Computed per entry: the sitemap integration's own i18n
 * option compares every URL with every other, too slow for the national site's pages.
 */
// Only used with SITE_URL: without it there is no sitemap (its addresses must be absolute).
const siteRoot = site ? new URL(base, site).href : base;
/** @param {import('@astrojs/sitemap').SitemapItem} item */
function withLanguages(item) {
  const versions = item.url.startsWith(siteRoot) ? twins(item.url.slice(siteRoot.length)) : undefined;
  if (versions) item.links = [{ lang: 'vi', url: siteRoot + versions.vi }, { lang: 'en', url: siteRoot + versions.en }];
  return item;
}

/**
 * <lastmod>: the dates each page stated as it rendered (its text's `updated`, the data's newest
 * as_of; src/lib/site/lastmod.ts), never the build's clock.
 * @param {import('@astrojs/sitemap').SitemapItem} item
 */
function withLastmod(item) {
  const lastmod = lastmodOf(item.url);
  return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Embed pages and the offline page (served by the service worker) are noindex: out of the sitemap too.
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/so-lieu/nhung/') && !page.endsWith('/ngoai-tuyen/'), serialize: (item) => withLastmod(withLanguages(item)) })],
  compressHTML: true,
  // Guides and pages get their language's typography (src/lib/text/format.ts typeset()) as they
  // render: content/en/ the English, everything else the Vietnamese.
  markdown: { rehypePlugins: [[rehypeTypeset, (/** @type {string} */ path) => (/[\\/]content[\\/]en[\\/]/.test(path) ? enFmt.typeset : viFmt.typeset)]] },
  vite: { build: { assetsInlineLimit: 0 } },
});
