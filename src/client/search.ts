/**
 * The search page in the browser: runs Pagefind (its JS API, not its UI, so the markup and the
 * Vietnamese text are ours) on ?q= at load and as the reader types, and keeps ?q= in the address
 * so a search can be shared and the back button returns to it. Loaded only by /tim-kiem/.
 *
 * Its words come from the page (a JSON block the server writes from src/i18n), like every piece
 * of browser code: it has no text of its own.
 */
import { makeExcerpt } from '../lib/search/excerpt.ts';
import { fillTemplate } from '../lib/text/template.ts';
import { normalizeQuery } from '../lib/search/query.ts';
import { rankByTitle } from '../lib/search/rank.ts';
import { KIND_PARAMS, kindFromParam, SEARCH_KINDS, type SearchKind } from '../lib/search/meta.ts';
import { findAreas, showAreas, type AreaSearchLabels } from './search-areas.ts';

/** The words of the search page, as src/pages/tim-kiem/index.astro writes them. */
export interface SearchLabels {
  kinds: Record<SearchKind, string>;
  kindFilter: string;
  allKinds: string;
  found: string;
  foundMore: string;
  none: string;
  inKind: string;
  showMore: string;
  noneHelp: string;
  loading: string;
  error: string;
  /** Areas found by name (src/client/search-areas.ts). */
  areas: AreaSearchLabels;
}

let s: SearchLabels;
/** Results shown at first, and added by each "show more". */
const PAGE_SIZE = 10;
/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 250;
/** The first results reordered so that a page whose title is the query comes first. */
const RERANK = 20;

interface PagefindData {
  url: string;
  /** The page's indexed text (the excerpt is made from it: src/lib/search-excerpt.ts). */
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/** A result whose page data is fetched once, however often it is asked for. */
interface Hit {
  data(): Promise<PagefindData>;
}
function hit(r: PagefindResult): Hit {
  let d: Promise<PagefindData> | undefined;
  return { data: () => (d ??= r.data()) };
}

/** Pagefind's results with the first RERANK ordered by their title's match (src/lib/search/rank.ts). */
async function ranked(results: PagefindResult[], query: string): Promise<Hit[]> {
  const hits = results.map(hit);
  const head = hits.slice(0, RERANK);
  const titles = await Promise.all(head.map(async (h) => (await h.data()).meta.title ?? ''));
  const order = rankByTitle(head.map((h, i) => ({ h, title: titles[i]! })), (x) => x.title, query).map((x) => x.h);
  return [...order, ...hits.slice(RERANK)];
}

/** Pagefind's bundle, from where the build put it (the site may live under a sub-path). */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: import.meta.env.BASE_URL });
    await pf.init();
    return pf;
  })().catch((error: unknown) => {
    pagefind = undefined; // try again on the next search (a dropped connection, say)
    throw error;
  });
  return pagefind;
}

/** One Pagefind search, within one kind of page if asked (the index's "kind" filter). */
export async function runSearch(query: string, kind?: SearchKind): Promise<PagefindResult[]> {
  const pf = await loadPagefind();
  return (await pf.search(query, kind ? { filters: { kind: s.kinds[kind] } } : undefined))?.results ?? [];
}

/**
 * "Search in: all / guides / scripts / figures / other" as radio buttons after the search box.
 * Made here, not in the HTML: without JavaScript they could do nothing.
 */
function kindChooser(current: SearchKind | undefined): HTMLFieldSetElement {
  const radio = (value: string, label: string, checked: boolean): HTMLLabelElement => {
    const input = document.createElement('input');
    Object.assign(input, { type: 'radio', name: 'loai', value, checked });
    const l = document.createElement('label');
    l.className = 'search-kind';
    l.append(input, ` ${label}`);
    return l;
  };
  return el(
    'fieldset',
    { className: 'search-kinds' },
    el('legend', {}, s.kindFilter),
    radio('', s.allKinds, !current),
    ...SEARCH_KINDS.map((k) => radio(KIND_PARAMS[k], s.kinds[k], k === current)),
  );
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

function resultItem(d: PagefindData, query: string): HTMLLIElement {
  const excerpt = el('p', { className: 'search-result__excerpt' });
  for (const part of makeExcerpt(d.content, query)) excerpt.append(part.mark ? el('mark', {}, part.text) : part.text);
  return el(
    'li',
    { className: 'search-result' },
    el('h3', { className: 'search-result__title' }, el('a', { href: d.url }, d.meta.title ?? d.url)),
    el('p', { className: 'search-result__kind' }, d.meta.kind ?? ''),
    excerpt,
  );
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-list]');
  // When nothing is found, the guides are suggested: the list of them from the page's own index.
  const guides = document.querySelector<HTMLUListElement>('[data-search-kind="guides"]');
  const section = document.querySelector<HTMLElement>('[data-search-results]');
  const areaTemplate = document.querySelector<HTMLTemplateElement>('template[data-search-areas-template]');
  areaTemplate?.replaceWith(areaTemplate.content.cloneNode(true));
  const areaBlock = document.querySelector<HTMLElement>('[data-search-areas]');
  const labels = document.querySelector('script[data-search-labels]')?.textContent;
  if (!form || !input || !status || !list || !guides || !section || !areaBlock || !labels) return;
  s = JSON.parse(labels) as SearchLabels;

  const startUrl = new URL(location.href);
  const kinds = kindChooser(kindFromParam(startUrl.searchParams.get('loai')));
  form.append(kinds);
  const chosenKind = () => kindFromParam(kinds.querySelector<HTMLInputElement>('input:checked')?.value);

  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let more: HTMLButtonElement | undefined;
  let noneBlock: HTMLElement | undefined;

  const clear = () => {
    list.replaceChildren();
    more?.remove();
    noneBlock?.remove();
    more = noneBlock = undefined;
  };

  /** Keeps ?q= in the address without adding a history entry per keystroke. */
  const remember = (q: string, kind: SearchKind | undefined) => {
    const u = new URL(location.href);
    if (q) u.searchParams.set('q', q);
    else u.searchParams.delete('q');
    if (kind) u.searchParams.set('loai', KIND_PARAMS[kind]);
    else u.searchParams.delete('loai');
    if (u.href !== location.href) history.replaceState(history.state, '', u);
  };

  /** Puts results from..from+PAGE_SIZE on screen, replacing what was there when from is 0. */
  const show = async (results: Hit[], from: number, q: string, kind: string | undefined, mine: number): Promise<void> => {
    const batch = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (mine !== seq) return;
    // The previous results stay on screen until the new ones are ready: no flicker while typing.
    if (from === 0) clear();
    list.append(...batch.map((d) => resultItem(d, q)));
    const shown = Math.min(results.length, from + PAGE_SIZE);
    const slots = { n: results.length, shown, q, in: kind ? fillTemplate(s.inKind, { kind }) : '' };
    status.textContent = fillTemplate(shown < results.length ? s.foundMore : s.found, slots);
    // For scripts/bench-search.ts: when results are on screen, from the start of navigation.
    if (from === 0 && !performance.getEntriesByName('gopy:search-results').length) performance.mark('gopy:search-results');
    more?.remove();
    more = undefined;
    if (shown < results.length) {
      more = el('button', { type: 'button', className: 'btn btn--secondary search-more' }, s.showMore);
      more.addEventListener('click', () => {
        // Keyboard users land on the first new result, not back at the top.
        const firstNew = list.children.length;
        void show(results, shown, q, kind, mine).then(() => (list.children[firstNew]?.querySelector('a') as HTMLElement | null)?.focus());
      });
      section.append(more);
    }
  };

  const run = async (raw: string): Promise<void> => {
    const mine = ++seq;
    const q = normalizeQuery(raw);
    const kind = chosenKind();
    const kindLabel = kind && s.kinds[kind];
    remember(q, kind);
    if (!q) {
      clear();
      areaBlock.hidden = true;
      status.textContent = '';
      return;
    }
    // Said only when a search is slow (the first one on a slow network), so screen readers do not
    // hear "searching" at every pause in typing.
    const slow = setTimeout(() => mine === seq && (status.textContent = s.loading), 400);
    try {
      // Areas by name beside the pages: one area's pages are not in the index (search-areas.ts).
      const withAreas = !kind || kind === 'figures' || kind === 'broadcasts';
      const [results, areas] = await Promise.all([runSearch(q, kind), withAreas ? findAreas(s.areas, q) : []]);
      if (mine !== seq) return;
      const areasShown = showAreas(s.areas, areaBlock, areas, q);
      if (results.length === 0) {
        clear();
        if (areasShown > 0) {
          status.textContent = fillTemplate(s.areas.only, { n: areasShown, q });
          if (!performance.getEntriesByName('gopy:search-results').length) performance.mark('gopy:search-results');
          return;
        }
        status.textContent = fillTemplate(s.none, { q, in: kindLabel ? fillTemplate(s.inKind, { kind: kindLabel }) : '' });
        noneBlock = el('div', { className: 'search-none' }, el('p', {}, s.noneHelp), guides.cloneNode(true));
        section.append(noneBlock);
        return;
      }
      const hits = await ranked(results, q);
      if (mine !== seq) return;
      await show(hits, 0, q, kindLabel, mine);
    } catch (error) {
      if (mine !== seq) return;
      console.warn('search failed', error);
      clear();
      status.textContent = s.error;
    } finally {
      clearTimeout(slow);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  kinds.addEventListener('change', () => {
    clearTimeout(timer);
    void run(input.value);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  // Start fetching the index as soon as the page is up: this page is only for searching.
  void loadPagefind().catch(() => {});

  const initial = startUrl.searchParams.get('q') ?? '';
  if (initial) input.value = initial;
  if (input.value.trim()) void run(input.value);
}
