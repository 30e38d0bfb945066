/**
 * Site-internal URLs. No link is written as "/x": the site may live at the root of a domain or
 * under a sub-path such as /gopy/ (BASE_PATH), so every link is built here.
 */

/** Join a base ("/" or "/gopy/") and a site path ("so-lieu/" or "/so-lieu/"). */
export function withBase(base: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/**
 * The configured base: Vite's import.meta.env.BASE_URL inside Astro; BASE_PATH from the environment
 * where no bundler runs (the build step that writes the plain files, scripts/write-files.ts).
 */
function base(): string {
  return VITE_BASE ?? globalThis.process?.env?.BASE_PATH ?? '/';
}
// Read once: in Astro's bundle each mention of import.meta.env is a new object (tens of thousands
// of links per page family nationally); outside a bundler it is undefined.
const VITE_BASE: string | undefined = import.meta.env?.BASE_URL;

/** A link inside the site, honouring the configured base. */
export function url(path = ''): string {
  return withBase(base() || '/', path);
}

/**
 * An absolute URL (for feeds, QR codes, Open Graph, embeds): SITE origin + base + path, or
 * undefined when the origin is not set (SITE_URL unset: a local preview). Never a made-up origin:
 * a caller leaves the feature out, or uses `siteUrl()`, when there is none.
 */
export function absoluteUrl(site: string | URL | undefined, path = ''): string | undefined {
  return site ? new URL(url(path), site).href : undefined;
}

/** The absolute URL when the origin is set, else the link inside the site (base + path). */
export function siteUrl(site: string | URL | undefined, path = ''): string {
  return absoluteUrl(site, path) ?? url(path);
}
