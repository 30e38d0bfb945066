/**
 * The area chooser as markup (src/components/AreaChooser.astro, and the pages the build's workers
 * write, src/files/broadcast-pages.ts): one level of the area tree as grouped lists of links (one
 * tap per level, works with JavaScript off) and, with `search`, the <template> of a box that
 * narrows the whole tree as the reader types (src/client/area-chooser.ts puts it in place).
 */
import type { Area } from '../data/aggregate.ts';
import { chooserGroups } from '../data/area-chooser.ts';
import { capitalize } from '../data/areas.ts';
import { attr, html, Html } from '../text/html.ts';

type ChooserArea = Pick<Area, 'code' | 'name' | 'type' | 'level' | 'parent_code' | 'slug'>;

export interface AreaChooserWords {
  country: string;
  label: string;
  hint: string;
  found: string;
  more: string;
  none: string;
  loading: string;
  error: string;
}

export interface AreaChooser<A extends ChooserArea> {
  /** The areas of this level (the children of one area, or the provinces). */
  areas: readonly A[];
  /** An area's link (with the base). */
  link: (a: A) => string;
  /** An area's full name, for its link's accessible name. */
  name: (a: A) => string;
  /** An id prefix, unique on the page. */
  id: string;
  /** Heading level of the groups' headings. */
  level: 3 | 4;
  /** The type-to-narrow box: its index (dia-ban.json), the links' pattern with {slug}, and which areas. */
  search?: { index: string; href: string; only: 'all' | 'help' };
}

/** An attribute written bare (` data-x`), as Astro writes an empty string; nothing when off. */
const bare = (name: string, on: boolean) => new Html(on ? ` ${name}` : '');

export function areaChooserHtml<A extends ChooserArea>(c: AreaChooser<A>, w: AreaChooserWords): Html {
  const { id, search } = c;
  const H = `h${c.level}`;
  const groups = chooserGroups<A>(c.areas);
  return html`<div class="area-chooser"${bare('data-area-chooser', !!search)}${attr('data-index', search?.index)}${attr('data-href', search?.href)}${attr('data-only', search?.only)}\
${attr('data-word-country', w.country)}${attr('data-word-found', w.found)}${attr('data-word-more', w.more)}${attr('data-word-none', w.none)}${attr('data-word-loading', w.loading)}${attr('data-word-error', w.error)}>\
${search && html`<template data-chooser-template><div class="area-chooser__search" data-chooser-search>\
<label${attr('for', `${id}-q`)}>${w.label}</label><p class="muted area-chooser__hint"${attr('id', `${id}-hint`)}>${w.hint}</p>\
<input${attr('id', `${id}-q`)} type="search" autocomplete="off" spellcheck="false" enterkeyhint="go"${attr('aria-describedby', `${id}-hint`)}${attr('aria-controls', `${id}-results`)}>\
<p class="area-chooser__status" role="status" aria-live="polite" data-chooser-status></p>\
<ul class="area-chooser__results"${attr('id', `${id}-results`)} data-chooser-results></ul></div></template>`}\
<div data-chooser-lists>${groups.map(
    (g, i) => html`<section${attr('aria-labelledby', `${id}-g${i}`)}><${new Html(H)}${attr('id', `${id}-g${i}`)} class="area-chooser__type">${`${capitalize(g.type)} (${g.areas.length})`}</${new Html(H)}>\
<ul class="area-list">${g.areas.map((a) => html`<li><a${attr('href', c.link(a))}${attr('aria-label', c.name(a))}>${a.name}</a></li>`)}</ul></section>`,
  )}</div></div>`;
}
