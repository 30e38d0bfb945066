/**
 * Areas found by name on the search page: the one-area pages (a commune's figures, its broadcasts,
 * its help) are not in the Pagefind index — there are tens of thousands nationally — so the search
 * page also matches the query against the compact name index the area chooser reads (dia-ban.json),
 * and lists each area found with links to its pages. Its words come from the page.
 */
import { HAS_FIGURES, HAS_HELP, matchAreas, type NamedArea } from '../lib/data/area-chooser.ts';
import { fillTemplate } from '../lib/text/template.ts';
import { loadIndex } from './area-chooser.ts';

/** What the search page writes for this block (src/pages/tim-kiem/index.astro). */
export interface AreaSearchLabels {
  /** The name index's URL, with the base. */
  index: string;
  /** "Cả nước": the root of the tree, as the index leaves it unnamed. */
  country: string;
  /** Links of an area, site URLs with {slug} in place of the area's slug. */
  figuresHref: string;
  helpHref: string;
  broadcasts: { title: string; href: string }[];
  figures: string;
  help: string;
  /** The block's heading: "Địa bàn có tên như “{q}” ({n})". */
  found: string;
  /** The status when only areas were found: "{n} địa bàn …, không có trang nào khác". */
  only: string;
}

/** Areas shown at most: a name typed in full finds one or a few. */
const LIMIT = 5;

/** The areas whose name matches, never failing: no areas when the index cannot be loaded. */
export async function findAreas(w: AreaSearchLabels, query: string): Promise<NamedArea[]> {
  try {
    return matchAreas(await loadIndex(w.index, w.country), query, LIMIT);
  } catch (error) {
    console.warn('area index failed', error);
    return [];
  }
}

function link(href: string, text: string): HTMLAnchorElement {
  return Object.assign(document.createElement('a'), { href, textContent: text });
}

/** One area: its name (and its parent's), then its pages. */
function areaItem(w: AreaSearchLabels, a: NamedArea): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-area';
  const title = document.createElement('h3');
  title.className = 'search-result__title';
  title.textContent = a.label;
  if (a.parentLabel) title.append(Object.assign(document.createElement('span'), { className: 'muted', textContent: ` — ${a.parentLabel}` }));
  const links: HTMLAnchorElement[] = [];
  const at = (href: string) => href.replace('{slug}', a.slug);
  if (a.flags & HAS_FIGURES) links.push(link(at(w.figuresHref), w.figures));
  for (const b of w.broadcasts) links.push(link(at(b.href), b.title));
  if (a.flags & HAS_HELP) links.push(link(at(w.helpHref), w.help));
  const ul = document.createElement('ul');
  ul.className = 'search-area__links';
  for (const l of links) {
    const item = document.createElement('li');
    item.append(l);
    ul.append(item);
  }
  li.append(title, ul);
  return li;
}

/** Fills the page's area block (hidden when nothing matches); returns how many areas it lists. */
export function showAreas(w: AreaSearchLabels, block: HTMLElement, areas: NamedArea[], query: string): number {
  const list = block.querySelector('ol, ul');
  const heading = block.querySelector('[data-search-areas-found]');
  list?.replaceChildren(...areas.map((a) => areaItem(w, a)));
  if (heading) heading.textContent = fillTemplate(w.found, { n: areas.length, q: query });
  block.hidden = areas.length === 0;
  return areas.length;
}
