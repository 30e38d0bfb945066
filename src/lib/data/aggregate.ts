/**
 * Everything the site shows is derived here, once per build, from a validated Dataset: series per
 * area, latest figure per area and metric, rate, rank and change since the previous report.
 */
import type { Dataset, DatasetMeta, Origin, WithOrigin } from './validate.ts';
import type { HelpPointRecord } from './help-points.ts';
import type {
  AreaRecord,
  BreakdownRecord,
  Channel,
  CorrectionRecord,
  Metric,
  ParticipationRecord,
  Qualifier,
} from './schema.ts';
import { asOfDay, asOfTime } from '../text/vn-time.ts';
import { areaSlug } from './areas.ts';
import { difference, shareBasis, type ShareBasis } from './arithmetic.ts';
import { interner } from './intern.ts';

export interface Area extends AreaRecord {
  /** URL segment, stable as long as the code is: "tinh-hai-duong-30"; the country is "toan-quoc". */
  slug: string;
}

export interface Figure extends ParticipationRecord {
  /** Stable id: `${area_code}-${metric}-${channel}-${as_of}`. */
  id: string;
  /** Milliseconds since the epoch of as_of (a day counts from 00:00 +07:00). */
  time: number;
  /** The calendar day of as_of in Vietnam time: "2025-05-16". */
  day: string;
}

export interface Rank {
  position: number;
  /** How many areas were ranked (computed ranks only). */
  of?: number;
  /** computed = from our own rates over a complete set; reported = as the source published it. */
  kind: 'computed' | 'reported';
  /** Among what: "country" or the parent area's code. */
  scope: string;
}

export interface Change {
  /** Rounded to the precision of the less precise figure (arithmetic.ts): never false precision. */
  value: number;
  since: Figure;
  /** exact only when both figures are exact. */
  qualifier: Qualifier;
  /** The step `value` was rounded to: 1 when both figures are exact. */
  precision: number;
}

export interface Latest {
  figure: Figure;
  /** value / eligible, computed, never copied from a report. */
  rate?: number;
  rank?: Rank;
  change?: Change;
}

export interface Breakdown extends BreakdownRecord {
  origin: Origin;
  /** value / total of the same area, metric and day, when a total exists. */
  computedShare?: number;
  total?: Figure;
  /** same-source: the total comes from the same source and day, so the share may be drawn. */
  shareBasis?: ShareBasis;
}

export type Correction = WithOrigin<CorrectionRecord>;

export interface Aggregates {
  meta: DatasetMeta;
  areas: Area[];
  /** Areas that have at least one figure, in areas.csv order. */
  areasWithFigures: Area[];
  /** Does the area have at least one figure of its own? */
  hasFigures(code: string): boolean;
  figures: Figure[];
  breakdowns: Breakdown[];
  corrections: Correction[];
  /** Sessions of help in person, as validated (src/lib/help/schedule.ts orders and indexes them). */
  helpPoints: WithOrigin<HelpPointRecord>[];
  area(code: string): Area | undefined;
  areaBySlug(slug: string): Area | undefined;
  children(code: string): Area[];
  /** From the country down to the area itself. */
  ancestors(code: string): Area[];
  series(code: string, metric: Metric, channel?: Channel): Figure[];
  latest(code: string, metric: Metric, channel?: Channel): Latest | undefined;
  rate(figure: Figure): number | undefined;
  rank(figure: Figure): Rank | undefined;
  correctionsFor(figure: Figure): Correction[];
  /** Time of the newest figure in the data: "last updated" for the whole site. */
  updated?: Figure;
}

/** Two qualifiers combined (a ratio or a difference of two figures): exact only if both are. */
export function combineQualifiers(a: Qualifier, b: Qualifier): Qualifier {
  return a === 'exact' && b === 'exact' ? 'exact' : 'approx';
}

const seriesKey = (code: string, metric: Metric, channel: Channel) => `${code}|${metric}|${channel}`;

export function rateOf(f: Pick<Figure, 'value' | 'eligible' | 'metric'>): number | undefined {
  return f.metric === 'people' && f.eligible ? f.value / f.eligible : undefined;
}

/** A copy of a small record (an area, a breakdown, a correction) with its texts interned, nested records too. */
function owned<T>(value: T, intern: (s: string) => string): T {
  if (typeof value === 'string') return intern(value) as T;
  if (Array.isArray(value)) return value.map((v) => owned(v, intern)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = owned(v, intern);
    return out as T;
  }
  return value;
}

/**
 * How a participation row becomes a Figure: one object per row, every one of the same shape, its
 * repeated texts (as_of, source, note…) shared through `intern` rather than copied (the national
 * dataset has 322,920 rows: README, Performance), its time and day worked out once per as_of.
 */
export function figureMaker(intern: (s: string) => string = interner()): (r: ParticipationRecord) => Figure {
  const times = new Map<string, { time: number; day: string }>();
  return (r) => {
    const as_of = intern(r.as_of);
    let at = times.get(as_of);
    if (!at) times.set(as_of, (at = { time: asOfTime(as_of), day: asOfDay(as_of) }));
    return {
      as_of,
      area_code: intern(r.area_code),
      metric: intern(r.metric) as Metric,
      channel: intern(r.channel) as Channel,
      value: r.value,
      eligible: r.eligible,
      qualifier: intern(r.qualifier) as Qualifier,
      source: intern(r.source),
      source_url: r.source_url === undefined ? undefined : intern(r.source_url),
      note: r.note === undefined ? undefined : intern(r.note),
      rank_reported: r.rank_reported,
      rank_scope: r.rank_scope === undefined ? undefined : intern(r.rank_scope),
      // Joined, not a template: a template's pieces stay linked to one another (and to the raw row)
      // until the text is used as a key; nationally 1.3 million such links, 40 MB in every process.
      id: [r.area_code, r.metric, r.channel, as_of].join('-'),
      time: at.time,
      day: at.day,
    };
  };
}

/**
 * The aggregates of a dataset. `made`: its figures already made from its participation rows, one
 * by one as they were read, with `intern` (readAggregates(), handoff.ts); `ds.participation` is
 * then not read.
 */
export function aggregate(ds: Dataset, made?: { figures: Figure[]; intern: (s: string) => string }): Aggregates {
  const intern = made?.intern ?? interner();
  const areas: Area[] = ds.areas.map(({ origin: _o, ...a }) => ({ ...owned(a, intern), slug: areaSlug(a) }));
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const bySlug = new Map(areas.map((a) => [a.slug, a]));
  const kids = new Map<string, Area[]>();
  for (const a of areas) {
    if (a.parent_code === undefined) continue;
    const list = kids.get(a.parent_code) ?? [];
    list.push(a);
    kids.set(a.parent_code, list);
  }

  const figures: Figure[] = made?.figures ?? ds.participation.map(figureMaker(intern));
  // By time, then code (plain comparison: codes are ASCII, and localeCompare costs seconds here).
  figures.sort((a, b) => a.time - b.time || (a.area_code < b.area_code ? -1 : a.area_code > b.area_code ? 1 : 0));

  const series = new Map<string, Figure[]>();
  for (const f of figures) {
    const k = seriesKey(f.area_code, f.metric, f.channel);
    const list = series.get(k) ?? [];
    list.push(f);
    series.set(k, list);
  }

  // Ranks: group the last figure of each area per day by (day, parent, level, metric, channel).
  // A group is ranked only when every sibling area has a rate that day: never "1st of 1".
  const computedRanks = new Map<string, Rank>();
  // One object per distinct rank ("2nd of 6 in district X" holds on many days): frozen, shared.
  const sharedRanks = new Map<string, Rank>();
  const groups = new Map<string, Map<string, Figure>>();
  for (const f of figures) {
    const a = byCode.get(f.area_code);
    if (!a || a.parent_code === undefined || rateOf(f) === undefined) continue;
    const k = `${f.day}|${a.parent_code}|${a.level}|${f.metric}|${f.channel}`;
    const g = groups.get(k) ?? new Map<string, Figure>();
    g.set(f.area_code, f); // figures are time-sorted: the day's last one wins
    groups.set(k, g);
  }
  for (const [k, g] of groups) {
    const [, parent, level] = k.split('|');
    const siblings = (kids.get(parent!) ?? []).filter((a) => a.level === level);
    if (siblings.length < 2 || g.size < siblings.length) continue;
    const ranked = [...g.values()].sort((a, b) => rateOf(b)! - rateOf(a)!);
    ranked.forEach((f, i) => {
      // Equal rates share a rank (1, 2, 2, 4).
      const position = i > 0 && rateOf(ranked[i - 1]!) === rateOf(f) ? computedRanks.get(ranked[i - 1]!.id)!.position : i + 1;
      const scope = byCode.get(parent!)?.level === 'country' ? 'country' : parent!;
      const key = `${position}|${ranked.length}|${scope}`;
      let r = sharedRanks.get(key);
      if (!r) sharedRanks.set(key, (r = Object.freeze({ position, of: ranked.length, kind: 'computed', scope } as const)));
      computedRanks.set(f.id, r);
    });
  }

  const rank = (f: Figure): Rank | undefined =>
    computedRanks.get(f.id) ??
    (f.rank_reported !== undefined
      ? { position: f.rank_reported, kind: 'reported', scope: f.rank_scope ?? 'country' }
      : undefined);

  const latestCache = new Map<string, Latest | undefined>();
  const latest = (code: string, metric: Metric, channel: Channel = 'vneid') => {
    const k = seriesKey(code, metric, channel);
    if (latestCache.has(k)) return latestCache.get(k);
    const s = series.get(k);
    let out: Latest | undefined;
    if (s && s.length) {
      const figure = s[s.length - 1]!;
      const prev = s.length > 1 ? s[s.length - 2]! : undefined;
      out = {
        figure,
        rate: rateOf(figure),
        rank: rank(figure),
        change: prev ? { ...difference(figure, prev), since: prev } : undefined,
      };
    }
    latestCache.set(k, out);
    return out;
  };

  const breakdowns: Breakdown[] = owned(ds.breakdowns, intern).map((b) => {
    const total = (series.get(seriesKey(b.area_code, b.metric, 'vneid')) ?? []).find((f) => f.day === asOfDay(b.as_of));
    return {
      ...b,
      total,
      computedShare: total ? b.value / total.value : undefined,
      shareBasis: total ? shareBasis({ source: b.source, day: asOfDay(b.as_of) }, total) : undefined,
    };
  });

  const corrections = owned(ds.corrections, intern).sort((a, b) => asOfTime(b.date) - asOfTime(a.date));
  const withFigures = new Set(figures.map((f) => f.area_code));

  return {
    meta: owned(ds.meta, intern),
    areas,
    areasWithFigures: areas.filter((a) => withFigures.has(a.code)),
    hasFigures: (code) => withFigures.has(code),
    figures,
    breakdowns,
    corrections,
    helpPoints: ds.helpPoints ?? [],
    area: (code) => byCode.get(code),
    areaBySlug: (slug) => bySlug.get(slug),
    children: (code) => kids.get(code) ?? [],
    ancestors: (code) => {
      // The gate refuses parent cycles (rules/tree.ts); the walk stops at a repeat all the same, so
      // no dataset can make it run without end.
      const chain: Area[] = [];
      const seen = new Set<string>();
      for (let a = byCode.get(code); a && !seen.has(a.code); a = a.parent_code ? byCode.get(a.parent_code) : undefined) {
        seen.add(a.code);
        chain.push(a);
      }
      return chain.reverse();
    },
    series: (code, metric, channel = 'vneid') => series.get(seriesKey(code, metric, channel)) ?? [],
    latest,
    rate: rateOf,
    rank,
    correctionsFor: (f) =>
      corrections.filter(
        (c) =>
          c.area_code === f.area_code &&
          (c.as_of === undefined || c.as_of === f.as_of) &&
          (c.metric === undefined || c.metric === f.metric),
      ),
    updated: figures.reduce<Figure | undefined>((m, f) => (!m || f.time >= m.time ? f : m), undefined),
  };
}
