/**
 * What each chart of the figures pages shows, computed from the aggregates: its rows (the table
 * and the chart read the same rows, so they cannot disagree) and caption facts (what is counted,
 * as-of, sources). Pure TypeScript: no Astro, no DOM; the words come from the locale (ChartWords).
 */
import { combineQualifiers, type Aggregates, type Area, type Breakdown, type Figure, type Rank } from '../data/aggregate.ts';
import { percentDigits, type ShareBasis } from '../data/arithmetic.ts';
import type { Channel, Dimension, Metric, Qualifier } from '../data/schema.ts';
import type { Format } from '../text/format.ts';
import { slugify } from '../text/slug.ts';
import { rankText } from './chart-cells.ts';

export interface ChartRow {
  /** Machine key of the row: the as_of of a series point, the category of a breakdown. */
  key: string;
  /** What the table's first column shows: "ngày 16/5/2025", "Từ 18 đến 34 tuổi". */
  label: string;
  /** Short label for the chart's axis and the PNG: "16/5", "Từ 18 đến 34 tuổi". */
  short: string;
  /** Milliseconds since the epoch (series only): points sit at their true time. */
  time?: number;
  value: number;
  qualifier: Qualifier;
  /** "khoảng 240.500": the qualifier always travels with the number. */
  display: string;
  eligible?: number;
  /** value / eligible (series of people only). */
  rate?: number;
  /** Breakdown only: value / the total of the same day, and the total it was divided by. */
  computedShare?: number;
  /** The qualifier of the computed share: exact only when both counts are exact. */
  shareQualifier?: Qualifier;
  /** Decimals the computed share may show, from the counts' significant digits. */
  shareDigits?: number;
  /**
   * same-source: count and total from one source and day, so the computed share is the one drawn;
   * other-source: it is only shown in the table, explained, and the chart uses the printed share.
   */
  shareBasis?: ShareBasis;
  /** Breakdown only: the percentage the source printed. */
  printedShare?: number;
  source: string;
  source_url?: string;
  note?: string;
  /** Series only: the figure's id (the row's anchor, linked from the feed). */
  figureId?: string;
  /** Series only: computed over a complete set, or as the source published it. */
  rank?: Rank;
  /** "thứ 2 cả nước (theo nguồn)": a reported rank always says so. */
  rankText?: string;
  /** Series only: a correction in the log touches this figure. */
  corrected?: boolean;
}

export interface ChartSource {
  name: string;
  url?: string;
}

export interface ChartSpec {
  /** Unique over the site, used for the embed page: "tinh-hai-duong-30-nguoi-tham-gia". */
  id: string;
  /** Unique within the area, the base name of the chart's CSV and JSON: "nguoi-tham-gia". */
  key: string;
  area: Area;
  /** "Tỉnh Hải Dương", "Cả nước". */
  areaLabel: string;
  kind: 'line' | 'bar';
  metric: Metric;
  channel: Channel;
  dimension?: Dimension;
  /** The day of a breakdown. */
  day?: string;
  title: string;
  /** What one unit is: "người", "ý kiến" or "lượt góp ý", its words held together. Never mixed within one chart. */
  unit: string;
  /** The newest as_of among the rows. */
  asOf: string;
  sources: ChartSource[];
  rows: ChartRow[];
  /** Some row is "khoảng" or "hơn". */
  inexact: boolean;
  /** Breakdowns: the total shares were computed from. */
  total?: Figure;
  /** Breakdowns: the groups add up to less than the total (the source named only some). */
  partial?: boolean;
  /** A chart needs at least two points or bars; with one, the table says it all. */
  drawable: boolean;
  illustrative?: string;
}

/** The words a chart takes from the locale (src/i18n). */
export interface ChartWords {
  fmt: Format;
  /** "Tỉnh Hải Dương", "Cả nước". */
  areaLabel(a: Pick<Area, 'level' | 'type' | 'name'>): string;
  /** What a series counts: "Số người đã gửi góp ý qua VNeID". */
  seriesWhat: Record<Metric, Record<Channel, string>>;
  /** "độ tuổi", "nghề nghiệp". */
  dimension: Record<Dimension, string>;
  seriesTitle(what: string, area: string): string;
  breakdownTitle(what: string, by: string, area: string, date: string): string;
  /** "(theo nguồn)", after a rank the source published. */
  rankReported: string;
  /** The label of illustrative data when the data folder names none. */
  illustrative: string;
  /** Say `illustrative` even when the data folder names its own label (which is Vietnamese). */
  ownIllustrativeLabel?: boolean;
}

const SERIES_KEY: Record<Metric, Record<Channel, string>> = {
  people: { vneid: 'nguoi-tham-gia', all: 'nguoi-tham-gia-moi-hinh-thuc' },
  opinions: { vneid: 'y-kien', all: 'y-kien-moi-hinh-thuc' },
};
const DIMENSION_KEY: Record<Dimension, string> = { age_group: 'do-tuoi', occupation: 'nghe-nghiep' };

function sourcesOf(rows: { source: string; source_url?: string }[]): ChartSource[] {
  const seen = new Map<string, ChartSource>();
  for (const r of rows) if (!seen.has(r.source)) seen.set(r.source, { name: r.source, url: r.source_url });
  return [...seen.values()];
}

function illustrativeOf(data: Pick<Aggregates, 'meta'>, w: ChartWords): string | undefined {
  if (!data.meta.illustrative) return undefined;
  return w.ownIllustrativeLabel ? w.illustrative : (data.meta.label ?? w.illustrative);
}

type SeriesData = Pick<Aggregates, 'series' | 'rate' | 'meta'> & Partial<Pick<Aggregates, 'rank' | 'correctionsFor' | 'area'>>;

/** The time series of one metric and channel of an area, or undefined when it has no figure. */
export function seriesChart(
  data: SeriesData,
  area: Area,
  metric: Metric,
  channel: Channel,
  w: ChartWords,
): ChartSpec | undefined {
  const figures = data.series(area.code, metric, channel);
  if (!figures.length) return undefined;
  const key = SERIES_KEY[metric][channel];
  const label = w.areaLabel(area);
  const rows: ChartRow[] = figures.map((f) => {
    const rank = data.rank?.(f);
    return {
      key: f.as_of,
      label: w.fmt.asOf(f.as_of),
      short: w.fmt.shortAsOf(f.as_of),
      time: f.time,
      value: f.value,
      qualifier: f.qualifier,
      display: w.fmt.qualifiedCount(f),
      eligible: f.eligible,
      rate: data.rate(f),
      source: f.source,
      source_url: f.source_url,
      note: f.note,
      figureId: f.id,
      rank,
      rankText: rankText(rank, (code) => data.area?.(code)?.name, w),
      corrected: (data.correctionsFor?.(f).length ?? 0) > 0,
    };
  });
  return {
    id: `${area.slug}-${key}`,
    key,
    area,
    areaLabel: label,
    kind: 'line',
    metric,
    channel,
    title: w.seriesTitle(w.seriesWhat[metric][channel], label),
    unit: w.fmt.unit(metric, channel),
    asOf: figures[figures.length - 1]!.as_of,
    sources: sourcesOf(figures),
    rows,
    inexact: rows.some((r) => r.qualifier !== 'exact'),
    drawable: rows.length >= 2,
    illustrative: illustrativeOf(data, w),
  };
}

const breakdownKey = (b: Pick<Breakdown, 'dimension' | 'metric' | 'as_of'>) =>
  `${DIMENSION_KEY[b.dimension]}${b.metric === 'people' ? '' : '-y-kien'}-${slugify(b.as_of)}`;

/** An area's breakdowns grouped into charts: one per (day, dimension, metric), in the order of the data files. */
function breakdownGroups(data: Pick<Aggregates, 'breakdowns'>, area: Area): Breakdown[][] {
  const groups = new Map<string, Breakdown[]>();
  for (const b of data.breakdowns) {
    if (b.area_code !== area.code) continue;
    const k = `${b.as_of}|${b.dimension}|${b.metric}`;
    const list = groups.get(k) ?? [];
    list.push(b);
    groups.set(k, list);
  }
  return [...groups.values()];
}

/** One chart per (day, dimension, metric) of an area's breakdowns, in the order of the data files. */
export function breakdownCharts(data: Pick<Aggregates, 'breakdowns' | 'meta'>, area: Area, w: ChartWords): ChartSpec[] {
  const label = w.areaLabel(area);
  const out: ChartSpec[] = [];
  for (const list of breakdownGroups(data, area)) {
    const first = list[0]!;
    const dimension = first.dimension;
    const key = breakdownKey(first);
    const rows: ChartRow[] = list.map((b) => ({
      key: b.category,
      label: b.category,
      short: b.category,
      value: b.value,
      qualifier: b.qualifier,
      display: w.fmt.qualifiedCount(b),
      computedShare: b.computedShare,
      shareQualifier: b.total ? combineQualifiers(b.qualifier, b.total.qualifier) : undefined,
      shareDigits: b.total && b.computedShare !== undefined ? percentDigits(b.computedShare, [b, b.total]) : undefined,
      shareBasis: b.shareBasis,
      printedShare: b.share,
      source: b.source,
      source_url: b.source_url,
    }));
    out.push({
      id: `${area.slug}-${key}`,
      key,
      area,
      areaLabel: label,
      kind: 'bar',
      metric: first.metric,
      channel: 'vneid',
      dimension,
      day: first.as_of.slice(0, 10),
      title: w.breakdownTitle(w.seriesWhat[first.metric].vneid, w.dimension[dimension], label, w.fmt.words.onDay(w.fmt.date(first.as_of))),
      unit: w.fmt.unit(first.metric),
      asOf: first.as_of,
      sources: sourcesOf(list),
      rows,
      inexact: rows.some((r) => r.qualifier !== 'exact'),
      total: first.total,
      partial: first.total ? rows.reduce((n, r) => n + r.value, 0) < first.total.value : undefined,
      drawable: rows.length >= 2,
      illustrative: illustrativeOf(data, w),
    });
  }
  return out;
}

const SERIES = [
  ['people', 'vneid'],
  ['people', 'all'],
  ['opinions', 'vneid'],
  ['opinions', 'all'],
] as const;

/** Every chart of an area's page, in page order: series of people, of opinions, then breakdowns. */
export function areaCharts(data: SeriesData & Pick<Aggregates, 'breakdowns'>, area: Area, w: ChartWords): ChartSpec[] {
  const series = SERIES
    .map(([m, c]) => seriesChart(data, area, m, c, w))
    .filter((c): c is ChartSpec => c !== undefined);
  return [...series, ...breakdownCharts(data, area, w)];
}

/**
 * Which charts an area has — what areaCharts() would make, by id, key and whether it is drawn —
 * without making their rows: for routes that only need to know which embed pages exist (the
 * national dataset has one per area), so that no spec is held for every area at once.
 */
export function areaChartIds(
  data: Pick<Aggregates, 'series' | 'breakdowns'>,
  area: Area,
): Pick<ChartSpec, 'id' | 'key' | 'drawable'>[] {
  const out: Pick<ChartSpec, 'id' | 'key' | 'drawable'>[] = [];
  for (const [m, c] of SERIES) {
    const n = data.series(area.code, m, c).length;
    if (n) out.push({ id: `${area.slug}-${SERIES_KEY[m][c]}`, key: SERIES_KEY[m][c], drawable: n >= 2 });
  }
  for (const list of breakdownGroups(data, area)) {
    const key = breakdownKey(list[0]!);
    out.push({ id: `${area.slug}-${key}`, key, drawable: list.length >= 2 });
  }
  return out;
}
