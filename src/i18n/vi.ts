/**
 * Vietnamese: every sentence a reader sees or downloads. One typed dictionary, split by part of the
 * site so each part owns a file; a missing key is a type error (`astro check`). src/lib never
 * imports it: pages and components pass what a function needs (`t.…`, `fmt`) as arguments.
 */
import type { Shape } from './shape.ts';
import { common } from './vi/common.ts';
export { areaName, spokenArea } from './vi/common.ts';
import { notFound } from './vi/not-found.ts';
import { guides } from './vi/guides.ts';
import { broadcast } from './vi/broadcast.ts';
import { search } from './vi/search.ts';
import { figures } from './vi/figures.ts';
import { downloads } from './vi/downloads.ts';
import { chooser } from './vi/chooser.ts';
import { help } from './vi/help.ts';
import { campaignStrings } from './vi/campaign.ts';
import { offline } from './vi/offline.ts';
import { listen } from './vi/listen.ts';
import { video } from './vi/video.ts';
export { fmt } from './vi/format.ts';

export const vi = { ...common, ...notFound, ...guides, ...broadcast, ...figures, ...downloads, ...search, ...chooser, ...help, ...campaignStrings, ...offline, ...listen, ...video } as const;
/** The dictionary's shape: keys and argument types, words widened (another locale is typed against it). */
export type Dictionary = Shape<typeof vi>;
export const t: typeof vi = vi;
