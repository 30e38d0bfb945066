/**
 * Two parts of a chart as markup (chartHtml(), src/lib/figures/chart-html.ts) and the share
 * links (ShareLinks.astro): written here rather than as Astro expressions because every figures
 * page, English figures page and embed page has them (32,000 pages nationally), and Astro's cost
 * per expression made them a large part of each (README, Performance). Same escaping as Astro's
 * (src/lib/text/html.ts); words and resolved links are given by the components.
 */
import type { ChartSpec } from './chart-spec.ts';
import { sourceShort } from './chart-svg.ts';
import type { Format } from '../text/format.ts';
import { attr, html, type Html } from '../text/html.ts';

export interface ShareWords {
  heading: string;
  zalo: string;
  facebook: string;
  copyLink: string;
  copied: string;
}

/**
 * Plain links to Zalo's and Facebook's share pages and the labels of the "copy link" button the
 * page's script adds. Nothing without an address to share (no SITE_URL).
 */
export function shareLinksHtml(href: string | undefined, w: ShareWords): Html {
  if (!href) return html``;
  const u = encodeURIComponent(href);
  const links = [
    { name: w.zalo, href: `https://zalo.me/share?url=${u}` },
    { name: w.facebook, href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
  ];
  return html`<p class="share" data-pagefind-ignore${attr('data-share', href)}${attr('data-copy-link-label', w.copyLink)}${attr('data-copied-link-label', w.copied)}>\
<span class="share__label">${w.heading}:</span>\
${links.map((l) => html` <a class="share__link"${attr('href', l.href)} target="_blank" rel="noopener noreferrer"${attr('aria-label', `${w.heading}: ${l.name}`)}>${l.name}</a>`)}</p>`;
}

export interface ChartSourcesWords {
  fmt: Pick<Format, 'qualifiedCount' | 'asOf' | 'date'>;
  /** After a source that has no address. */
  noAddress: string;
  shareBase(total: string, source: string): string;
  shareDiffers: string;
  /** The methodology link's label. */
  methodology: string;
  cite: string;
  citeHint: string;
  copyCite: string;
  copiedCite: string;
  /** The pattern the browser fills with the reader's today ("{d}/{m}/{y}"). */
  citeDate: string;
  citeText(title: string, sources: string, asOf: string, siteName: string, address: string | undefined): string;
}

export interface ChartSourcesContext {
  /** The language of the page when not Vietnamese: sources are quoted in Vietnamese, marked so. */
  dataLang?: string;
  /** The chart's public address (none without SITE_URL), for the citation. */
  address?: string;
  siteName: string;
  /** The day the citation says it was read: the build's, in Vietnam (YYYY-MM-DD). */
  today: string;
  /** The methodology's section on shares. */
  methodologyHref: string;
}

/** A chart's sources, what its shares mean, and a citation ready to copy. */
export function chartSourcesHtml(spec: ChartSpec, w: ChartSourcesWords, c: ChartSourcesContext): Html {
  const { fmt } = w;
  const total = spec.total;
  const cite = w.citeText(spec.title, spec.sources.map((s) => sourceShort(s.name)).join('; '), fmt.asOf(spec.asOf), c.siteName, c.address);
  return html`<ul class="chart__sources">\
${spec.sources.map((s) => html`<li>${s.url ? html`<a${attr('href', s.url)}${attr('lang', c.dataLang)}>${s.name}</a>` : html`<span${attr('lang', c.dataLang)}>${s.name}</span>${` (${w.noAddress})`}`}</li>`)}</ul>\
${total && spec.rows.some((r) => r.computedShare !== undefined) && html`<p class="muted">${w.shareBase(`${fmt.qualifiedCount(total)} ${spec.unit}`, total.source)}\
${spec.rows.some((r) => r.printedShare !== undefined) && html` ${w.shareDiffers} <a${attr('href', c.methodologyHref)}>${w.methodology}</a>.`}</p>`}\
<p class="chart__cite-title" data-pagefind-ignore><strong>${w.cite}</strong>. ${w.citeHint}</p>\
<p class="chart__cite" tabindex="0" data-pagefind-ignore${attr('data-copy-label', w.copyCite)}${attr('data-copied-label', w.copiedCite)}>\
${cite}<time${attr('datetime', c.today)}${attr('data-today', w.citeDate)}>${fmt.date(c.today)}</time>.</p>`;
}

export interface ChartFilesWords {
  csv: string;
  json: string;
  pngLink: string;
  embedPage: string;
  embed: string;
  embedHint: string;
  copy: string;
  copied: string;
}

export interface ChartFilesLinks {
  csv: string;
  json: string;
  /** The chart's image and the name it is saved under, when it has one. */
  image?: { href: string; fileName: string };
  /** The embed page and the <iframe> snippet, on full pages with a public address. */
  embed?: { href: string; snippet: string; codeId: string };
  /** The share links (shareLinksHtml()). */
  share: Html;
}

/** A chart's files at stable URLs, the embed code and the share links. */
export function chartFilesHtml(w: ChartFilesWords, l: ChartFilesLinks): Html {
  const e = l.embed;
  return html`<ul class="chart__files">\
<li><a${attr('href', l.csv)} download>${w.csv}</a> <span class="muted">(CSV)</span></li>\
<li><a${attr('href', l.json)} download>${w.json}</a> <span class="muted">(JSON)</span></li>\
${l.image && html`<li><a${attr('href', l.image.href)}${attr('download', l.image.fileName)} class="chart__png">${w.pngLink}</a></li>`}\
${e && html`<li><a${attr('href', e.href)}>${w.embedPage}</a></li>`}</ul>\
${e && html`<p class="chart__embed-label"${attr('id', `${e.codeId}-label`)}>${w.embed}. <span class="muted">${w.embedHint}</span></p>\
<pre class="chart__embed"${attr('aria-labelledby', `${e.codeId}-label`)} tabindex="0"${attr('data-copy-label', w.copy)}${attr('data-copied-label', w.copied)} data-pagefind-ignore><code>${e.snippet}</code></pre>`}\
${l.share}`;
}
