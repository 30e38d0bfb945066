/**
 * From the site's aggregates to what a loudspeaker broadcast needs about one area: the nearest
 * figures up the area's tree (its own, else its parent's, else its grandparent's…) and a
 * BroadcastArea for renderBroadcast(). Pure TypeScript.
 */
import type { Aggregates, Area, Latest } from '../data/aggregate.ts';
import type { Channel, Metric } from '../data/schema.ts';
import type { BroadcastArea } from './render.ts';

/** The figures a broadcast for one area reads, and whose they are. */
export interface NearestFigures {
  /** The area the figures belong to: the area itself or one of its ancestors. */
  owner: Area;
  latest: Latest;
  /** True when `owner` is the area itself. */
  own: boolean;
}

/**
 * The latest figure of the area itself or, when it has none, of the nearest ancestor that has one
 * (parent, grandparent… up to the country); undefined when nobody up the tree has a figure. When
 * the area gets figures of its own, they take over.
 */
export function nearestFigures(
  data: Pick<Aggregates, 'ancestors' | 'latest'>,
  code: string,
  metric: Metric = 'people',
  channel: Channel = 'vneid',
): NearestFigures | undefined {
  const chain = data.ancestors(code);
  for (let i = chain.length - 1; i >= 0; i--) {
    const latest = data.latest(chain[i]!.code, metric, channel);
    if (latest) return { owner: chain[i]!, latest, own: i === chain.length - 1 };
  }
  return undefined;
}

/** How the areas of a broadcast are said aloud. */
export interface BroadcastAreaNames {
  /** The listener's area in a sentence: "thành phố Chí Linh", "cả nước". */
  spoken: string;
  /** The figures' area in a sentence when they are an ancestor's: "tỉnh Hải Dương". */
  figuresSpoken?: string;
  /** Said before an ancestor's figures: "Thành phố Chí Linh chưa có số liệu riêng…". */
  figuresNote?: string;
  /** Sentences about where help is (next sessions, or where help is always available). */
  help?: string;
}

/**
 * The values a broadcast may insert. Only a rank the source itself published feeds
 * {{rank_reported}} (the text says "theo nguồn tin này"); a rank we computed is not the source's word.
 */
export function broadcastAreaFrom(area: Area, people: Latest | undefined, names: BroadcastAreaNames): BroadcastArea {
  const f = people?.figure;
  const rank = people?.rank;
  return {
    code: area.code,
    spoken_name: names.spoken,
    figures_spoken_name: f ? (names.figuresSpoken ?? names.spoken) : undefined,
    figures_note: f ? names.figuresNote : undefined,
    help: names.help,
    people: f && {
      value: f.value,
      qualifier: f.qualifier,
      as_of: f.as_of,
      source: f.source,
      source_url: f.source_url,
    },
    eligible: f?.eligible,
    rate: people?.rate,
    rank_reported: rank?.kind === 'reported' ? rank.position : undefined,
    rank_scope: rank?.kind === 'reported' ? rank.scope : undefined,
  };
}
