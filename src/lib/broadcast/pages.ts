/**
 * Which script pages exist and what each says: one entry per script × area with figures. The
 * routes (page, print, .txt, .docx) all take their text from here, so they cannot disagree.
 * Pure TypeScript: the routes pass in the collection entries and the site's aggregates.
 */
import type { Aggregates, Area, Latest } from '../data/aggregate.ts';
import { formatAsOf } from '../text/format.ts';
import { broadcastAreaFrom, spokenAreaName } from './area.ts';
import {
  extractBroadcastText,
  formatDuration,
  READING_PACE_WPM,
  renderBroadcast,
  type PlaceholderName,
  type RenderedBroadcast,
} from './render.ts';

export const BROADCAST_PURPOSES = ['announcement', 'progress', 'reminder'] as const;
export type BroadcastPurpose = (typeof BROADCAST_PURPOSES)[number];

/** The part of a `scripts` collection entry the pages need. */
export interface BroadcastEntry {
  id: string;
  body?: string;
  data: { title: string; purpose: BroadcastPurpose; minutes: number; audience: string };
}

/** One script for one area: references only (props of a route stay small at national scale). */
export type BroadcastTarget = {
  broadcast: BroadcastEntry;
  area: Area;
  /** Latest "people" figure of the area on VNeID, shown beside the text. */
  latest?: Latest;
};

/** A type alias, not an interface, so it can be a route's props (Astro wants an index signature). */
export type BroadcastPage = BroadcastTarget & { rendered: RenderedBroadcast };

/** Does the script insert any figure (beyond the area's name)? */
export function usesFigures(body: string): boolean {
  return /\{\{\s*(?!area_name\s*\}\})[a-z_]+\s*\}\}/.test(body);
}

/** Every script × every area with figures. Rendering waits for the page: see renderTarget(). */
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

/** The read-aloud text of one script for one area; errors name the script file. */
export function renderTarget(target: BroadcastTarget): BroadcastPage {
  const { broadcast, area, latest } = target;
  let paragraphs = paragraphsOf.get(broadcast);
  if (!paragraphs) {
    paragraphs = extractBroadcastText(broadcast.body ?? '');
    paragraphsOf.set(broadcast, paragraphs);
  }
  try {
    return { ...target, rendered: renderBroadcast(paragraphs, broadcastAreaFrom(area, latest)) };
  } catch (e) {
    throw new Error(`content/broadcasts/${broadcast.id}.mdx: ${(e as Error).message}`);
  }
}

/** Every script for every area with figures, rendered (tests and small sites). */
export function broadcastPages(broadcasts: BroadcastEntry[], data: Pick<Aggregates, 'areasWithFigures' | 'latest'>): BroadcastPage[] {
  return broadcastTargets(broadcasts, data).map(renderTarget);
}

export interface AreaGroup {
  /** The province (or the country) the group is about. */
  head: Area;
  /** Areas of the group that have figures, listed on the script's area picker. */
  areas: Area[];
}

type PickerData = Pick<Aggregates, 'areasWithFigures' | 'ancestors'>;

/**
 * The area picker of a script, grouped by province (the country first). Communes are listed on
 * their district's script page instead, so the picker stays small on a national dataset; a
 * commune whose district has no figures is listed here, so every area stays reachable.
 */
export function areaPicker(data: PickerData): AreaGroup[] {
  const withFigures = new Set(data.areasWithFigures.map((a) => a.code));
  const groups = new Map<string, AreaGroup>();
  for (const a of data.areasWithFigures) {
    if (a.level === 'commune' && a.parent_code !== undefined && withFigures.has(a.parent_code)) continue;
    const head = a.level === 'country' ? a : (data.ancestors(a.code).find((x) => x.level === 'province') ?? a);
    const g = groups.get(head.code) ?? { head, areas: [] };
    g.areas.push(a);
    groups.set(head.code, g);
  }
  return [...groups.values()];
}

const codesWithFigures = new WeakMap<object, Set<string>>();

/** Areas directly under `code` that have figures: listed on that area's script page. */
export function subAreas(data: Pick<Aggregates, 'areasWithFigures' | 'children'>, code: string): Area[] {
  // Once per build, not once per page: there are thousands of script pages.
  let withFigures = codesWithFigures.get(data);
  if (!withFigures) {
    withFigures = new Set(data.areasWithFigures.map((a) => a.code));
    codesWithFigures.set(data, withFigures);
  }
  return data.children(code).filter((a) => withFigures.has(a.code));
}

/** Site paths of one script page and its print view and downloads (no base, no leading slash). */
export function broadcastPaths(scriptId: string, areaSlug: string) {
  const dir = `kich-ban/${scriptId}/${areaSlug}`;
  return {
    page: `${dir}/`,
    print: `${dir}/in/`,
    txt: `${dir}.txt`,
    docx: `${dir}.docx`,
    /** File name offered when downloading. */
    fileName: `${scriptId}-${areaSlug}`,
  };
}

/** The lines above the text in the .docx (and the print view): not meant to be read aloud. */
export function broadcastMeta(page: BroadcastPage): string[] {
  const lines = [`Địa bàn: ${capitalize(spokenAreaName(page.area))}`];
  const f = page.latest?.figure;
  if (f && usesFigures(page.broadcast.body ?? '')) {
    lines.push(`Số liệu tính đến ${formatAsOf(f.as_of)}. Nguồn: ${f.source}${f.source_url ? ` (${f.source_url})` : ''}`);
  }
  lines.push(
    `Thời lượng đọc ước tính: ${formatDuration(page.rendered.seconds)} (${page.rendered.words} tiếng, nhịp ${READING_PACE_WPM} tiếng mỗi phút)`,
  );
  return lines;
}

export function capitalize(s: string): string {
  return s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s;
}

export type { PlaceholderName };
