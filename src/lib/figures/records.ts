/**
 * The rows of each download, from the validated, aggregated data (never copied from data/), so a
 * download says exactly what the pages say. Keys are the column names of columns.ts.
 */
import type { Aggregates, Area, Breakdown, Figure } from '../data/aggregate.ts';
import type { ChartSpec } from './chart-spec.ts';
import { ratio, type Cell } from './serialise.ts';

export type Data = Pick<Aggregates, 'figures' | 'areas' | 'area' | 'rate' | 'rank' | 'latest' | 'breakdowns' | 'corrections' | 'areasWithFigures' | 'hasFigures'>;

/** "Tỉnh Hải Dương", "Cả nước": the area_name column, from the locale. */
export type AreaLabel = (a: Pick<Area, 'level' | 'type' | 'name'>) => string;

function areaName(data: Pick<Aggregates, 'area'>, code: string, label: AreaLabel): string {
  const a = data.area(code);
  return a ? label(a) : code;
}

function figureRecord(data: Data, f: Figure, label: AreaLabel): Record<string, Cell> {
  const r = data.rank(f);
  return {
    as_of: f.as_of,
    area_code: f.area_code,
    area_name: areaName(data, f.area_code, label),
    area_level: data.area(f.area_code)?.level,
    metric: f.metric,
    channel: f.channel,
    value: f.value,
    qualifier: f.qualifier,
    eligible: f.eligible,
    rate: ratio(data.rate(f)),
    rank: r?.position,
    rank_of: r?.of,
    rank_kind: r?.kind,
    rank_scope: r?.scope,
    source: f.source,
    source_url: f.source_url,
    note: f.note,
  };
}

/** Every reported figure, oldest first, with its computed rate and rank: made one by one as they are written. */
export function* participationRecords(data: Data, label: AreaLabel): Generator<Record<string, Cell>> {
  for (const f of data.figures) yield figureRecord(data, f, label);
}

/** The latest figure of each area, metric and channel, with the change since the one before. */
export function latestRecords(data: Data, label: AreaLabel): Record<string, Cell>[] {
  // Series per area, in first-seen order; areas in areas.csv order.
  const byArea = new Map<string, Set<string>>();
  for (const f of data.figures) {
    const set = byArea.get(f.area_code) ?? new Set<string>();
    set.add(`${f.metric}|${f.channel}`);
    byArea.set(f.area_code, set);
  }
  const out: Record<string, Cell>[] = [];
  for (const a of data.areasWithFigures) {
    for (const k of byArea.get(a.code) ?? []) {
      const [metric, channel] = k.split('|') as [Figure['metric'], Figure['channel']];
      const l = data.latest(a.code, metric, channel);
      if (!l) continue;
      out.push({
        ...figureRecord(data, l.figure, label),
        change: l.change?.value,
        change_since: l.change?.since.as_of,
        change_qualifier: l.change?.qualifier,
      });
    }
  }
  return out;
}

/** The areas, each with the address of its figures page when it has figures. */
export function areaRecords(data: Data, pageUrl: (slug: string) => string): Record<string, Cell>[] {
  return data.areas.map((a) => ({
    code: a.code,
    name: a.name,
    type: a.type,
    level: a.level,
    parent_code: a.parent_code,
    page: data.hasFigures(a.code) ? pageUrl(a.slug) : undefined,
  }));
}

/** One row of a breakdown: the same columns in the whole-dataset file and in a chart's file. */
function breakdownRecord(
  b: Pick<Breakdown, 'as_of' | 'area_code' | 'dimension' | 'category' | 'metric' | 'value' | 'qualifier' | 'computedShare' | 'share' | 'total' | 'source' | 'source_url'>,
  areaName: string,
): Record<string, Cell> {
  return {
    as_of: b.as_of,
    area_code: b.area_code,
    area_name: areaName,
    dimension: b.dimension,
    category: b.category,
    metric: b.metric,
    value: b.value,
    qualifier: b.qualifier,
    computed_share: ratio(b.computedShare),
    printed_share: b.share,
    total_value: b.total?.value,
    total_qualifier: b.total?.qualifier,
    source: b.source,
    source_url: b.source_url,
    total_source: b.total?.source,
  };
}

export function breakdownRecords(data: Data, label: AreaLabel): Record<string, Cell>[] {
  return data.breakdowns.map((b) => breakdownRecord(b, areaName(data, b.area_code, label)));
}

export function correctionRecords(data: Pick<Aggregates, 'corrections'>): Record<string, Cell>[] {
  return data.corrections.map((c) => ({
    date: c.date,
    area_code: c.area_code,
    as_of: c.as_of,
    metric: c.metric,
    what: c.what,
    why: c.why,
  }));
}

/** Records of one chart, in the chart's order: the CSV and JSON beside the chart. */
export function chartRecords(spec: ChartSpec): Record<string, Cell>[] {
  if (spec.kind === 'line') {
    return spec.rows.map((r) => ({
      as_of: r.key,
      area_code: spec.area.code,
      area_name: spec.areaLabel,
      metric: spec.metric,
      channel: spec.channel,
      value: r.value,
      qualifier: r.qualifier,
      eligible: r.eligible,
      rate: ratio(r.rate),
      source: r.source,
      source_url: r.source_url,
    }));
  }
  return spec.rows.map((r) =>
    breakdownRecord(
      {
        ...r,
        as_of: spec.asOf,
        area_code: spec.area.code,
        dimension: spec.dimension!,
        category: r.key,
        metric: spec.metric,
        share: r.printedShare,
        total: spec.total,
      },
      spec.areaLabel,
    ),
  );
}
