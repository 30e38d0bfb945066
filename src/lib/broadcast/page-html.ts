/**
 * A broadcast page for one area (/kich-ban/<broadcast>/<area>/) as markup: what the page says
 * inside <main>, and what its shell needs (title, description, share image). The one source of
 * the page for both Astro (src/pages/kich-ban/[broadcast]/[area]/index.astro, which renders them
 * in `astro dev` and one of them in a build) and the build's workers (src/files/broadcast-pages.ts,
 * which write the 32,000 of them nationally: Astro's own cost per page was most of their time;
 * README, Performance). Everything looked up in the data arrives in `look` (broadcastLookups()),
 * plain values that cross to a worker thread.
 */
import type { Area, Aggregates } from '../data/aggregate.ts';
import type { Campaign } from '../campaign/schema.ts';
import { campaignStatusHtml } from '../campaign/status-line.ts';
import { figureBlockHtml, figureLookups, type FigureLookups } from '../figures/figure-block.ts';
import { areaChooserHtml } from '../site/area-chooser-html.ts';
import { listenTemplateHtml, printButtonHtml } from '../site/controls.ts';
import { shareCardPath } from '../site/share-card.ts';
import { url } from '../site/paths.ts';
import { attr, html, type Html } from '../text/html.ts';
import { broadcastMeta, broadcastPaths, renderTarget, usesFigures, type BroadcastTarget } from './pages.ts';
import { READING_PACE_WPM } from './render.ts';
import type { t as viDictionary } from '../../i18n/vi.ts';
import { viLocale } from '../../i18n/locale.ts';

/** The family's name where the build's workers write its pages (GOPY_WORKER_PAGES, src/lib/site/shard.ts). */
export const BROADCAST_FAMILY = 'broadcast';

/** What the page looks up in the data besides its target: plain values (structured-cloneable). */
export interface BroadcastLookups {
  /** The areas directly below the page's area (its chooser). */
  below: Area[];
  /** What the figure's panel looks up, when the page has a figure. */
  figure?: FigureLookups;
}

export function broadcastLookups(target: BroadcastTarget, data: Pick<Aggregates, 'children' | 'area' | 'correctionsFor' | 'meta'>): BroadcastLookups {
  return {
    below: data.children(target.area.code),
    figure: target.latest && figureLookups(target.latest, data, viLocale),
  };
}

/** The page's surroundings: the campaign (status line, report address), the build's now, the public origin. */
export interface BroadcastPageEnv {
  campaign: Campaign;
  now: number;
  site: string | URL | undefined;
  t: typeof viDictionary;
  areaName: (a: Pick<Area, 'level' | 'type' | 'name'>) => string;
}

export interface BroadcastPageHtml {
  /** Site path: kich-ban/<broadcast>/<area>/. */
  path: string;
  title: string;
  description: string;
  image: string;
  /** The page shows figures, so its lastmod follows the data. */
  showsFigures: boolean;
  main: Html;
}

export function broadcastPageHtml(target: BroadcastTarget, look: BroadcastLookups, env: BroadcastPageEnv): BroadcastPageHtml {
  const { t, areaName } = env;
  const w = t.broadcast;
  const page = renderTarget(target, w.textWords);
  const { broadcast, area, latest, rendered } = page;
  const paths = broadcastPaths(broadcast.id, area.slug);
  const label = areaName(area);
  const withFigures = usesFigures(broadcast.body ?? '');
  const owner = page.figuresArea;
  const { below } = look;
  const status = campaignStatusHtml(env.campaign, env.now, { words: t.campaign.broadcastUse(env.campaign, broadcast.data.purpose), label: t.campaign.broadcastUseLabel, live: true });
  const panel =
    withFigures && latest && look.figure
      ? figureBlockHtml(latest, look.figure, { label: owner ? areaName(owner) : label, page: paths.page }, { locale: viLocale, campaign: env.campaign, site: env.site, vi: t })
      : undefined;
  const main = html`<nav class="breadcrumbs no-print"${attr('aria-label', t.guide.breadcrumbs)}><ol>\
<li><a${attr('href', url())}>${t.guide.home}</a></li><li><a${attr('href', url('kich-ban/'))}>${t.nav.broadcasts}</a></li></ol></nav>\
<h1>${broadcast.data.title}</h1>${status}\
<ul class="broadcast-print-meta">${broadcastMeta(page, areaName, w.metaWords).map((line) => html`<li>${line}</li>`)}</ul>\
<div class="no-print"><p class="lead">${`${w.area}: `}<strong>${label}</strong>${' · '}<a${attr('href', url(`kich-ban/${broadcast.id}/`))}>${w.otherAreas}</a>\
${below.length > 0 && html`${' · '}<a href="#h-sub-areas">${w.subAreasJump}</a>`}</p>\
<ul class="page-files no-print"${attr('aria-label', w.downloads)}>\
<li><a${attr('href', url(paths.docx))}${attr('download', `${paths.fileName}.docx`)} type="application/vnd.openxmlformats-officedocument.wordprocessingml.document">${w.docx}</a></li>\
<li><a${attr('href', url(paths.txt))}${attr('download', `${paths.fileName}.txt`)} type="text/plain">${w.txt}</a></li></ul>\
<p class="muted">${`${w.print}: ${w.printHint} `}${printButtonHtml(t.campaign.print.button)}</p>\
<dl class="broadcast-facts"><dt>${w.purpose}</dt><dd>${w.purposes[broadcast.data.purpose]}</dd><dt>${w.audience}</dt><dd>${broadcast.data.audience}</dd>\
<dt>${w.readingTime}</dt><dd>${w.readingFacts(rendered.seconds, rendered.words, READING_PACE_WPM, broadcast.data.minutes)}</dd></dl>\
${panel ? html`<h2>${w.figuresUsed}</h2>${owner && html`<p class="broadcast-owner">${w.figuresOf(areaName(owner), label)}</p>`}${panel}` : !withFigures && html`<p class="muted">${w.noFigures}</p>`}\
${rendered.missing.length > 0 && html`<p class="broadcast-omitted">${w.omitted(rendered.missing.map((m) => w.placeholderNames[m]))}</p>`}\
<h2>${w.text}</h2><p class="muted">${w.textNote}</p></div>\
${listenTemplateHtml('bai-doc', t.listen)}\
<section class="broadcast-text"${attr('aria-label', w.text)} id="bai-doc">${rendered.paragraphs.map((p) => html`<p>${p}</p>`)}</section>\
${below.length > 0 && html`<section class="no-print" aria-labelledby="h-sub-areas"><h2 id="h-sub-areas">${w.subAreas(label)}</h2>\
${areaChooserHtml({ areas: below, link: (a) => url(broadcastPaths(broadcast.id, a.slug).page), name: areaName, id: 'duoi', level: 3 }, { ...t.chooser, country: t.area.country })}</section>`}`;
  return {
    path: paths.page,
    // One page per broadcast × area: kept out of the search index (Base's searchable), which would
    // otherwise hold thousands of near-identical pages; the broadcast's area list is indexed.
    title: `${broadcast.data.title} — ${label}`,
    description: `${w.text}: ${broadcast.data.title}, ${label}.`,
    image: shareCardPath.broadcast(broadcast.id),
    showsFigures: withFigures,
    main,
  };
}
