/**
 * The downloadable files and their stable URLs: the whole-dataset CSV/JSON at /so-lieu/du-lieu/…
 * and each chart's own CSV/JSON. Newsrooms' scripts depend on these paths and columns (README).
 */
import type { ChartSpec } from './chart-spec.ts';
import { COLUMNS, type Table } from './columns.ts';
import {
  areaRecords,
  breakdownRecords,
  chartRecords,
  correctionRecords,
  latestRecords,
  participationRecords,
  type AreaLabel,
  type Data,
} from './records.ts';
import { csvChunks, jsonLineChunks, toCsv, toJson, type Cell } from './serialise.ts';
import { toXlsx } from './xlsx.ts';

/** One downloadable file of the whole dataset. */
export interface DatasetFile {
  /** Site path, no base: "so-lieu/du-lieu/tham-gia.csv". */
  path: string;
  table: Table | 'metadata';
  format: 'csv' | 'json' | 'xlsx';
}

const DIR = 'so-lieu/du-lieu';

/** The stable URLs of the whole-dataset downloads: part of the public interface (README). */
export const DATASET_FILES = [
  { path: `${DIR}/tham-gia.csv`, table: 'participation', format: 'csv' },
  { path: `${DIR}/tham-gia.json`, table: 'participation', format: 'json' },
  { path: `${DIR}/moi-nhat.csv`, table: 'latest', format: 'csv' },
  { path: `${DIR}/dia-ban.csv`, table: 'areas', format: 'csv' },
  { path: `${DIR}/phan-nhom.csv`, table: 'breakdowns', format: 'csv' },
  { path: `${DIR}/phan-nhom.json`, table: 'breakdowns', format: 'json' },
  { path: `${DIR}/dinh-chinh.csv`, table: 'corrections', format: 'csv' },
  { path: `${DIR}/metadata.json`, table: 'metadata', format: 'json' },
  // Beside every whole-dataset CSV, the same table for Excel (added later: the URLs above stay).
  { path: `${DIR}/tham-gia.xlsx`, table: 'participation', format: 'xlsx' },
  { path: `${DIR}/moi-nhat.xlsx`, table: 'latest', format: 'xlsx' },
  { path: `${DIR}/dia-ban.xlsx`, table: 'areas', format: 'xlsx' },
  { path: `${DIR}/phan-nhom.xlsx`, table: 'breakdowns', format: 'xlsx' },
  { path: `${DIR}/dinh-chinh.xlsx`, table: 'corrections', format: 'xlsx' },
] as const satisfies readonly DatasetFile[];

export type DatasetFileName = (typeof DATASET_FILES)[number]['path'] extends `${typeof DIR}/${infer N}` ? N : never;

/** The file name of a download, as its route's [file] param: "tham-gia.csv". */
export const fileName = (f: { path: string }) => f.path.split('/').pop()! as DatasetFileName;

export function tableCsv(table: Table, rows: Iterable<Record<string, Cell>>): string {
  return toCsv(COLUMNS[table], rows);
}

/** The records of a whole-dataset table, made one by one as they are read. */
function datasetRows(table: Table, data: Data, label: AreaLabel, pageUrl: (slug: string) => string): Iterable<Record<string, Cell>> {
  return {
    participation: () => participationRecords(data, label),
    latest: () => latestRecords(data, label),
    areas: () => areaRecords(data, pageUrl),
    breakdowns: () => breakdownRecords(data, label),
    corrections: () => correctionRecords(data),
    seriesChart: () => [],
    breakdownChart: () => [],
  }[table]();
}

/**
 * The content of one whole-dataset CSV or JSON file (metadata.json: metadata.ts; .xlsx:
 * datasetXlsx), piece by piece, rows made as they are written: the national tables are hundreds of
 * megabytes.
 */
export function datasetFileChunks(f: DatasetFile, data: Data, label: AreaLabel, pageUrl: (slug: string) => string): Iterable<string> {
  if (f.table === 'metadata') throw new Error('metadata.json is written by metadataJson()');
  if (f.format === 'xlsx') throw new Error(`${f.path} is written by datasetXlsx()`);
  const rows = datasetRows(f.table, data, label, pageUrl);
  return f.format === 'csv' ? csvChunks(COLUMNS[f.table], rows) : jsonLineChunks(COLUMNS[f.table], rows);
}

/** The same file as one string (tests, small datasets). */
export function datasetFile(f: DatasetFile, data: Data, label: AreaLabel, pageUrl: (slug: string) => string): string {
  return [...datasetFileChunks(f, data, label, pageUrl)].join('');
}

/** The bytes of one whole-dataset .xlsx: the same columns and rows as the CSV beside it. */
export function datasetXlsx(f: DatasetFile, data: Data, label: AreaLabel, pageUrl: (slug: string) => string): Uint8Array<ArrayBuffer> {
  if (f.table === 'metadata' || f.format !== 'xlsx') throw new Error(`${f.path} is not a spreadsheet`);
  // Made row by row as it is written (the first rows size the columns).
  return toXlsx(COLUMNS[f.table], datasetRows(f.table, data, label, pageUrl), f.table);
}

export function chartTable(spec: ChartSpec): Table {
  return spec.kind === 'line' ? 'seriesChart' : 'breakdownChart';
}

export function chartCsv(spec: ChartSpec): string {
  return tableCsv(chartTable(spec), chartRecords(spec));
}

/** A chart's JSON: what it shows and the same rows as its CSV. */
export function chartJson(spec: ChartSpec, pageUrl: string): string {
  return toJson({
    id: spec.id,
    title: spec.title,
    area_code: spec.area.code,
    area_name: spec.areaLabel,
    metric: spec.metric,
    channel: spec.channel,
    dimension: spec.dimension,
    unit: spec.unit,
    as_of: spec.asOf,
    illustrative: spec.illustrative !== undefined,
    sources: spec.sources.map((s) => ({ name: s.name, url: s.url })),
    page: pageUrl,
    rows: chartRecords(spec),
  });
}
