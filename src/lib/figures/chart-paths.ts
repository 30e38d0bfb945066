/** Where an area's figures and a chart's files live (site paths: no base, no leading slash). */
import { escapeXml } from '../text/escape.ts';

/** The figures page of an area: "so-lieu/tinh-hai-duong-30/". */
export function areaFiguresPath(areaSlug: string): string {
  return `so-lieu/${areaSlug}/`;
}

/**
 * Does a chart get its image (the PNG, the og:image of its page)? Not a commune's: drawing one
 * costs about 20 ms of CPU, and the national site has 10,000 communes (over three minutes, against
 * a 90-second build: README, Performance). A commune's chart has its table as the no-JavaScript
 * fallback and shares with the site's image; the levels above keep theirs.
 */
export function chartHasImage(area: { level?: string }): boolean {
  return area.level !== 'commune';
}

/** A chart's page, anchor, CSV, JSON, embed page and PNG name (no image: see chartHasImage). */
export function chartPaths(spec: { id: string; key: string; area: { slug: string; level?: string } }) {
  const dir = `so-lieu/${spec.area.slug}`;
  const image = chartHasImage(spec.area) ? `${dir}/${spec.key}.png` : undefined;
  return {
    page: `${dir}/`,
    /** Unique on any page: the overview shows several areas' charts. */
    anchor: `bieu-do-${spec.id}`,
    csv: `${dir}/${spec.key}.csv`,
    json: `${dir}/${spec.key}.json`,
    embed: `so-lieu/nhung/${spec.id}/`,
    /** The chart's image (1200×630), also the og:image of the area's page when it is the first. */
    image,
    /** The name a saved image gets: unique over the site. */
    png: `${spec.id}.png`,
  };
}

/** An address as printed on an image: "gopy.example.vn/so-lieu/toan-quoc/", no scheme. */
export function shownAddress(absolute: string): string {
  return absolute.replace(/^[a-z]+:\/\//i, '');
}

/** The site path of the embed snippet's listener script (src/client/embed-listener.js). */
export const EMBED_LISTENER = 'so-lieu/nhung/khung.js';

/**
 * The height an embed frame starts at, before (or without) the listener script: what the embed
 * page takes at 360 px wide with its chart drawn, with some room to spare (measured in Chromium,
 * tests/e2e/embed.test.ts): the title, the tabs, the chart, the legend and the source line (with
 * its address and the typeset units since the polish pass: about 20 px more).
 */
export function embedHeight(spec: { kind: 'line' | 'bar'; title: string; rows: unknown[]; inexact: boolean; partial?: boolean; illustrative?: string }): number {
  // At 360 px a line of the title holds about 26 characters of bold 19 px type.
  const titleLines = Math.ceil(spec.title.length / 26);
  const chart = spec.kind === 'bar' ? Math.max(200, spec.rows.length * 44 + 70) : 300;
  return 420 + titleLines * 30 + chart + (spec.inexact ? 90 : 0) + (spec.partial ? 60 : 0) + (spec.illustrative ? 60 : 0);
}

/**
 * The copy-ready snippet of an embed page (absolute URLs): the <iframe> at its fallback height,
 * then our listener script, which sets the frame to the page's real height as it changes.
 */
export function embedSnippet(o: { embedUrl: string; listenerUrl: string; title: string; height: number }): string {
  return (
    `<iframe src="${escapeXml(o.embedUrl)}" title="${escapeXml(o.title)}" width="100%" height="${o.height}" style="border:0;width:100%;max-width:100%" loading="lazy" data-gopy-embed></iframe>\n` +
    `<script src="${escapeXml(o.listenerUrl)}" async></script>`
  );
}
