/**
 * The site's two languages and which pages exist in both. Vietnamese is the site; English covers
 * the figures only (overview, every area's page, downloads, methodology) and lives under en/ at
 * the same path: so-lieu/tinh-hai-duong-30/ ↔ en/so-lieu/tinh-hai-duong-30/. Paths here are site
 * paths (no base, no leading slash), as url() takes them.
 */

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const EN = 'en/';

/** Pages under so-lieu/ that are not an area's figures and have no English version. */
const VIETNAMESE_ONLY_FIGURES = new Set(['dinh-chinh', 'nhung']);

/** The language of the page at a site path: "en/…" is English, everything else Vietnamese. */
export function pageLang(path: string): Lang {
  return path === 'en' || path.startsWith(EN) ? 'en' : 'vi';
}

/**
 * Whether the Vietnamese page at `path` has an English version: the home page (→ en/), the
 * figures overview, the downloads page, the methodology and any area's figures page
 * (so-lieu/<area>/: only areas with figures have one, in both languages).
 */
export function hasEnglish(path: string): boolean {
  if (path === '' || path === 'so-lieu/' || path === 'so-lieu/du-lieu/' || path === 'phuong-phap/') return true;
  const m = /^so-lieu\/([^/]+)\/$/.exec(path);
  return m !== null && !VIETNAMESE_ONLY_FIGURES.has(m[1]!);
}

/**
 * Where a Vietnamese site path points in `lang`: its English version when there is one, else the
 * Vietnamese page itself. A #fragment or ?query travels along ("phuong-phap/#ti-le" → "en/phuong-phap/#ti-le").
 */
export function inLanguage(lang: Lang, path: string): string {
  if (lang === 'vi') return path;
  const cut = path.search(/[?#]/);
  const page = cut < 0 ? path : path.slice(0, cut);
  return hasEnglish(page) ? EN + path : path;
}

/** Both language versions of the page at a site path, or undefined when it exists in one language only. */
export function twins(path: string): Record<Lang, string> | undefined {
  if (pageLang(path) === 'en') return { vi: path.slice(EN.length), en: path };
  return hasEnglish(path) ? { vi: path, en: EN + path } : undefined;
}
