/**
 * Which help pages exist (/ho-tro/<area>/ and its .ics) and what each shows, and what an area's
 * broadcasts say about help. An area has a help page when it or an area under it has a session,
 * or a source says where help is always available there. Pure TypeScript.
 */
import type { Area } from '../data/aggregate.ts';
import type { WordsOptions } from '../text/read-aloud.ts';
import { generalHelp, type HelpFact } from './general.ts';
import { groupByDay, helpIndex, listsBelow, nextSessions, splitByTime, type HelpData, type Session } from './schedule.ts';
import { spokenSessions, type HelpSpokenWords } from './spoken.ts';

export type HelpPageData = HelpData & { children(code: string): Area[] };

/** Site paths of an area's help page and calendar (no base, no leading slash). */
export function helpPaths(areaSlug: string) {
  return { page: `ho-tro/${areaSlug}/`, ics: `ho-tro/${areaSlug}.ics`, fileName: `lich-ho-tro-${areaSlug}.ics` };
}

/** Does the area get a help page? */
export function hasHelpPage(data: HelpData, facts: readonly HelpFact[], code: string): boolean {
  return helpIndex(data).hasSessionsBelow(code) || generalHelp(facts, data, code) !== undefined;
}

/** The areas with a help page, in areas.csv order. */
export function helpPageAreas(data: HelpData, facts: readonly HelpFact[]): Area[] {
  return data.areas.filter((a) => hasHelpPage(data, facts, a.code));
}

export interface HelpPage<F extends HelpFact = HelpFact> {
  area: Area;
  /** Where help is always available here, as a source says. */
  general?: F;
  /** Every session the page lists (see listsBelow): the .ics holds these. */
  listed: Session[];
  coming: { day: string; sessions: Session[] }[];
  past: { day: string; sessions: Session[] }[];
  /** The country or a province: only its own sessions are listed; its areas below have pages. */
  ownOnly: boolean;
  /** Areas directly under this one that have a help page. */
  below: Area[];
}

/** What an area's help page shows at `now` (the build's now). */
export function helpPage<F extends HelpFact>(data: HelpPageData, facts: readonly F[], area: Area, now: number): HelpPage<F> {
  const listed = helpIndex(data).listed(area.code);
  const { coming, past } = splitByTime(listed, now);
  return {
    area,
    general: generalHelp(facts, data, area.code),
    listed,
    coming: groupByDay(coming),
    // The most recent past day first: the one a reader who missed it looks for.
    past: groupByDay(past).reverse(),
    ownOnly: !listsBelow(area),
    below: data.children(area.code).filter((a) => hasHelpPage(data, facts, a.code)),
  };
}

/**
 * What an area's broadcasts say about help ({{help}}): the next sessions it lists (at most
 * `count`), or, when none is coming, where help is always available there; undefined when neither
 * is known.
 */
export function broadcastHelp(
  data: HelpData,
  facts: readonly HelpFact[],
  area: Area,
  now: number,
  say: { words: HelpSpokenWords; spokenArea(code: string): string; options?: WordsOptions },
  count = 3,
): string | undefined {
  const next = nextSessions(helpIndex(data).listed(area.code), now, count);
  return spokenSessions(next, area.code, say.spokenArea, say.words, say.options) ?? generalHelp(facts, data, area.code)?.text;
}
