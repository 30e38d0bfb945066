/**
 * Which broadcast pages exist and what each says: one entry per broadcast × area with figures. The
 * routes (page, print, .txt, .docx) all take their text from here, so they cannot disagree.
 * Pure TypeScript: the routes pass in the collection entries, the aggregates and the locale's words.
 */
import type { Aggregates, Area, Latest } from '../data/aggregate.ts';
import { spokenAreaName } from '../data/areas.ts';
import { broadcastAreaFrom } from './area.ts';
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
  /** Latest "people" figure of the area on VNeID, shown beside the text. */
  latest?: Latest;
};

/** A type alias, not an interface, so it can be a route's props (Astro wants an index signature). */
export type BroadcastPage = BroadcastTarget & { rendered: RenderedBroadcast };

/** The words rendering takes from the locale: qualifier and scope words, the country said aloud. */
export interface BroadcastTextWords extends BroadcastWords {
  /** "cả nước": the country in a sentence. */
  countrySpoken: string;
}

/** Does the broadcast insert any figure (beyond the area's name)? */
export function usesFigures(body: string): boolean {
  return /\{\{\s*(?!area_name\s*\}\})[a-z_]+\s*\}\}/.test(body);
}

/** Every broadcast × every area with figures. Rendering waits for the page: see renderTarget(). */
export function broadcastTargets(
  broadcasts: BroadcastEntry[],
  data: Pick<Aggregates, 'areasWithFigures' | 'latest'>,
): BroadcastTarget[] {
  const out: BroadcastTarget[] = [];
  for (const broadcast of broadcasts) {
    for (const area of data.areasWithFigures) {
      out.push({ broadcast, area, latest: data.latest(area.code, 'people', 'vneid') });
    }
  }
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
  try {
    return { ...target, rendered: renderBroadcast(paragraphs, broadcastAreaFrom(area, latest, spoken), words) };
  } catch (e) {
    throw new Error(`content/broadcasts/${broadcast.id}.mdx: ${(e as Error).message}`);
  }
}

/** Every broadcast for every area with figures, rendered (tests and small sites). */
export function broadcastPages(
  broadcasts: BroadcastEntry[],
  data: Pick<Aggregates, 'areasWithFigures' | 'latest'>,
  words: BroadcastTextWords,
): BroadcastPage[] {
  return broadcastTargets(broadcasts, data).map((t) => renderTarget(t, words));
}

export interface AreaGroup {
  /** The province (or the country) the group is about. */
  head: Area;
  /** Areas of the group that have figures, listed on the broadcast's area picker. */
  areas: Area[];
}

/**
 * The area picker of a broadcast, grouped by province (the country first). Communes are listed on
 * their district's broadcast page instead, so the picker stays small on a national dataset; a
 * commune whose district has no figures is listed here, so every area stays reachable.
 */
export function areaPicker(data: Pick<Aggregates, 'areasWithFigures' | 'ancestors' | 'hasFigures'>): AreaGroup[] {
  const groups = new Map<string, AreaGroup>();
  for (const a of data.areasWithFigures) {
    if (a.level === 'commune' && a.parent_code !== undefined && data.hasFigures(a.parent_code)) continue;
    const head = a.level === 'country' ? a : (data.ancestors(a.code).find((x) => x.level === 'province') ?? a);
    const g = groups.get(head.code) ?? { head, areas: [] };
    g.areas.push(a);
    groups.set(head.code, g);
  }
  return [...groups.values()];
}

/** Areas directly under `code` that have figures: listed on that area's broadcast page. */
export function subAreas(data: Pick<Aggregates, 'hasFigures' | 'children'>, code: string): Area[] {
  return data.children(code).filter((a) => data.hasFigures(a.code));
}

/** Site paths of one broadcast page and its print view and downloads (no base, no leading slash). */
export function broadcastPaths(broadcastId: string, areaSlug: string) {
  const dir = `kich-ban/${broadcastId}/${areaSlug}`;
  return {
    page: `${dir}/`,
    print: `${dir}/in/`,
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
  /** "Thời lượng đọc ước tính: 2 phút (320 tiếng, nhịp 160 tiếng mỗi phút)". */
  reading(seconds: number, words: number, pace: number): string;
}

/** The lines above the text in the .docx (and the print view): not meant to be read aloud. */
export function broadcastMeta(page: BroadcastPage, areaLabel: string, w: BroadcastMetaWords): string[] {
  const lines = [w.area(areaLabel)];
  const f = page.latest?.figure;
  if (f && usesFigures(page.broadcast.body ?? '')) lines.push(w.figures(f.as_of, f.source, f.source_url));
  lines.push(w.reading(page.rendered.seconds, page.rendered.words, READING_PACE_WPM));
  return lines;
}
