/**
 * Which broadcast pages exist and what each says: one entry per broadcast × area of areas.csv, each
 * read with its nearest figures up the tree. The page and its .txt and .docx (src/files/broadcasts.ts)
 * all take their text from here, so they cannot disagree.
 * Pure TypeScript: the routes pass in the collection entries, the aggregates and the locale's words.
 */
import type { Aggregates, Area, Latest } from '../data/aggregate.ts';
import { spokenAreaName } from '../data/areas.ts';
import { broadcastAreaFrom, nearestFigures } from './area.ts';
import { extractBroadcastText, READING_PACE_WPM, renderBroadcast, type BroadcastWords, type RenderedBroadcast } from './render.ts';

export const BROADCAST_PURPOSES = ['announcement', 'progress', 'reminder'] as const;
export type BroadcastPurpose = (typeof BROADCAST_PURPOSES)[number];

/** The part of a `broadcasts` collection entry the pages need. */
export interface BroadcastEntry {
  id: string;
  body?: string;
  data: { title: string; purpose: BroadcastPurpose; minutes: number; audience: string };
}

/** One broadcast for one area: references only (props of a route stay small at national scale). */
export type BroadcastTarget = {
  broadcast: BroadcastEntry;
  area: Area;
  /** Latest "people" figure on VNeID the text reads: the area's own or its nearest ancestor's. */
  latest?: Latest;
  /** Whose figure `latest` is, when it is not the area's own (an ancestor's). */
  figuresArea?: Area;
  /** Where help is, in sentences ({{help}}): the area's next sessions, or where help is always available. */
  help?: string;
};

/** A type alias, not an interface, so it can be a route's props (Astro wants an index signature). */
export type BroadcastPage = BroadcastTarget & { rendered: RenderedBroadcast };

/** The words rendering takes from the locale: qualifier and scope words, the country said aloud. */
export interface BroadcastTextWords extends BroadcastWords {
  /** "cả nước": the country in a sentence. */
  countrySpoken: string;
  /** A higher level's figure said as that whole area's: "tỉnh Hải Dương" → "toàn tỉnh Hải Dương". */
  wholeArea(spoken: string): string;
  /** Read before a higher level's figures: "Thành phố Chí Linh chưa có số liệu riêng. Sau đây là…". */
  borrowedFigures(area: string, wholeOwner: string): string;
}

/** Does the broadcast insert any figure (beyond the area's name)? */
export function usesFigures(body: string): boolean {
  return /\{\{\s*(?!area_name\s*\}\})[a-z_]+\s*\}\}/.test(body);
}

/**
 * Every broadcast × every area of areas.csv, each with its nearest figures up the tree (its own, or
 * the nearest ancestor's, or none). Rendering waits for the page: see renderTarget().
 */
export function broadcastTargets(
  broadcasts: BroadcastEntry[],
  data: Pick<Aggregates, 'areas' | 'ancestors' | 'latest'>,
  helpOf: (area: Area) => string | undefined = () => undefined,
): BroadcastTarget[] {
  const perArea = data.areas.map((area) => {
    const near = nearestFigures(data, area.code);
    return { area, latest: near?.latest, figuresArea: near && !near.own ? near.owner : undefined, help: helpOf(area) };
  });
  const out: BroadcastTarget[] = [];
  // By id, whatever order the collection lists them in: the first target is a page family's
  // specimen, which Astro and the build's workers must name alike (src/lib/site/page-frame.ts).
  const byId = [...broadcasts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const broadcast of byId) for (const a of perArea) out.push({ broadcast, ...a });
  return out;
}

const paragraphsOf = new WeakMap<BroadcastEntry, string[]>();

/** The read-aloud text of one broadcast for one area; errors name the broadcast's file. */
export function renderTarget(target: BroadcastTarget, words: BroadcastTextWords): BroadcastPage {
  const { broadcast, area, latest } = target;
  let paragraphs = paragraphsOf.get(broadcast);
  if (!paragraphs) {
    paragraphs = extractBroadcastText(broadcast.body ?? '');
    paragraphsOf.set(broadcast, paragraphs);
  }
  const spoken = spokenAreaName(area, words.countrySpoken);
  const owner = target.figuresArea;
  const figuresSpoken = owner && spokenAreaName(owner, words.countrySpoken);
  const figuresNote =
    figuresSpoken && words.borrowedFigures(spoken, owner.level === 'country' ? figuresSpoken : words.wholeArea(figuresSpoken));
  try {
    const values = broadcastAreaFrom(area, latest, { spoken, figuresSpoken, figuresNote, help: target.help });
    return { ...target, rendered: renderBroadcast(paragraphs, values, words) };
  } catch (e) {
    throw new Error(`content/broadcasts/${broadcast.id}.mdx: ${(e as Error).message}`);
  }
}

/** Every broadcast for every area, rendered (tests and small sites). */
export function broadcastPages(
  broadcasts: BroadcastEntry[],
  data: Pick<Aggregates, 'areas' | 'ancestors' | 'latest'>,
  words: BroadcastTextWords,
): BroadcastPage[] {
  return broadcastTargets(broadcasts, data).map((t) => renderTarget(t, words));
}

/** Site paths of one broadcast page and its downloads (no base, no leading slash). The page is its own print view. */
export function broadcastPaths(broadcastId: string, areaSlug: string) {
  const dir = `kich-ban/${broadcastId}/${areaSlug}`;
  return {
    page: `${dir}/`,
    txt: `${dir}.txt`,
    docx: `${dir}.docx`,
    /** File name offered when downloading. */
    fileName: `${broadcastId}-${areaSlug}`,
  };
}

/** The lines above the text in the .docx and the print view, from the locale. */
export interface BroadcastMetaWords {
  /** "Địa bàn: Tỉnh Hải Dương". */
  area(label: string): string;
  /** "Số liệu tính đến 16/5/2025. Nguồn: Kiến Thức (https://…)". */
  figures(asOf: string, source: string, sourceUrl?: string): string;
  /** "Số liệu của Tỉnh Hải Dương: Thành phố Chí Linh chưa có số liệu riêng". */
  figuresOf(ownerLabel: string, areaLabel: string): string;
  /** "Thời lượng đọc ước tính: 2 phút (320 tiếng, nhịp 160 tiếng mỗi phút)". */
  reading(seconds: number, words: number, pace: number): string;
}

/** The lines above the text in the .docx and on the printed page: not meant to be read aloud. */
export function broadcastMeta(
  page: BroadcastPage,
  label: (a: Area) => string,
  w: BroadcastMetaWords,
): string[] {
  const lines = [w.area(label(page.area))];
  const f = page.latest?.figure;
  if (f && usesFigures(page.broadcast.body ?? '')) {
    if (page.figuresArea) lines.push(w.figuresOf(label(page.figuresArea), label(page.area)));
    lines.push(w.figures(f.as_of, f.source, f.source_url));
  }
  lines.push(w.reading(page.rendered.seconds, page.rendered.words, READING_PACE_WPM));
  return lines;
}
