/**
 * The columns of the downloads: one name for one thing, the data model's (as_of, area_code,
 * metric, value, eligible, qualifier…), with its type. What each column means, in words, is the
 * locale's (src/i18n/vi/downloads.ts), written into metadata.json.
 */

export type ColumnType = 'string' | 'integer' | 'number' | 'date-time' | 'boolean';

/** Every column of every download, with its type. */
export const COLUMN_TYPES = {
  as_of: 'date-time',
  area_code: 'string',
  area_name: 'string',
  area_level: 'string',
  metric: 'string',
  channel: 'string',
  value: 'integer',
  qualifier: 'string',
  eligible: 'integer',
  rate: 'number',
  rank: 'integer',
  rank_of: 'integer',
  rank_kind: 'string',
  rank_scope: 'string',
  source: 'string',
  source_url: 'string',
  note: 'string',
  change: 'integer',
  change_since: 'date-time',
  change_qualifier: 'string',
  dimension: 'string',
  category: 'string',
  computed_share: 'number',
  printed_share: 'number',
  total_value: 'integer',
  total_qualifier: 'string',
  total_source: 'string',
  code: 'string',
  name: 'string',
  type: 'string',
  level: 'string',
  parent_code: 'string',
  page: 'string',
  date: 'date-time',
  what: 'string',
  why: 'string',
} satisfies Record<string, ColumnType>;

export type ColumnName = keyof typeof COLUMN_TYPES;

const cols = <T extends ColumnName[]>(...names: T) => names;

/** The columns of each table, in order: part of the public interface (README). */
export const COLUMNS = {
  participation: cols(
    'as_of', 'area_code', 'area_name', 'area_level', 'metric', 'channel', 'value', 'qualifier', 'eligible', 'rate',
    'rank', 'rank_of', 'rank_kind', 'rank_scope', 'source', 'source_url', 'note',
  ),
  latest: cols(
    'as_of', 'area_code', 'area_name', 'area_level', 'metric', 'channel', 'value', 'qualifier', 'eligible', 'rate',
    'rank', 'rank_of', 'rank_kind', 'rank_scope', 'change', 'change_since', 'change_qualifier', 'source', 'source_url',
  ),
  areas: cols('code', 'name', 'type', 'level', 'parent_code', 'page'),
  breakdowns: cols(
    'as_of', 'area_code', 'area_name', 'dimension', 'category', 'metric', 'value', 'qualifier', 'computed_share',
    'printed_share', 'total_value', 'total_qualifier', 'source', 'source_url', 'total_source',
  ),
  corrections: cols('date', 'area_code', 'as_of', 'metric', 'what', 'why'),
  seriesChart: cols('as_of', 'area_code', 'area_name', 'metric', 'channel', 'value', 'qualifier', 'eligible', 'rate', 'source', 'source_url'),
  breakdownChart: cols(
    'as_of', 'area_code', 'area_name', 'dimension', 'category', 'metric', 'value', 'qualifier', 'computed_share',
    'printed_share', 'total_value', 'total_qualifier', 'source', 'source_url', 'total_source',
  ),
} as const;

export type Table = keyof typeof COLUMNS;
