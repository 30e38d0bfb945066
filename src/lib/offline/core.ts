/**
 * What the service worker stores when it installs, read from the built offline page: the pages it
 * links with data-offline-core (so the page lists exactly what works offline), and the hashed
 * files (_astro/) those pages use. Pure: the build step (scripts/service-worker.ts) reads the files.
 */

/** Site paths of an absolute link under the base ("/gopy/huong-dan/" → "huong-dan/"), or undefined. */
function underBase(href: string, base: string): string | undefined {
  return href.startsWith(base) ? href.slice(base.length) : undefined;
}

/** The core pages the offline page links with data-offline-core, in page order, without repeats. */
export function corePages(offlineHtml: string, base: string): string[] {
  const out: string[] = [];
  for (const tag of offlineHtml.matchAll(/<a\b[^>]*>/g)) {
    if (!/\sdata-offline-core(?=[\s=>])/.test(tag[0])) continue;
    const href = /\shref="([^"]*)"/.exec(tag[0])?.[1];
    const path = href === undefined ? undefined : underBase(href.replace(/&amp;/g, '&'), base);
    if (path !== undefined && !out.includes(path)) out.push(path);
  }
  return out;
}

/** The hashed files (_astro/…) a page loads or links: scripts, module preloads, stylesheets, images. */
export function pageAssets(html: string, base: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/\s(?:src|href)="([^"]+)"/g)) {
    const path = underBase(m[1]!, base);
    if (path?.startsWith('_astro/')) out.add(path);
  }
  return [...out];
}

/**
 * The modules a built module imports, statically or on use ("./listen-player.B1c.js"), as written
 * (relative to it): a page stored for offline reading needs them too.
 */
export function moduleImports(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*\(?\s*["'](\.{1,2}\/[^"']+\.m?js)["']/g)) out.add(m[1]!);
  return [...out];
}
