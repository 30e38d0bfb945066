/**
 * The area chooser in the browser: narrows the whole tree of areas as the reader types, forgiving
 * missing diacritics and đ/d ("chi linh" finds Chí Linh), from the compact name index the build
 * writes (dia-ban.json, fetched on the first keystroke or focus, not with the page). Without
 * JavaScript the page's grouped lists do the same job one level at a time, and the search box
 * stays in its <template>, unseen. Its words come from the page (data attributes), never from here.
 */
import { matchAreas, readNameIndex, HAS_HELP, type AreaNameIndex, type NamedArea } from '../lib/data/area-chooser.ts';
import { fillTemplate } from '../lib/text/template.ts';

/** Results listed at most; more asks the reader to type on. */
const LIMIT = 20;

let index: Promise<NamedArea[]> | undefined;

/** The name index, fetched once per page (the search page reads it too: src/client/search-areas.ts). */
export function loadIndex(src: string, country: string): Promise<NamedArea[]> {
  index ??= fetch(src)
    .then((r) => {
      if (!r.ok) throw new Error(`${src}: ${r.status}`);
      return r.json() as Promise<AreaNameIndex>;
    })
    .then((json) => readNameIndex(json, country));
  index.catch(() => (index = undefined));
  return index;
}

function setup(root: HTMLElement) {
  const d = root.dataset;
  const template = root.querySelector<HTMLTemplateElement>('template[data-chooser-template]');
  if (template) template.replaceWith(template.content.cloneNode(true));
  const box = root.querySelector<HTMLElement>('[data-chooser-search]');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('[data-chooser-status]');
  const list = root.querySelector<HTMLUListElement>('[data-chooser-results]');
  const lists = root.querySelector<HTMLElement>('[data-chooser-lists]');
  if (!box || !input || !status || !list || !d.index || !d.href) return;
  const keep = d.only === 'help' ? (a: NamedArea) => (a.flags & HAS_HELP) !== 0 : () => true;

  let seq = 0;
  const show = async () => {
    const query = input.value;
    const mine = ++seq;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      if (lists) lists.hidden = false;
      return;
    }
    let areas: NamedArea[];
    try {
      if (!index) status.textContent = d.wordLoading ?? '';
      areas = await loadIndex(d.index!, d.wordCountry ?? '');
    } catch {
      if (mine === seq) status.textContent = d.wordError ?? '';
      return;
    }
    if (mine !== seq) return;
    const found = matchAreas(areas, query, LIMIT + 1, keep);
    const items = found.slice(0, LIMIT).map((a) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = d.href!.replace('{slug}', a.slug);
      link.textContent = a.label;
      li.append(link);
      if (a.parentLabel) {
        const parent = document.createElement('span');
        parent.className = 'muted';
        parent.textContent = ` — ${a.parentLabel}`;
        li.append(parent);
      }
      return li;
    });
    list.replaceChildren(...items);
    if (lists) lists.hidden = true;
    status.textContent =
      found.length === 0
        ? (d.wordNone ?? '')
        : fillTemplate(found.length > LIMIT ? (d.wordMore ?? '') : (d.wordFound ?? ''), { n: Math.min(found.length, LIMIT) });
  };

  input.addEventListener('input', () => void show());
  input.addEventListener('focus', () => void loadIndex(d.index!, d.wordCountry ?? '').catch(() => undefined), { once: true });
  // Enter opens the first match, as a reader who typed a whole name expects.
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const first = list.querySelector<HTMLAnchorElement>('a');
    e.preventDefault();
    if (first) first.click();
  });
  if (input.value) void show();
}

export function startAreaChoosers(): void {
  document.querySelectorAll<HTMLElement>('[data-area-chooser]').forEach(setup);
}
