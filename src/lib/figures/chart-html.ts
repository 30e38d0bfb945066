/**
 * One chart as markup, in four parts (OWID's pattern): the chart, its table, its sources (with a
 * citation to copy) and its files (CSV, JSON, PNG, embed code, share links). With JavaScript off
 * the four are on the page in order, each under its heading, and the chart part shows the chart's
 * PNG; with it, src/client/tabs.ts turns them into tabs and src/client/chart.ts draws the canvas.
 * Chart.astro's markup, and that of the pages the build's workers write (src/files/embed-pages.ts),
 * so the two cannot differ. The page adds the chart script (ChartClient.astro) itself.
 */
import type { Campaign } from '../campaign/schema.ts';
import type { ChartSpec } from './chart-spec.ts';
import { chartPayload } from './chart-payload.ts';
import { chartPaths, EMBED_LISTENER, embedHeight, embedSnippet } from './chart-paths.ts';
import { chartFilesHtml, chartSourcesHtml, shareLinksHtml } from './chart-parts.ts';
import { chartNoteId, chartTableLayout, chartTableRows, chartTableWords } from './chart-table.ts';
import { sourceShort } from './chart-svg.ts';
import { absoluteUrl, url } from '../site/paths.ts';
import { safeJson } from '../text/escape.ts';
import { vnTimestamp } from '../text/vn-time.ts';
import { attr, html, Html } from '../text/html.ts';
import type { Locale } from '../../i18n/locale.ts';
import { siteNameFor } from '../../layouts/shell-words.ts';

export interface ChartOptions {
  /** Heading level of the chart's title; its parts' headings are one below. */
  heading: 'h1' | 'h2' | 'h3';
  /** embed: no embed code among the files (the page is the embed). */
  variant: 'page' | 'embed';
  /** Rows carry their figure's anchor (#so-lieu-<id>): on the area's own page only. */
  anchors: boolean;
}

export interface ChartEnv {
  /** The page's language: its words, number format and links. */
  locale: Locale;
  /** The public origin (SITE_URL), for the citation and the embed code; none for a local preview. */
  site: string | URL | undefined;
  campaign: Campaign;
  /** The build's now (ms): the day the citation says the chart was read. */
  now: number;
}

const tag = (name: string) => new Html(name);

export function chartHtml(spec: ChartSpec, o: ChartOptions, env: ChartEnv): Html {
  const { locale, site } = env;
  const { t, fmt } = locale;
  // Sources, notes and categories are quoted as the data gives them, in Vietnamese: marked so on other pages (WCAG 3.1.2).
  const dataLang = locale.lang === 'vi' ? undefined : 'vi';
  // Embed pages are Vietnamese: an English page offers the files, not the embed code.
  const withEmbedCode = o.variant === 'page' && locale.lang === 'vi';
  const H = tag(o.heading);
  const P = tag(({ h1: 'h2', h2: 'h3', h3: 'h4' } as const)[o.heading]);
  const p = chartPaths(spec);
  const titleId = `${p.anchor}-title`;
  const part = (k: 'chart' | 'table' | 'sources' | 'files') => `${p.anchor}-${({ chart: 'bieu-do', table: 'bang', sources: 'nguon', files: 'tai-ve' })[k]}`;
  const address = absoluteUrl(site, `${locale.path(p.page)}#${p.anchor}`);
  return html`<figure class="chart"${attr('id', p.anchor)}${attr('aria-labelledby', titleId)}${attr('data-chart', spec.drawable ? spec.id : undefined)}\
${attr('data-chart-key', spec.key)}${attr('data-area', spec.area.slug)}${attr('data-tabs-label', t.chart.tabsLabel(spec.title))}${attr('data-canvas-label', t.chart.canvasLabel(spec.title))}>\
<figcaption class="chart__caption"><${H} class="chart__title"${attr('id', titleId)}>${spec.title}</${H}>\
${spec.illustrative && html`<p class="illustrative">${spec.illustrative}</p>`}\
<p class="chart__meta">${`${t.chart.unitNote(spec.unit)} ${t.chart.asOf} `}<time${attr('datetime', spec.asOf)}>${fmt.asOf(spec.asOf)}</time>${`. ${t.chart.sources}: `}\
${spec.sources.map((s, i) => html`${i > 0 && '; '}${s.url ? html`<a${attr('href', s.url)}${attr('lang', dataLang)}>${sourceShort(s.name)}</a>` : html`<span${attr('lang', dataLang)}>${sourceShort(s.name)}</span>`}`)}.</p>\
${spec.inexact && html`<p class="muted">${t.chart.inexact}</p>`}${spec.partial && html`<p class="muted">${t.chart.partialGroups}</p>`}</figcaption>\
${spec.drawable && html`<div class="chart__part"${attr('id', part('chart'))} data-part${attr('data-tab-label', t.chart.tabs.chart)}><${P} class="chart__part-title">${t.chart.parts.chart}</${P}>\
<div class="chart__canvas" data-chart-canvas>${p.image && html`<noscript><img${attr('src', url(p.image))}${attr('alt', t.chart.noscriptImage(spec.title))} width="1200" height="630" loading="lazy"></noscript>`}</div>\
<script type="application/json" data-chart-data>${new Html(safeJson(chartPayload(spec, t.payloadWords)))}</script></div>`}\
<div class="chart__part"${attr('id', part('table'))} data-part${attr('data-tab-label', t.chart.tabs.table)}><${P} class="chart__part-title">${t.chart.parts.table}</${P}>\
${!spec.drawable && html`<p class="muted">${t.figures.oneFigure}</p>`}${chartTableHtml(spec, o.anchors, locale)}</div>\
<div class="chart__part"${attr('id', part('sources'))} data-part${attr('data-tab-label', t.chart.tabs.sources)}><${P} class="chart__part-title">${t.chart.parts.sources}</${P}>\
${chartSourcesHtml(
    spec,
    { ...t.chart, fmt, noAddress: t.figure.noAddress, methodology: t.footer.methodology },
    {
      dataLang,
      address,
      siteName: siteNameFor(env.campaign, locale.lang).name,
      today: vnTimestamp(env.now).slice(0, 10),
      methodologyHref: url(locale.path('phuong-phap/#ti-le-nhom')),
    },
  )}</div>\
<div class="chart__part"${attr('id', part('files'))} data-part${attr('data-tab-label', t.chart.tabs.files)} data-pagefind-ignore><${P} class="chart__part-title">${t.chart.parts.files}</${P}>\
${chartFiles(spec, withEmbedCode, address, env)}</div></figure>`;
}

/** The numbers of one chart as a visible table (ChartTable.astro's): what a reader without JavaScript gets. */
export function chartTableHtml(spec: ChartSpec, anchors: boolean, locale: Locale, caption: string = locale.t.chart.tableCaption): Html {
  const { t, fmt } = locale;
  const dataLang = locale.lang === 'vi' ? undefined : 'vi';
  const layout = chartTableLayout(spec);
  const { isSeries, hasRate, hasRank, hasComputed, hasPrinted, hasSource, otherSource, notes } = layout;
  // "Số người", not "Số người (người)": what is counted already names the unit.
  const valueHeader = t.figures.valueHeader(spec.metric, spec.channel);
  const rows = chartTableRows(spec, layout, anchors, chartTableWords(t, fmt), { correctionsHref: url('so-lieu/dinh-chinh/'), dataLang });
  return html`<div class="table-scroll" role="region"${attr('aria-label', `${caption}: ${spec.title}`)} tabindex="0"><table${attr('data-chart-table', spec.id)} class="chart-table">\
<caption>${caption}</caption><thead><tr><th scope="col">${isSeries ? t.figures.col.when : t.figures.col.group}</th><th scope="col" class="num">${valueHeader}</th>\
${hasRate && html`<th scope="col" class="num">${t.figures.col.rate}</th>`}${hasComputed && html`<th scope="col" class="num">${t.figures.col.computedShare}</th>`}\
${hasPrinted && html`<th scope="col" class="num">${t.figures.col.printedShare}</th>`}${hasRank && html`<th scope="col" class="col-extra">${t.figures.col.rank}</th>`}\
${hasSource && html`<th scope="col" class="col-extra">${t.figures.col.source}</th>`}</tr></thead><tbody>${rows}</tbody></table></div>\
${otherSource && html`<p class="muted chart-table__star">${t.chart.otherSource}</p>`}\
${notes.length > 0 && html`<ol class="chart-table__notes col-extra"${attr('aria-label', t.chart.notes)}>${notes.map((note, i) => html`<li${attr('id', chartNoteId(spec, i))}${attr('lang', dataLang)}>${note}</li>`)}</ol>`}`;
}

/** A chart's files at stable URLs, the embed code on full pages, share links (ChartFiles.astro's). */
export function chartFiles(spec: ChartSpec, embed: boolean, address: string | undefined, env: Pick<ChartEnv, 'locale' | 'site'>): Html {
  const { t } = env.locale;
  const p = chartPaths(spec);
  const embedUrl = absoluteUrl(env.site, p.embed);
  const listenerUrl = absoluteUrl(env.site, EMBED_LISTENER);
  const snippet = embed && spec.drawable && embedUrl && listenerUrl ? embedSnippet({ embedUrl, listenerUrl, title: spec.title, height: embedHeight(spec) }) : undefined;
  return chartFilesHtml(t.chart, {
    csv: url(p.csv),
    json: url(p.json),
    image: p.image ? { href: url(p.image), fileName: p.png } : undefined,
    embed: snippet ? { href: url(p.embed), snippet, codeId: `embed-${spec.id}` } : undefined,
    share: shareLinksHtml(address, t.chart.share),
  });
}
