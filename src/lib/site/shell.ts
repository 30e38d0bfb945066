/**
 * The page shell as markup: what src/layouts/Base.astro puts in <head>, the site header (skip link,
 * name, language switch, sections, search box) and the footer, on every page of the site (75,000
 * nationally). Written here rather than as Astro expressions because Astro's cost per expression
 * made the shell a large part of every one-area page (README, Performance); the same escaping as
 * Astro's (src/lib/text/html.ts). Every link is given resolved (url(), siteUrl()): nothing here
 * knows the site's address or base.
 */
import { attr, html, type Html } from '../text/html.ts';

/** What <head> says about a page, before the page's own head elements and the stylesheet. */
export interface PageHead {
  /** <title>: the page's title and the site's name (the home page: its title only). */
  fullTitle: string;
  /** og:title and the search result's title: the page's title alone. */
  title: string;
  description: string;
  /** A page with no address of its own (404): robots noindex instead of a canonical link. */
  canonical?: string;
  /** hreflang links: the page in Vietnamese and in English (x-default: the Vietnamese one). */
  alternates?: { vi: string; en: string };
  favicon: string;
  ogLocale: string;
  siteName: string;
  ogUrl?: string;
  ogImage?: string;
  /** What the search index files about the page; absent for a page left out of search. */
  search?: { kind: string; areas: string[] };
}

export function pageHeadHtml(h: PageHead): Html {
  const meta = (property: string, content: string) => html`<meta${attr('property', property)}${attr('content', content)}>`;
  return html`<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">\
<title>${h.fullTitle}</title><meta name="description"${attr('content', h.description)}>\
${h.canonical === undefined ? html`<meta name="robots" content="noindex">` : html`<link rel="canonical"${attr('href', h.canonical)}>`}\
${h.alternates && html`<link rel="alternate" hreflang="vi"${attr('href', h.alternates.vi)}><link rel="alternate" hreflang="en"${attr('href', h.alternates.en)}><link rel="alternate" hreflang="x-default"${attr('href', h.alternates.vi)}>`}\
<link rel="icon"${attr('href', h.favicon)} type="image/svg+xml">\
${meta('og:type', 'website')}${meta('og:locale', h.ogLocale)}${meta('og:site_name', h.siteName)}${meta('og:title', h.title)}${meta('og:description', h.description)}\
${h.canonical !== undefined && h.ogUrl && meta('og:url', h.ogUrl)}${h.ogImage && meta('og:image', h.ogImage)}\
<meta name="twitter:card"${attr('content', h.ogImage ? 'summary_large_image' : 'summary')}>\
${h.search && html`<meta data-pagefind-meta="title[content]"${attr('content', h.title)}>\
<meta data-pagefind-meta="summary[content]"${attr('content', h.description)}>\
<meta data-pagefind-meta="kind[content]"${attr('content', h.search.kind)}>\
<meta data-pagefind-filter="kind[content]"${attr('content', h.search.kind)}>\
${h.search.areas.map((a) => html`<meta data-pagefind-filter="area[content]"${attr('content', a)}>`)}`}`;
}

/** A link of the header's sections or of the footer, resolved. */
export interface ShellLink {
  href: string;
  label: string;
  /** The language of the page it leads to, when not the page's own. */
  hreflang?: string;
  current?: boolean;
}

export interface SearchBoxProps {
  /** The input's id: unique on the page. */
  id: string;
  /** header: white on the red band, its label for screen readers only; page: large, in the text. */
  variant: 'header' | 'page';
  label: string;
  /** The search page's address (the form's action). */
  action: string;
  words: { title: string; placeholder: string; button: string };
}

/** The site's search box: a plain GET form to the search page, no JavaScript. */
export function searchBoxHtml(p: SearchBoxProps): Html {
  return html`<form${attr('class', `search-box search-box--${p.variant}`)}${attr('action', p.action)} method="get" role="search"${attr('aria-label', p.words.title)}>\
<label${attr('for', p.id)}${attr('class', p.variant === 'header' ? 'visually-hidden' : 'search-box__label')}>${p.label}</label>\
<div class="search-box__row"><input${attr('id', p.id)} name="q" type="search" autocomplete="off" enterkeyhint="search"${attr('placeholder', p.words.placeholder)}>\
<button class="search-box__button" type="submit">${p.words.button}</button></div></form>`;
}

export interface SiteHeader {
  skipLink: string;
  home: string;
  siteName: string;
  /** The site name's language when not the page's (an English page showing the Vietnamese name). */
  siteNameLang?: string;
  /** The same page in the other language. */
  languageSwitch?: { href: string; lang: string; label: string };
  navLabel: string;
  nav: ShellLink[];
  searchBox?: SearchBoxProps;
  /** The site's notice that its figures are illustrative (Vietnamese), under the header. */
  illustrative?: string;
}

/** The skip link, the header and, for an illustrative site, its notice: everything before <main>. */
export function siteHeaderHtml(h: SiteHeader): Html {
  const s = h.languageSwitch;
  return html`<a class="skip" href="#main">${h.skipLink}</a>\
<header class="site-header" data-pagefind-ignore="all"><div class="wrap">\
<a class="brand"${attr('href', h.home)}${attr('lang', h.siteNameLang)}>${h.siteName}</a>\
${s && html`<a class="lang-switch"${attr('href', s.href)}${attr('lang', s.lang)}${attr('hreflang', s.lang)}>${s.label}</a>`}\
<nav class="site-nav"${attr('aria-label', h.navLabel)}><ul>\
${h.nav.map((n) => html`<li><a${attr('href', n.href)}${attr('aria-current', n.current ? 'page' : undefined)}>${n.label}</a></li>`)}\
</ul></nav>${h.searchBox && searchBoxHtml(h.searchBox)}</div></header>\
${h.illustrative !== undefined && html`<p class="illustrative illustrative--site" lang="vi" data-pagefind-ignore="all">${h.illustrative}</p>`}`;
}

/** Who runs the site and how to reach them, in one line (Vietnamese, as the settings are). */
export interface ContactLine {
  /** "Trang do … quản lý." or that no operator is set. */
  operator: string;
  /** "Liên hệ" and the links, or one sentence saying none is set. */
  contacts: { label: string; links: { href: string; text: string }[] } | { unset: string };
}

export function contactLineHtml(c: ContactLine): Html {
  const k = c.contacts;
  return html`<p class="contact-footer" lang="vi" data-contact>${c.operator} \
${'unset' in k ? k.unset : html`${k.label}: ${k.links.map((l, i) => html`${i > 0 && ' · '}<a${attr('href', l.href)}>${l.text}</a>`)}.`}</p>`;
}

export interface SiteFooter {
  note: string;
  contact: ContactLine;
  links: ShellLink[];
}

export function siteFooterHtml(f: SiteFooter): Html {
  return html`<footer class="site-footer" data-pagefind-ignore="all"><div class="wrap"><p>${f.note}</p>${contactLineHtml(f.contact)}\
<ul>${f.links.map((l) => html`<li><a${attr('href', l.href)}${attr('hreflang', l.hreflang)}>${l.label}</a></li>`)}</ul></div></footer>`;
}
