/**
 * The schedule of help in person (data/help-points/): sessions in time order, which areas have a
 * help page and which sessions each lists, what is past and what is coming relative to the build's
 * now, grouped by day. Built once per dataset (a module-level cache), never per page. Pure TypeScript.
 */
import type { Aggregates, Area } from '../data/aggregate.ts';
import type { HelpPointRecord } from '../data/help-points.ts';
import type { Origin } from '../data/validate.ts';
import { slugify } from '../text/slug.ts';
import { asOfDay, asOfTime } from '../text/vn-time.ts';

/** One session, with its instants and a stable id. */
export interface Session extends HelpPointRecord {
  origin: Origin;
  /** Milliseconds since the epoch of `starts` and `ends`. */
  start: number;
  end: number;
  /** The calendar day it starts on, in Vietnam time: "2025-05-17". */
  day: string;
  /** Stable while area, start and place stay the same: the .ics UID. */
  uid: string;
}

export type HelpData = Pick<Aggregates, 'areas' | 'area' | 'ancestors' | 'helpPoints'>;

/** "2025-05-17T07:30+07:00" → "20250517T0730". */
const compact = (asOf: string) => asOf.slice(0, 16).replace(/[-:]/g, '');

export function toSession(r: HelpPointRecord & { origin: Origin }): Session {
  return {
    ...r,
    start: asOfTime(r.starts),
    end: asOfTime(r.ends),
    day: asOfDay(r.starts),
    uid: `${r.area_code}-${compact(r.starts)}-${slugify(r.place)}@gopy`,
  };
}

const byTime = (a: Session, b: Session) => a.start - b.start || a.end - b.end || a.area_code.localeCompare(b.area_code) || a.place.localeCompare(b.place, 'vi');

/**
 * Which sessions an area's page, calendar and broadcasts list. A district or a commune: its own
 * and those of every area under it. The country or a province: only its own, since its areas below
 * may hold thousands; its page leads to theirs instead.
 */
export function listsBelow(area: Pick<Area, 'level'>): boolean {
  return area.level === 'district' || area.level === 'commune';
}

export interface HelpIndex {
  /** Every session, in time order. */
  sessions: Session[];
  /** The sessions the area's page, .ics and broadcasts list (see listsBelow), in time order. */
  listed(code: string): Session[];
  /** Does the area or any area under it have a session? */
  hasSessionsBelow(code: string): boolean;
}

const cache = new WeakMap<object, HelpIndex>();

/** The schedule of a dataset, built once. */
export function helpIndex(data: HelpData): HelpIndex {
  const hit = cache.get(data);
  if (hit) return hit;
  const sessions = data.helpPoints.map(toSession).sort(byTime);
  const own = new Map<string, Session[]>();
  const below = new Map<string, Session[]>();
  for (const s of sessions) {
    (own.get(s.area_code) ?? own.set(s.area_code, []).get(s.area_code)!).push(s);
    for (const a of data.ancestors(s.area_code)) (below.get(a.code) ?? below.set(a.code, []).get(a.code)!).push(s);
  }
  const index: HelpIndex = {
    sessions,
    listed: (code) => {
      const area = data.area(code);
      return (area && listsBelow(area) ? below.get(code) : own.get(code)) ?? [];
    },
    hasSessionsBelow: (code) => below.has(code),
  };
  cache.set(data, index);
  return index;
}

/** Past (ended by `now`) and coming (not yet ended: a session under way is still coming). */
export function splitByTime(sessions: readonly Session[], now: number): { coming: Session[]; past: Session[] } {
  const coming: Session[] = [];
  const past: Session[] = [];
  for (const s of sessions) (s.end <= now ? past : coming).push(s);
  return { coming, past };
}

/** Sessions grouped by the day they start, days in order, sessions in time order within a day. */
export function groupByDay(sessions: readonly Session[]): { day: string; sessions: Session[] }[] {
  const days = new Map<string, Session[]>();
  for (const s of [...sessions].sort(byTime)) (days.get(s.day) ?? days.set(s.day, []).get(s.day)!).push(s);
  return [...days].map(([day, list]) => ({ day, sessions: list }));
}

/** The next `n` sessions not yet ended at `now`, soonest first. */
export function nextSessions(sessions: readonly Session[], now: number, n = 3): Session[] {
  return splitByTime([...sessions].sort(byTime), now).coming.slice(0, n);
}
