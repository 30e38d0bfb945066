// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { writeFile } from 'node:fs/promises';
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
 * dist/ only when every step succeeded. The build writes the plain files (downloads) into the same
 * folder while Astro renders, so Astro must not empty it: it is new for every build anyway.
 * ASTRO_CACHE_DIR: Astro's cache folder (default ./node_modules/.astro). A build keeps its content
 * store there (data-store.json, the validated data/ rows); two builds at once from different data
 * folders must each have their own, or one could publish the other's data. The test builder
 * (tests/e2e/site.ts) gives every build its own.
 */
const site = process.env.SITE_URL || undefined;
const rawBase = process.env.BASE_PATH || '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

/**
 * Writes the list of pages this build made (.pages.json in the output), each with its <lastmod>:
 * the dates it stated as it rendered (its text's `updated`, the data's newest as_of;
 * src/lib/site/lastmod.ts), never the build's clock. scripts/build.ts writes the sitemap from the
 * lists of every Astro process (src/lib/site/sitemap.ts, each page with its other language's
 * version) and removes the files.
 */
/** @type {import('astro').AstroIntegration} */
const pageList = {
  name: 'gopy:page-list',
  hooks: {
    'astro:build:done': async ({ dir, pages }) => {
      const list = pages.map((p) => [p.pathname, lastmodOf(base + p.pathname)?.toISOString() ?? null]);
      await writeFile(new URL('.pages.json', dir), JSON.stringify(list));
    },
  },
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Pages rendered 8 at a time: one at a time, the process waits on each file it writes (a tenth of
  // the national site, one process: 31.4 s at 1, 26.6 at 4, 25.4 at 8, 25.5 at 16; load ~2).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: Number(process.env.GOPY_ASTRO_CONCURRENCY || 8) },
  integrations: [mdx(), pageList],
  compressHTML: true,
  // Guides and pages get their language's typography (src/lib/text/format.ts typeset()) as they
  // render: content/en/ the English, everything else the Vietnamese.
  markdown: { rehypePlugins: [[rehypeTypeset, (/** @type {string} */ path) => (/[\\/]content[\\/]en[\\/]/.test(path) ? enFmt.typeset : viFmt.typeset)]] },
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: !process.env.OUT_DIR } },
});
