/**
 * What the search index is told about a page besides its text: its kind (from the URL, so page
 * owners need not pass anything) and the areas it is about (for the `area` filter).
 */
import type { Area } from '../data/aggregate.ts';

/** The kinds of page search results are grouped and filtered by. */
export const SEARCH_KINDS = ['guides', 'scripts', 'figures', 'info'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The kind in the search page's address: /tim-kiem/?q=…&loai=huong-dan. */
export const KIND_PARAMS: Record<SearchKind, string> = {
  guides: 'huong-dan',
  scripts: 'kich-ban',
  figures: 'so-lieu',
  info: 'thong-tin',
};

/** The kind named by a ?loai= value, if any. */
export function kindFromParam(param: string | null | undefined): SearchKind | undefined {
  return SEARCH_KINDS.find((k) => KIND_PARAMS[k] === param);
}

const KIND_BY_SECTION: Record<string, SearchKind> = {
  'huong-dan': 'guides',
  'kich-ban': 'scripts',
  'so-lieu': 'figures',
};

/**
 * The kind of the page at a site path (without the base: "huong-dan/x/", "" for home):
 * /huong-dan/ → guides, /kich-ban/ → scripts, /so-lieu/ → figures, anything else → info.
 */
export function pageKind(sitePath: string): SearchKind {
  const first = sitePath.replace(/^\/+/, '').split('/')[0] ?? '';
  return KIND_BY_SECTION[first] ?? 'info';
}

/** The site path of a URL pathname under a base: ("/gopy/so-lieu/", "/gopy/") → "so-lieu/". */
export function sitePath(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  return p;
}

/** "Tỉnh Hải Dương", "Xã Tân Hưng"; the country is "Cả nước". */
export function areaLabel(area: Pick<Area, 'level' | 'type' | 'name'>): string {
  const s = area.level === 'country' ? 'cả nước' : `${area.type} ${area.name}`;
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

export interface AreaLookup {
  bySlug(slug: string): Area | undefined;
  byCode(code: string): Area | undefined;
  /** From the country down to the area itself. */
  ancestors(code: string): Area[];
}

const lookups = new WeakMap<object, AreaLookup>();

/**
 * A lookup over the site's areas, built once per set of areas (10,000 pages each scanning 10,000
 * areas would slow the build).
 */
export function areaLookup(data: { areas: Area[]; ancestors(code: string): Area[] }): AreaLookup {
  let l = lookups.get(data);
  if (!l) {
    const slugs = new Map(data.areas.map((a) => [a.slug, a]));
    const codes = new Map(data.areas.map((a) => [a.code, a]));
    l = { bySlug: (s) => slugs.get(s), byCode: (c) => codes.get(c), ancestors: (c) => data.ancestors(c) };
    lookups.set(data, l);
  }
  return l;
}

/**
 * The `area` filter values of a page: the areas it names (codes given by the page, else any URL
 * segment that is an area's slug, e.g. so-lieu/tinh-hai-duong-30/) and the areas above them, so
 * filtering on a province also finds its districts and communes. The country is named only when a
 * page is about the country itself.
 */
export function areaFilterValues(page: { path: string; codes?: readonly string[] }, lookup: AreaLookup): string[] {
  const areas: Area[] = page.codes?.length
    ? page.codes.flatMap((c) => lookup.byCode(c) ?? [])
    : page.path.split('/').flatMap((seg) => (seg ? lookup.bySlug(seg) ?? [] : []));
  const labels: string[] = [];
  for (const a of areas) {
    const chain = lookup.ancestors(a.code).filter((x) => x.code === a.code || x.level !== 'country');
    for (const x of chain.length ? chain : [a]) {
      const label = areaLabel(x);
      if (!labels.includes(label)) labels.push(label);
    }
  }
  return labels;
}
