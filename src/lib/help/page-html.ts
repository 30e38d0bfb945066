/**
 * A help page (/ho-tro/<area>/) as markup: what the page says inside <main>, and what its shell
 * needs. The one source of the page for Astro (src/pages/ho-tro/[area]/index.astro: every page in
 * `astro dev`; in a build, the pages search indexes and one specimen) and for the build's workers
 * (src/files/help-pages.ts: the pages of districts and communes, 10,700 nationally). What is looked
 * up in the data arrives in `look` (helpLookups()), plain values that cross to a worker thread.
 */
import type { Area, Aggregates } from '../data/aggregate.ts';
import type { Campaign } from '../campaign/schema.ts';
import type { HelpFact } from './general.ts';
import { hasHelpPage, helpPaths, type HelpPage } from './pages.ts';
import { sessionListHtml } from './session-list.ts';
import { campaignStatusHtml } from '../campaign/status-line.ts';
import { broadcastPaths } from '../broadcast/pages.ts';
import { areaChooserHtml } from '../site/area-chooser-html.ts';
import { url } from '../site/paths.ts';
import { attr, html, type Html } from '../text/html.ts';
import type { Format } from '../text/format.ts';
import { vnTimestamp } from '../text/vn-time.ts';
import type { t as viDictionary } from '../../i18n/vi.ts';

/** The family's name where the build's workers write its pages (GOPY_WORKER_PAGES, src/lib/site/shard.ts). */
export const HELP_FAMILY = 'help';

export interface HelpLookups {
  /** The areas above with a help page, country first (the breadcrumbs). */
  upper: Area[];
  /** Names of the areas the page's sessions are in (those below it name their area). */
  names: Record<string, string>;
  /** The data's "illustrative" label, when the data is. */
  illustrative?: string;
}

export function helpLookups(
  page: HelpPage,
  data: Pick<Aggregates, 'ancestors' | 'area' | 'meta'> & Parameters<typeof hasHelpPage>[0],
  facts: readonly HelpFact[],
  w: { illustrative: string; areaName: (a: Area) => string },
): HelpLookups {
  const names: Record<string, string> = {};
  for (const s of page.listed) names[s.area_code] ??= w.areaName(data.area(s.area_code)!);
  return {
    upper: data.ancestors(page.area.code).slice(0, -1).filter((a) => hasHelpPage(data, facts, a.code)),
    names,
    illustrative: data.meta.illustrative ? (data.meta.label ?? w.illustrative) : undefined,
  };
}

export interface HelpPageEnv {
  campaign: Campaign;
  now: number;
  /** The broadcasts, by title (the page links each for its area). */
  broadcasts: readonly { id: string; title: string }[];
  t: typeof viDictionary;
  fmt: Format;
  areaName: (a: Pick<Area, 'level' | 'type' | 'name'>) => string;
}

export function helpPageHtml(page: HelpPage, look: HelpLookups, env: HelpPageEnv): { path: string; title: string; description: string; main: Html } {
  const { t, fmt, areaName } = env;
  const w = t.help;
  const { area } = page;
  const label = areaName(area);
  const paths = helpPaths(area.slug);
  const comingCount = page.coming.reduce((n, d) => n + d.sessions.length, 0);
  const pastCount = page.past.reduce((n, d) => n + d.sessions.length, 0);
  const sessionWords = { ...t.help, fmt, area: t.broadcast.area };
  const sessions = (days: HelpPage['coming'], level: 3 | 4) => sessionListHtml(days, area.code, (code) => look.names[code]!, sessionWords, level);
  const general = page.general;
  const main = html`<nav class="breadcrumbs no-print"${attr('aria-label', t.guide.breadcrumbs)}><ol>\
<li><a${attr('href', url())}>${t.guide.home}</a></li><li><a${attr('href', url('ho-tro/'))}>${w.indexTitle}</a></li>\
${look.upper.map((a) => html`<li><a${attr('href', url(helpPaths(a.slug).page))}>${areaName(a)}</a></li>`)}</ol></nav>\
<h1>${w.title(label)}</h1>${campaignStatusHtml(env.campaign, env.now, { words: t.campaign.statusWords(env.campaign, { figures: false }), label: t.campaign.statusLabel, live: true })}\
${look.illustrative && html`<p class="help-illustrative"><strong>${look.illustrative}</strong></p>`}\
<p class="muted">${w.asOf(fmt.asOf(vnTimestamp(env.now)))}</p>\
${general && html`<section class="help-always" aria-labelledby="h-always"><h2 id="h-always">${w.always}</h2><p>${general.text}</p>\
<p class="muted">${`${w.alwaysSource}: `}${general.sources.map((s, i) => html`${i > 0 && '; '}${s.url ? html`<a${attr('href', s.url)}>${s.publisher}</a>` : s.publisher}${` (${fmt.partialDate(s.date)})`}`)}</p></section>`}\
<section aria-labelledby="h-coming"><h2 id="h-coming">${w.coming}</h2>\
${page.listed.length === 0
    ? html`<p>${w.noSchedule}</p>`
    : html`<p>${comingCount > 0 ? w.comingCount(comingCount) : w.noneComing}</p>\
<p class="no-print help-files"><a${attr('href', url(paths.ics))}${attr('download', paths.fileName)} type="text/calendar">${w.icsLink}</a><span class="muted">${` ${w.icsHint}`}</span><br><span class="muted">${w.print}</span></p>\
${sessions(page.coming, 3)}`}\
${page.ownOnly && page.below.length > 0 && html`<p class="muted">${w.ownOnly}</p>`}</section>\
${pastCount > 0 && html`<details class="help-past no-print"><summary>${w.past(pastCount)}</summary>${sessions(page.past, 4)}</details>`}\
${page.below.length > 0 && html`<section class="no-print" aria-labelledby="h-below"><h2 id="h-below">${w.subAreas(label)}</h2>\
${areaChooserHtml({ areas: page.below, link: (a) => url(helpPaths(a.slug).page), name: areaName, id: 'duoi', level: 3 }, { ...t.chooser, country: t.area.country })}</section>`}\
<section class="no-print" aria-labelledby="h-broadcasts"><h2 id="h-broadcasts">${w.broadcasts}</h2>\
<ul>${env.broadcasts.map((b) => html`<li><a${attr('href', url(broadcastPaths(b.id, area.slug).page))}>${b.title}</a></li>`)}</ul></section>`;
  return { path: paths.page, title: w.title(label), description: w.description(label), main };
}

/** The broadcasts as a help page lists them: by title, in Vietnamese order. */
export function broadcastsByTitle(broadcasts: readonly { id: string; data: { title: string } }[]): { id: string; title: string }[] {
  return [...broadcasts].sort((a, b) => a.data.title.localeCompare(b.data.title, 'vi')).map((b) => ({ id: b.id, title: b.data.title }));
}
