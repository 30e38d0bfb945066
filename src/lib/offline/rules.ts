/**
 * What the service worker (src/client/sw.ts) does with each request, by site path (no base, no
 * leading slash). Pure and shared: the worker bundles it, the build step and the tests import it.
 *
 * - Pages are fetched from the network first, so a reader online always gets the current build;
 *   the core pages (the offline page and what it lists) are stored when the worker installs, and
 *   the pages of the areas a reader opens (broadcasts, help schedules) when they are opened.
 * - Downloads (.docx, .txt, .csv, .json, .xlsx, .ics…) are never stored: the browser saves them as
 *   files when the reader asks for one, and a reader who never asked costs no storage or data.
 * - Hashed assets (_astro/) never change under their name: stored once, served from storage.
 */
import { pageLang, type Lang } from '../site/languages.ts';

export type RequestKind = 'page' | 'asset' | 'download' | 'network';

/** Files a reader downloads, by extension: never stored by the worker. */
export const DOWNLOAD_EXTENSIONS = ['.docx', '.txt', '.csv', '.json', '.xlsx', '.ics', '.xml', '.png', '.pdf', '.zip'] as const;

/** At most this many opened pages are kept for reading offline; the oldest go first. */
export const MAX_KEPT_PAGES = 30;

/** The kind of request at a site path ("huong-dan/x/", "_astro/a.B1c2.js", "so-lieu/du-lieu/tham-gia.csv"). */
export function requestKind(path: string): RequestKind {
  const p = path.replace(/[?#].*$/, '');
  // The search index and the worker itself always come from the network.
  if (p.startsWith('pagefind/') || p === 'sw.js') return 'network';
  if (p.startsWith('_astro/')) return 'asset';
  if (p === '' || p.endsWith('/') || p.endsWith('.html')) return 'page';
  const dot = p.lastIndexOf('.');
  const ext = dot > p.lastIndexOf('/') ? p.slice(dot).toLowerCase() : '';
  return (DOWNLOAD_EXTENSIONS as readonly string[]).includes(ext) ? 'download' : 'network';
}

/**
 * Pages kept for offline reading once opened: a broadcast for an area (and its print view) and an
 * area's help schedule. Other pages are read online; offline they get the offline page.
 */
export function keepWhenOpened(path: string): boolean {
  return requestKind(path) === 'page' && /^(kich-ban|ho-tro)\/.+/.test(path);
}

/** The offline pages, one per language: stored when the worker installs, with what each links. */
export const OFFLINE_PAGES: Record<Lang, string> = { vi: 'ngoai-tuyen/', en: 'en/ngoai-tuyen/' };

/** The offline page for a page that is not stored: the English one under en/, else the Vietnamese one. */
export function offlinePageFor(path: string): string {
  return OFFLINE_PAGES[pageLang(path)];
}

/** The worker's caches for one build: a new build's worker deletes every other. */
export function cacheNames(version: string): { core: string; kept: string; assets: string } {
  return { core: `gopy-core-${version}`, kept: `gopy-kept-${version}`, assets: `gopy-assets-${version}` };
}

/** The site path of a URL pathname under the base ("/gopy/huong-dan/" → "huong-dan/"), or undefined outside it. */
export function sitePathOf(pathname: string, base: string): string | undefined {
  return pathname.startsWith(base) ? decodeURIComponent(pathname.slice(base.length)) : undefined;
}
