/**
 * From the site's aggregates to what a loudspeaker broadcast needs about one area: a BroadcastArea
 * for renderBroadcast(). Pure TypeScript.
 */
import type { Area, Latest } from '../data/aggregate.ts';
import type { BroadcastArea } from './render.ts';

/**
 * The figures a broadcast may insert. Only a rank the source itself published feeds
 * {{rank_reported}} (the text says "theo nguồn tin này"); a rank we computed is not the source's word.
 * `spokenName` is the area's name said in a sentence ("tỉnh Hải Dương", "cả nước").
 */
export function broadcastAreaFrom(area: Area, people: Latest | undefined, spokenName: string): BroadcastArea {
  const f = people?.figure;
  const rank = people?.rank;
  return {
    code: area.code,
    spoken_name: spokenName,
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
