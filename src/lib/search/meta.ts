/**
 * What the search index is told about a page besides its text: its kind (from the URL, so page
 * owners need not pass anything) and the areas it is about (for the `area` filter).
 */
import type { Aggregates, Area } from '../data/aggregate.ts';
import type { Level } from '../data/schema.ts';

/** The kinds of page search results are grouped and filtered by. */
export const SEARCH_KINDS = ['guides', 'broadcasts', 'figures', 'info'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The kind in the search page's address: /tim-kiem/?q=…&loai=huong-dan. */
export const KIND_PARAMS: Record<SearchKind, string> = {
  guides: 'huong-dan',
  broadcasts: 'kich-ban',
  figures: 'so-lieu',
  info: 'thong-tin',
};

/** The kind named by a ?loai= value, if any. */
export function kindFromParam(param: string | null | undefined): SearchKind | undefined {
  return SEARCH_KINDS.find((k) => KIND_PARAMS[k] === param);
}

const KIND_BY_SECTION: Record<string, SearchKind> = {
  'huong-dan': 'guides',
  'kich-ban': 'broadcasts',
  'so-lieu': 'figures',
};

/**
 * The kind of the page at a site path (without the base: "huong-dan/x/", "" for home):
 * /huong-dan/ → guides, /kich-ban/ → broadcasts, /so-lieu/ → figures, anything else → info.
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

/**
 * The `area` filter values of a page: the areas it names (codes given by the page, else any URL
 * segment that is an area's slug, e.g. so-lieu/tinh-hai-duong-30/) and the areas above them, so
 * filtering on a province also finds its districts and communes. The country is named only when a
 * page is about the country itself.
 */
export function areaFilterValues(
  page: { path: string; codes?: readonly string[] },
  data: Pick<Aggregates, 'area' | 'areaBySlug' | 'ancestors'>,
  areaLabel: (a: Area) => string,
): string[] {
  const areas: Area[] = page.codes?.length
    ? page.codes.flatMap((c) => data.area(c) ?? [])
    : page.path.split('/').flatMap((seg) => (seg ? (data.areaBySlug(seg) ?? []) : []));
  const labels: string[] = [];
  for (const a of areas) {
    const chain = data.ancestors(a.code).filter((x) => x.code === a.code || x.level !== 'country');
    for (const x of chain.length ? chain : [a]) {
      const label = areaLabel(x);
      if (!labels.includes(label)) labels.push(label);
    }
  }
  return labels;
}

/**
 * Which pages the search index holds, by site path alone, so that the indexer never reads the
 * others (scripts/search-index.ts skips their folders) and the layout marks the same pages
 * (Base.astro). Left out, with everything under them: the thousands of one-area pages — a
 * broadcast for one area (kich-ban/<broadcast>/<area>/), a district's or commune's figures
 * (so-lieu/<area>/ below the provinces) or help page (ho-tro/<area>/), chart embeds — which
 * readers find by the area's name instead (the name index, dia-ban.json); print views and posters of guides; the search page; the
 * English pages (en/: the index is Vietnamese).
 * `levelOf` tells an area's level from its slug (undefined: not an area).
 */
export function searchSkips(sitePath: string, levelOf: (slug: string) => Level | undefined): boolean {
  const [first = '', second = '', third = ''] = sitePath.replace(/^\/+/, '').split('/');
  switch (first) {
    case 'tim-kiem':
    case 'pagefind':
    case '_astro':
    // The English pages: the index is Vietnamese (Base.astro marks no English page).
    case 'en':
      return true;
    case 'kich-ban':
      return third !== '';
    case 'huong-dan':
      return third === 'in' || third === 'ap-phich';
    case 'so-lieu': {
      if (second === 'nhung') return true;
      const level = levelOf(second);
      return level === 'district' || level === 'commune';
    }
    case 'ho-tro': {
      const level = levelOf(second);
      return level === 'district' || level === 'commune';
    }
    default:
      return false;
  }
}

/**
 * searchSkips() for a page of this dataset, its areas' levels looked up by slug: the one question
 * Base.astro (is the page indexed?), the routes (which pages Astro keeps) and the workers' page
 * kinds (which pages they write) must answer alike.
 */
export function skippedBySearch(sitePath: string, data: Pick<Aggregates, 'areaBySlug'>): boolean {
  return searchSkips(sitePath, (slug) => data.areaBySlug(slug)?.level);
}
