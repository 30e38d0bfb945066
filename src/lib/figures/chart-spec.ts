/**
 * What each chart of the figures pages shows, computed from the aggregates: its rows (the table
 * and the chart read the same rows, so they cannot disagree), caption facts (what is counted,
 * as-of, sources), stable file paths, and the small payload the client script draws from.
 * Pure TypeScript: no Astro, no DOM.
 */
import type { Aggregates, Area, Breakdown, Figure, Rank } from '../data/aggregate.ts';
import type { Channel, Dimension, Metric, Qualifier } from '../data/schema.ts';
import { formatAsOf, formatCount, formatDate, formatPercent, formatPrintedPercent, formatRank, QUALIFIER_WORD, UNIT } from '../text/format.ts';
import { slugify } from '../text/slug.ts';
import { t } from '../../i18n/vi.ts';

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
  /** What one unit is: "người" or "ý kiến". Never mixed within one chart. */
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

/** "Tỉnh Hải Dương", "Thành phố Hà Nội", "Cả nước". */
export function areaLabel(a: Pick<Area, 'level' | 'type' | 'name'>): string {
  return a.level === 'country' ? 'Cả nước' : `${a.type[0]!.toUpperCase()}${a.type.slice(1)} ${a.name}`;
}

/** "khoảng 745.000" / "264.642". */
export function qualified(value: string, q: Qualifier): string {
  const w = QUALIFIER_WORD[q];
  return w ? `${w} ${value}` : value;
}

/** Two qualifiers combined (a ratio or a difference of two figures): exact only if both are. */
export function combine(a: Qualifier, b: Qualifier): Qualifier {
  return a === 'exact' && b === 'exact' ? 'exact' : 'approx';
}

/** "16/5" for a day, "26/5 20:00" for a moment: short enough for an axis on a phone. */
export function shortAsOf(asOf: string): string {
  const [d, time] = asOf.split('T');
  const [, m, day] = d!.split('-').map(Number);
  return time ? `${day}/${m} ${time.slice(0, 5)}` : `${day}/${m}`;
}

const SERIES_KEY: Record<Metric, Record<Channel, string>> = {
  people: { vneid: 'nguoi-tham-gia', all: 'nguoi-tham-gia-moi-hinh-thuc' },
  opinions: { vneid: 'y-kien', all: 'y-kien-moi-hinh-thuc' },
};
const SERIES_WHAT: Record<Metric, Record<Channel, string>> = {
  people: { vneid: t.figures.labelPeople, all: 'Số người góp ý qua mọi hình thức' },
  opinions: { vneid: t.figures.labelOpinions, all: t.figures.labelOpinionsAll },
};
const DIMENSION_KEY: Record<Dimension, string> = { age_group: 'do-tuoi', occupation: 'nghe-nghiep' };
const DIMENSION_WORD: Record<Dimension, string> = { age_group: t.chart.byAge, occupation: t.chart.byOccupation };

function sourcesOf(rows: { source: string; source_url?: string }[]): ChartSource[] {
  const seen = new Map<string, ChartSource>();
  for (const r of rows) if (!seen.has(r.source)) seen.set(r.source, { name: r.source, url: r.source_url });
  return [...seen.values()];
}

function illustrativeOf(data: Pick<Aggregates, 'meta'>): string | undefined {
  return data.meta.illustrative ? (data.meta.label ?? t.figure.illustrative) : undefined;
}

/** The time series of one metric and channel of an area, or undefined when it has no figure. */
type SeriesData = Pick<Aggregates, 'series' | 'rate' | 'meta'> & Partial<Pick<Aggregates, 'rank' | 'correctionsFor' | 'area'>>;

export function seriesChart(
  data: SeriesData,
  area: Area,
  metric: Metric,
  channel: Channel = 'vneid',
): ChartSpec | undefined {
  const figures = data.series(area.code, metric, channel);
  if (!figures.length) return undefined;
  const key = SERIES_KEY[metric][channel];
  const label = areaLabel(area);
  const rows: ChartRow[] = figures.map((f) => ({
    key: f.as_of,
    label: formatAsOf(f.as_of),
    short: shortAsOf(f.as_of),
    time: f.time,
    value: f.value,
    qualifier: f.qualifier,
    display: qualified(formatCount(f.value), f.qualifier),
    eligible: f.eligible,
    rate: data.rate(f),
    source: f.source,
    source_url: f.source_url,
    note: f.note,
    figureId: f.id,
    rank: data.rank?.(f),
    rankText: rankText(data.rank?.(f), (code) => data.area?.(code)?.name),
    corrected: (data.correctionsFor?.(f).length ?? 0) > 0,
  }));
  return {
    id: `${area.slug}-${key}`,
    key,
    area,
    areaLabel: label,
    kind: 'line',
    metric,
    channel,
    title: t.chart.seriesTitle(SERIES_WHAT[metric][channel], label),
    unit: UNIT[metric],
    asOf: figures[figures.length - 1]!.as_of,
    sources: sourcesOf(figures),
    rows,
    inexact: rows.some((r) => r.qualifier !== 'exact'),
    drawable: rows.length >= 2,
    illustrative: illustrativeOf(data),
  };
}

/** One chart per (day, dimension, metric) of an area's breakdowns, in the order of the data files. */
export function breakdownCharts(data: Pick<Aggregates, 'breakdowns' | 'meta'>, area: Area): ChartSpec[] {
  const groups = new Map<string, Breakdown[]>();
  for (const b of data.breakdowns) {
    if (b.area_code !== area.code) continue;
    const k = `${b.as_of}|${b.dimension}|${b.metric}`;
    const list = groups.get(k) ?? [];
    list.push(b);
    groups.set(k, list);
  }
  const label = areaLabel(area);
  const out: ChartSpec[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const dimension = first.dimension as Dimension;
    const day = first.as_of.slice(0, 10);
    const key = `${DIMENSION_KEY[dimension]}${first.metric === 'people' ? '' : '-y-kien'}-${slugify(first.as_of)}`;
    const rows: ChartRow[] = list.map((b) => ({
      key: b.category,
      label: b.category,
      short: b.category,
      value: b.value,
      qualifier: b.qualifier,
      display: qualified(formatCount(b.value), b.qualifier),
      computedShare: b.computedShare,
      shareQualifier: b.total ? combine(b.qualifier, b.total.qualifier) : undefined,
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
      day,
      title: t.chart.breakdownTitle(SERIES_WHAT[first.metric].vneid, DIMENSION_WORD[dimension], label, `ngày ${formatDate(first.as_of)}`),
      unit: UNIT[first.metric],
      asOf: first.as_of,
      sources: sourcesOf(list),
      rows,
      inexact: rows.some((r) => r.qualifier !== 'exact'),
      total: first.total,
      partial: first.total ? rows.reduce((n, r) => n + r.value, 0) < first.total.value : undefined,
      drawable: rows.length >= 2,
      illustrative: illustrativeOf(data),
    });
  }
  return out;
}

/** Every chart of an area's page, in page order: series of people, of opinions, then breakdowns. */
export function areaCharts(data: SeriesData & Pick<Aggregates, 'breakdowns'>, area: Area): ChartSpec[] {
  const series = (
    [
      ['people', 'vneid'],
      ['people', 'all'],
      ['opinions', 'vneid'],
      ['opinions', 'all'],
    ] as const
  )
    .map(([m, c]) => seriesChart(data, area, m, c))
    .filter((c): c is ChartSpec => c !== undefined);
  return [...series, ...breakdownCharts(data, area)];
}

/**
 * The areas an area's page lists: its children that have figures and, under a child without
 * figures, that child's nearest descendants with figures, so that every area with figures is
 * linked from some page even when an intermediate level published nothing.
 */
export function listedDescendants(data: Pick<Aggregates, 'children'>, code: string, hasFigures: (code: string) => boolean): Area[] {
  const out: Area[] = [];
  const visit = (c: string) => {
    for (const k of data.children(c)) {
      if (hasFigures(k.code)) out.push(k);
      else visit(k.code);
    }
  };
  visit(code);
  return out;
}

/** Site paths (no base, no leading slash) of a chart's page, files and embed page. */
export function chartPaths(spec: Pick<ChartSpec, 'id' | 'key' | 'area'>) {
  const dir = `so-lieu/${spec.area.slug}`;
  return {
    page: `${dir}/`,
    /** Unique on any page: the overview shows several areas' charts. */
    anchor: `bieu-do-${spec.id}`,
    csv: `${dir}/${spec.key}.csv`,
    json: `${dir}/${spec.key}.json`,
    embed: `so-lieu/nhung/${spec.id}/`,
    png: `${spec.id}.png`,
  };
}

/** A rank as a table cell: "thứ 1/63 cả nước", "thứ 2 cả nước (theo nguồn)"; undefined for none. */
export function rankText(rank: Rank | undefined, scopeName: (code: string) => string | undefined): string | undefined {
  if (!rank) return undefined;
  const text = formatRank(rank, rank.scope === 'country' ? undefined : scopeName(rank.scope));
  return rank.kind === 'reported' ? `${text} ${t.figures.rankReportedShort}` : text;
}

/** Table cell for a computed share: "khoảng 2,2 %"; empty when there was no total to divide by. */
export function shareText(r: Pick<ChartRow, 'computedShare' | 'shareQualifier'>): string {
  return r.computedShare === undefined ? '' : qualified(formatPercent(r.computedShare), r.shareQualifier ?? 'exact');
}

export function printedShareText(r: Pick<ChartRow, 'printedShare'>): string {
  return r.printedShare === undefined ? '' : formatPrintedPercent(r.printedShare);
}

/** Rate cell of a series row: "20,5 %", "khoảng 18,6 %" when the count is approximate. */
export function rateText(r: Pick<ChartRow, 'rate' | 'qualifier'>): string {
  return r.rate === undefined ? '' : qualified(formatPercent(r.rate), r.qualifier === 'exact' ? 'exact' : 'approx');
}

/** What the client script needs to draw a chart: no more (it is inlined in the page). */
export interface ChartPayload {
  kind: 'line' | 'bar';
  title: string;
  unit: string;
  /** Series: x = time in ms; bar: x = index into labels. */
  x: number[];
  y: number[];
  labels: string[];
  /** Per point: true when "khoảng"/"hơn" (drawn hollow or pale). */
  inexact: boolean[];
  /** Per point, the whole tooltip line: "khoảng 745.000 người (ngày 13/5/2025)". */
  tooltips: string[];
  /** The line under the chart in the PNG: as-of and sources. */
  footer: string;
  /** File name offered for the PNG. */
  png: string;
}

export function chartPayload(spec: ChartSpec): ChartPayload {
  return {
    kind: spec.kind,
    title: spec.title,
    unit: spec.unit,
    x: spec.rows.map((r, i) => r.time ?? i),
    y: spec.rows.map((r) => r.value),
    labels: spec.rows.map((r) => r.short),
    inexact: spec.rows.map((r) => r.qualifier !== 'exact'),
    tooltips: spec.rows.map((r) =>
      spec.kind === 'line'
        ? `${r.display} ${spec.unit} (${r.label})`
        : `${r.label}: ${r.display} ${spec.unit}${r.computedShare !== undefined ? ` (${shareText(r)})` : ''}`,
    ),
    footer: [
      spec.illustrative,
      `${t.chart.asOf} ${formatAsOf(spec.asOf)}.`,
      `${t.chart.sources}: ${spec.sources.map((s) => s.name).join('; ')}.`,
      spec.inexact ? t.chart.inexactShort : undefined,
    ]
      .filter(Boolean)
      .join(' '),
    png: chartPaths(spec).png,
  };
}

/**
 * JSON that is safe inside <script type="application/json">: "</script>", "<!--" and the line
 * separators U+2028/2029 cannot end or confuse the element, whatever the data holds.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The copy-ready <iframe> for an embed page (absolute URL). */
export function embedSnippet(embedUrl: string, title: string, height = 640): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<iframe src="${esc(embedUrl)}" title="${esc(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
