/**
 * An area's figures page (/so-lieu/<area>/, /en/so-lieu/<area>/) as markup: its latest figures,
 * charts, the areas below it, the links every figures page carries. AreaFigures.astro's, and that of
 * the pages the build's workers write (src/files/figures-pages.ts: those of districts and communes
 * in both languages, 21,400 nationally), so the two cannot differ. Everything looked up in the data,
 * in the page's language (the charts' words, the ranks' texts), arrives in `look`
 * (areaFiguresLookups()): plain values that cross to a worker thread.
 */
import type { Aggregates, Area, Latest } from '../data/aggregate.ts';
import { listedDescendants } from '../data/areas.ts';
import type { Level } from '../data/schema.ts';
import type { Campaign } from '../campaign/schema.ts';
import { absoluteUrl, url } from '../site/paths.ts';
import { attr, html, type Html } from '../text/html.ts';
import { areaCharts, type ChartSpec } from './chart-spec.ts';
import { areaFiguresPath, chartPaths } from './chart-paths.ts';
import { rankText, rateText } from './chart-cells.ts';
import { chartHtml } from './chart-html.ts';
import { shareLinksHtml } from './chart-parts.ts';
import { figureBlockHtml, figureLookups, type FigureLookups } from './figure-block.ts';
import { lastUpdated, type UpdatedData } from './updated.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { t as viDictionary } from '../../i18n/vi.ts';

/** The families' names where the build's workers write their pages (GOPY_WORKER_PAGES, src/lib/site/shard.ts). */
export const FIGURES_FAMILY = 'figures';
export const FIGURES_EN_FAMILY = 'figures-en';

/** An area below, in the page's table: its latest figure of people (or opinions) and its rank's text. */
export interface KidRow {
  area: Area;
  latest?: Latest;
  rank?: string;
}

export interface AreaFiguresLookups {
  /** The areas above with figures, country first (the breadcrumbs). */
  crumbs: Area[];
  /** The newest figure or correction of the area. */
  lastUpdated?: string;
  /** The latest figures, each with its panel's lookups. */
  cards: { latest: Latest; label: string; compact: boolean; figure: FigureLookups }[];
  charts: ChartSpec[];
  /** The areas directly below: how many, their kind, those listed (with figures below them), those with nothing. */
  kids: { count: number; kind: string; rows: KidRow[]; missing: number };
}

type FiguresData = Parameters<typeof areaCharts>[0] & UpdatedData & Pick<Aggregates, 'latest' | 'hasFigures' | 'children' | 'ancestors' | 'area' | 'correctionsFor' | 'meta'>;

export function areaFiguresLookups(data: FiguresData, area: Area, locale: Locale): AreaFiguresLookups {
  const { t } = locale;
  const cards = (
    [
      ['people', 'vneid', t.figures.labelPeople],
      ['opinions', 'vneid', t.figures.labelOpinions],
      ['opinions', 'all', t.figures.labelOpinionsAll],
    ] as const
  ).flatMap(([m, c, label]) => {
    const latest = data.latest(area.code, m, c);
    return latest ? [{ latest, label, compact: m !== 'people', figure: figureLookups(latest, data, locale) }] : [];
  });
  const has = data.hasFigures;
  const kids = data.children(area.code);
  const rows = kidRows(data, listedDescendants(data.children, area.code, has), locale);
  return {
    crumbs: data.ancestors(area.code).slice(0, -1).filter((a) => has(a.code)),
    lastUpdated: lastUpdated(data, area.code),
    cards,
    charts: areaCharts(data, area, t.chartWords),
    kids: {
      count: kids.length,
      kind: kids[0] ? t.figures.levelPlural[kids[0].level as Level] : '',
      rows,
      // Children with nothing published in their whole subtree: named as missing, not hidden.
      missing: kids.filter((k) => !has(k.code) && listedDescendants(data.children, k.code, has).length === 0).length,
    },
  };
}

/** Areas as a table lists them: each with its latest figure of people (else of opinions) and its rank's text. */
export function kidRows(data: Pick<Aggregates, 'latest' | 'area'>, areas: readonly Area[], locale: Pick<Locale, 't'>): KidRow[] {
  return areas.map((a) => {
    const latest = data.latest(a.code, 'people') ?? data.latest(a.code, 'opinions');
    return { area: a, latest, rank: rankText(latest?.rank, (code) => data.area(code)?.name, locale.t.chartWords) };
  });
}

export interface AreaFiguresEnv {
  locale: Locale;
  site: string | URL | undefined;
  campaign: Campaign;
  now: number;
  /** The Vietnamese dictionary: the report link is in Vietnamese on every page. */
  vi: Pick<typeof viDictionary, 'campaign'>;
}

export interface AreaFiguresPage {
  /** Site path: so-lieu/<area>/ or en/so-lieu/<area>/. */
  path: string;
  title: string;
  description: string;
  /** Shared on Zalo or Facebook, the Vietnamese page shows its first chart; undefined: the site's image. */
  image?: string;
  main: Html;
}

export function areaFiguresHtml(area: Area, look: AreaFiguresLookups, env: AreaFiguresEnv): AreaFiguresPage {
  const { locale, site } = env;
  const { t, fmt, areaName } = locale;
  const label = areaName(area);
  const path = locale.path(areaFiguresPath(area.slug));
  const { kids } = look;
  const first = look.charts[0];
  const main = html`<nav class="breadcrumbs"${attr('aria-label', t.figures.breadcrumbs)}><ol><li><a${attr('href', url(locale.path('so-lieu/')))}>${t.figures.backToOverview}</a></li>\
${look.crumbs.map((a) => html`<li><a${attr('href', url(locale.path(areaFiguresPath(a.slug))))}>${areaName(a)}</a></li>`)}</ol></nav>\
<h1>${t.figures.areaTitle(label)}</h1>\
${look.lastUpdated && html`<p class="last-updated">${`${t.figures.lastUpdated}: `}<time${attr('datetime', look.lastUpdated)}>${fmt.asOf(look.lastUpdated)}</time>.</p>`}\
${shareLinksHtml(absoluteUrl(site, path), t.chart.share)}\
<h2 id="moi-nhat">${t.figures.latestHeading}</h2>\
${look.cards.map((c) => figureBlockHtml(c.latest, c.figure, { label: c.label, compact: c.compact, page: path }, env))}\
${look.charts.length > 0 && html`<section aria-labelledby="bieu-do"><h2 id="bieu-do">${t.figures.chartsHeading}</h2>\
${look.charts.map((s) => chartHtml(s, { heading: 'h3', variant: 'page', anchors: true }, env))}</section>`}\
${kids.count > 0 && html`<section aria-labelledby="truc-thuoc"><h2 id="truc-thuoc">${t.figures.childrenHeading}</h2>\
${kids.rows.length > 0 && areaTableHtml(kids.rows, `${t.figures.childrenHeading}: ${label}`, locale)}\
<p class="muted">${kids.rows.length > 0 ? kids.missing > 0 && t.figures.childrenNone(kids.missing, kids.kind) : t.figures.childrenAllMissing(kids.count, kids.kind)}</p></section>`}\
<h2 id="them">${t.figures.moreHeading}</h2>${figuresLinksHtml(locale, site !== undefined)}`;
  return {
    path,
    title: t.figures.areaTitle(label),
    description: t.figures.areaDescription(label),
    image: locale.lang === 'vi' && first ? chartPaths(first).image : undefined,
    main,
  };
}

/**
 * A list of areas with their latest figure (AreaTable.astro's): value with its qualifier, rate, as-of
 * and rank, each linking to the area's figures page. On a phone the rank goes on a line under its row.
 */
export function areaTableHtml(rows: readonly KidRow[], caption: string, locale: Locale): Html {
  const { t, fmt, areaName } = locale;
  return html`<div class="table-scroll" role="region"${attr('aria-label', caption)} tabindex="0"><table data-area-table class="chart-table"><caption>${caption}</caption>\
<thead><tr><th scope="col">${t.figures.col.area}</th><th scope="col" class="num">${t.figures.col.what}</th><th scope="col" class="num">${t.figures.col.rate}</th>\
<th scope="col">${t.figures.col.when}</th><th scope="col" class="col-extra">${t.figures.col.rank}</th></tr></thead><tbody>\
${rows.map(({ area: a, latest: l, rank }) => html`<tr><th scope="row"><a${attr('href', url(locale.path(areaFiguresPath(a.slug))))}>${areaName(a)}</a></th>\
<td class="num">${l ? fmt.figure(l.figure, { full: true }) : ''}</td><td class="num">${l && l.rate !== undefined ? rateText({ ...l.figure, rate: l.rate }, fmt) : ''}</td>\
<td>${l && html`<time${attr('datetime', l.figure.as_of)}>${fmt.asOf(l.figure.as_of)}</time>`}</td><td class="col-extra">${rank ?? t.figures.noRank}</td></tr>\
${rank && html`<tr class="chart-table__more"><td colspan="4">${`${t.figures.col.rank}: ${rank}.`}</td></tr>`}`)}</tbody></table></div>`;
}

/** The links every figures page carries (FiguresLinks.astro's): methodology, downloads, corrections, and the feed with a public origin. */
export function figuresLinksHtml(locale: Locale, withFeed: boolean): Html {
  const { t } = locale;
  return html`<ul class="figures-links"><li><a${attr('href', url(locale.path('phuong-phap/')))}>${t.figures.methodologyLink}</a></li>\
<li><a${attr('href', url(locale.path('so-lieu/du-lieu/')))}>${t.figures.downloadsLink}</a></li>\
<li><a${attr('href', url('so-lieu/dinh-chinh/'))}>${t.figures.correctionsLink}</a></li>\
${withFeed && html`<li><a${attr('href', url('so-lieu/rss.xml'))}>${t.figures.rssLink}</a></li>`}</ul>`;
}
