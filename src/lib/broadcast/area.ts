/**
 * From the site's aggregates to what a loudspeaker script needs about one area. Pure TypeScript:
 * takes the lead's Area and Latest shapes, returns a BroadcastArea for renderBroadcast().
 */
import type { Area, Latest } from '../data/aggregate.ts';
import type { BroadcastArea } from './render.ts';

/** "cả nước" for the country, else the type word and name: "tỉnh Hải Dương", "xã Tân Hưng". */
export function spokenAreaName(area: Pick<Area, 'level' | 'type' | 'name'>): string {
  return area.level === 'country' ? 'cả nước' : `${area.type} ${area.name}`;
}

/**
 * The figures a script may insert. Only a rank the source itself published feeds {{rank_reported}}
 * (the script says "theo nguồn tin này"); a rank we computed is not the source's word.
 */
export function broadcastAreaFrom(area: Area, people: Latest | undefined): BroadcastArea {
  const f = people?.figure;
  const rank = people?.rank;
  return {
    code: area.code,
    spoken_name: spokenAreaName(area),
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
