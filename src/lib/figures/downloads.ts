/**
 * The downloadable files: whole-dataset CSV/JSON (at /so-lieu/du-lieu/…) and each chart's own
 * CSV/JSON. All are written from the validated, aggregated data, never copied from data/, so a
 * download says exactly what the pages say. Column names are the data model's names (as_of,
 * area_code, metric, value, eligible, qualifier…): one name for one thing from CSV to download.
 * Pure TypeScript, unit-tested.
 */
import type { Aggregates, Figure } from '../data/aggregate.ts';
import type { ChartSpec } from './chart-spec.ts';

export type Cell = string | number | boolean | null | undefined;

export interface Column {
  name: string;
  /** string | integer | number | date-time | boolean. */
  type: 'string' | 'integer' | 'number' | 'date-time' | 'boolean';
  /** Plain Vietnamese, for metadata.json. */
  description: string;
  unit?: string;
}

const BOM = '\ufeff';

function csvCell(v: Cell): string {
  if (v === undefined || v === null) return '';
  const s = typeof v === 'number' ? String(v) : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * RFC 4180 CSV: a UTF-8 BOM (so Excel on Vietnamese Windows reads the diacritics), CRLF line
 * ends, fields quoted only when needed, empty for missing values.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c])).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * JSON with a final newline; undefined values become null so every record has every key. Small
 * files are indented for reading; whole-dataset tables (hundreds of thousands of rows on a
 * national dataset) are one record per line, which keeps them diffable at half the size.
 */
export function toJson(value: unknown, indent: 0 | 2 = 2): string {
  const replacer = (_k: string, v: unknown) => (v === undefined ? null : v);
  if (indent === 0 && Array.isArray(value)) {
    return value.length ? `[\n${value.map((r) => JSON.stringify(r, replacer)).join(',\n')}\n]\n` : '[]\n';
  }
  return `${JSON.stringify(value, replacer, indent)}\n`;
}

/** A ratio with six decimals (0.205135): enough for a percentage to one decimal, no float noise. */
export function ratio(n: number | undefined): number | undefined {
  return n === undefined ? undefined : Math.round(n * 1e6) / 1e6;
}

const C = {
  as_of: { name: 'as_of', type: 'date-time', description: 'Thời điểm của con số (ngày hoặc ngày giờ, giờ Việt Nam +07:00).' },
  area_code: { name: 'area_code', type: 'string', description: 'Mã địa bàn (mã của Tổng cục Thống kê; VN là cả nước).' },
  area_name: { name: 'area_name', type: 'string', description: 'Tên địa bàn, kèm loại (Tỉnh Hải Dương).' },
  area_level: { name: 'area_level', type: 'string', description: 'Cấp: country, province, district, commune.' },
  metric: {
    name: 'metric',
    type: 'string',
    description: 'people = số người đã gửi góp ý; opinions = số ý kiến (một người có thể gửi nhiều ý kiến).',
  },
  channel: { name: 'channel', type: 'string', description: 'vneid = qua ứng dụng VNeID; all = mọi hình thức góp ý.' },
  value: { name: 'value', type: 'integer', description: 'Con số như nguồn công bố.', unit: 'người hoặc ý kiến, theo metric' },
  qualifier: {
    name: 'qualifier',
    type: 'string',
    description: 'exact = chính xác; approx = khoảng, gần; at_least = hơn. Số xấp xỉ phải được trích kèm chữ đó.',
  },
  eligible: {
    name: 'eligible',
    type: 'integer',
    description: 'Số công dân của địa bàn có tài khoản định danh điện tử mức 2 đang hoạt động (mẫu số của tỉ lệ).',
    unit: 'người',
  },
  rate: { name: 'rate', type: 'number', description: 'Tỉ lệ tham gia = value / eligible, do trang tự tính (0.205135 = 20,5 %).', unit: 'tỉ số' },
  rank: { name: 'rank', type: 'integer', description: 'Thứ hạng theo tỉ lệ tham gia (1 = cao nhất).' },
  rank_of: { name: 'rank_of', type: 'integer', description: 'Số địa bàn được xếp hạng (chỉ với thứ hạng tự tính).' },
  rank_kind: {
    name: 'rank_kind',
    type: 'string',
    description: 'computed = trang tự tính khi mọi địa bàn cùng cấp có số liệu; reported = thứ hạng nguồn công bố.',
  },
  rank_scope: { name: 'rank_scope', type: 'string', description: 'Phạm vi xếp hạng: country hoặc mã địa bàn cấp trên.' },
  source: { name: 'source', type: 'string', description: 'Nơi công bố con số.' },
  source_url: { name: 'source_url', type: 'string', description: 'Địa chỉ bài công bố, nếu có.' },
  note: { name: 'note', type: 'string', description: 'Ghi chú về con số.' },
  change: { name: 'change', type: 'integer', description: 'Thay đổi so với lần công bố trước của cùng địa bàn, chỉ số và kênh.' },
  change_since: { name: 'change_since', type: 'date-time', description: 'Thời điểm của lần công bố trước đó.' },
  change_qualifier: { name: 'change_qualifier', type: 'string', description: 'exact chỉ khi cả hai con số đều chính xác.' },
  dimension: { name: 'dimension', type: 'string', description: 'Phân theo: age_group (độ tuổi) hoặc occupation (nghề nghiệp).' },
  category: { name: 'category', type: 'string', description: 'Nhóm, đúng như nguồn gọi.' },
  computed_share: {
    name: 'computed_share',
    type: 'number',
    description: 'value chia cho tổng cùng ngày của địa bàn (total_value), do trang tự tính.',
    unit: 'tỉ số',
  },
  printed_share: { name: 'printed_share', type: 'number', description: 'Tỉ lệ phần trăm nguồn in (14.8 = 14,8 %).', unit: '%' },
  total_value: { name: 'total_value', type: 'integer', description: 'Tổng dùng để tính computed_share.' },
  total_qualifier: { name: 'total_qualifier', type: 'string', description: 'Mức chính xác của tổng.' },
  code: { name: 'code', type: 'string', description: 'Mã địa bàn.' },
  name: { name: 'name', type: 'string', description: 'Tên địa bàn, không kèm loại.' },
  type: { name: 'type', type: 'string', description: 'Loại: tỉnh, thành phố, huyện, thị xã, xã, phường, thị trấn.' },
  level: { name: 'level', type: 'string', description: 'Cấp: country, province, district, commune.' },
  parent_code: { name: 'parent_code', type: 'string', description: 'Mã địa bàn cấp trên.' },
  page: { name: 'page', type: 'string', description: 'Trang số liệu của địa bàn (trống nếu chưa có số liệu).' },
  date: { name: 'date', type: 'date-time', description: 'Ngày đính chính.' },
  what: { name: 'what', type: 'string', description: 'Nội dung thay đổi.' },
  why: { name: 'why', type: 'string', description: 'Lý do.' },
} satisfies Record<string, Column>;

type Col = keyof typeof C;
const cols = (...names: Col[]): Column[] => names.map((n) => C[n]);

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
    'printed_share', 'total_value', 'total_qualifier', 'source', 'source_url',
  ),
  corrections: cols('date', 'area_code', 'as_of', 'metric', 'what', 'why'),
  seriesChart: cols('as_of', 'area_code', 'area_name', 'metric', 'channel', 'value', 'qualifier', 'eligible', 'rate', 'source', 'source_url'),
  breakdownChart: cols(
    'as_of', 'area_code', 'area_name', 'dimension', 'category', 'metric', 'value', 'qualifier', 'computed_share',
    'printed_share', 'total_value', 'total_qualifier', 'source', 'source_url',
  ),
} as const;

export type Table = keyof typeof COLUMNS;
const names = (t: Table) => COLUMNS[t].map((c) => c.name);

type Data = Pick<Aggregates, 'figures' | 'areas' | 'area' | 'rate' | 'rank' | 'latest' | 'breakdowns' | 'corrections' | 'areasWithFigures'>;

function areaName(data: Pick<Aggregates, 'area'>, code: string): string {
  const a = data.area(code);
  if (!a) return code;
  return a.level === 'country' ? 'Cả nước' : `${a.type[0]!.toUpperCase()}${a.type.slice(1)} ${a.name}`;
}

function figureRecord(data: Data, f: Figure): Record<string, Cell> {
  const r = data.rank(f);
  return {
    as_of: f.as_of,
    area_code: f.area_code,
    area_name: areaName(data, f.area_code),
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

/** Every reported figure, oldest first, with its computed rate and rank. */
export function participationRecords(data: Data): Record<string, Cell>[] {
  return data.figures.map((f) => figureRecord(data, f));
}

/** The latest figure of each area, metric and channel, with the change since the one before. */
export function latestRecords(data: Data): Record<string, Cell>[] {
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
        ...figureRecord(data, l.figure),
        change: l.change?.value,
        change_since: l.change?.since.as_of,
        change_qualifier: l.change?.qualifier,
      });
    }
  }
  return out;
}

export function areaRecords(data: Data, pageUrl: (slug: string) => string): Record<string, Cell>[] {
  const withFigures = new Set(data.areasWithFigures.map((a) => a.code));
  return data.areas.map((a) => ({
    code: a.code,
    name: a.name,
    type: a.type,
    level: a.level,
    parent_code: a.parent_code,
    page: withFigures.has(a.code) ? pageUrl(a.slug) : undefined,
  }));
}

export function breakdownRecords(data: Data): Record<string, Cell>[] {
  return data.breakdowns.map((b) => ({
    as_of: b.as_of,
    area_code: b.area_code,
    area_name: areaName(data, b.area_code),
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
  }));
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
  return spec.rows.map((r) => ({
    as_of: spec.asOf,
    area_code: spec.area.code,
    area_name: spec.areaLabel,
    dimension: spec.dimension,
    category: r.key,
    metric: spec.metric,
    value: r.value,
    qualifier: r.qualifier,
    computed_share: ratio(r.computedShare),
    printed_share: r.printedShare,
    total_value: spec.total?.value,
    total_qualifier: spec.total?.qualifier,
    source: r.source,
    source_url: r.source_url,
  }));
}

export function chartTable(spec: ChartSpec): Table {
  return spec.kind === 'line' ? 'seriesChart' : 'breakdownChart';
}

export function chartCsv(spec: ChartSpec): string {
  return toCsv(names(chartTable(spec)), chartRecords(spec));
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

export function tableCsv(table: Table, rows: Record<string, Cell>[]): string {
  return toCsv(names(table), rows);
}

export function tableJson(table: Table, rows: Record<string, Cell>[]): string {
  const keys = names(table);
  return toJson(
    rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]]))),
    0,
  );
}

/** One downloadable file of the whole dataset. */
export interface DatasetFile {
  /** Site path, no base: "so-lieu/du-lieu/tham-gia.csv". */
  path: string;
  table: Table | 'metadata';
  format: 'csv' | 'json';
  /** Plain Vietnamese: what is in it. */
  title: string;
}

/** The stable URLs of the whole-dataset downloads: part of the public interface (README). */
export const DATASET_FILES: readonly DatasetFile[] = [
  { path: 'so-lieu/du-lieu/tham-gia.csv', table: 'participation', format: 'csv', title: 'Mọi con số đã công bố (số người, số ý kiến), kèm tỉ lệ và xếp hạng' },
  { path: 'so-lieu/du-lieu/tham-gia.json', table: 'participation', format: 'json', title: 'Như trên, dạng JSON' },
  { path: 'so-lieu/du-lieu/moi-nhat.csv', table: 'latest', format: 'csv', title: 'Chỉ con số mới nhất của mỗi địa bàn, chỉ số và kênh, kèm thay đổi' },
  { path: 'so-lieu/du-lieu/dia-ban.csv', table: 'areas', format: 'csv', title: 'Danh sách địa bàn (mã, tên, loại, cấp, cấp trên)' },
  { path: 'so-lieu/du-lieu/phan-nhom.csv', table: 'breakdowns', format: 'csv', title: 'Số người theo độ tuổi và nghề nghiệp, kèm tỉ lệ nguồn in và tỉ lệ tự tính' },
  { path: 'so-lieu/du-lieu/phan-nhom.json', table: 'breakdowns', format: 'json', title: 'Như trên, dạng JSON' },
  { path: 'so-lieu/du-lieu/dinh-chinh.csv', table: 'corrections', format: 'csv', title: 'Nhật ký đính chính' },
  { path: 'so-lieu/du-lieu/metadata.json', table: 'metadata', format: 'json', title: 'Mô tả các tệp: cột, đơn vị, nguồn, giấy phép, thời điểm tạo' },
];

/** The file name of a download, as its route's [file] param: "tham-gia.csv". */
export const fileName = (f: DatasetFile) => f.path.split('/').pop()!;

/** The content of one whole-dataset file (other than metadata.json). */
export function datasetFile(f: DatasetFile, data: Data, pageUrl: (slug: string) => string): string {
  if (f.table === 'metadata') throw new Error('metadata.json is written by metadataJson()');
  const rows =
    f.table === 'participation'
      ? participationRecords(data)
      : f.table === 'latest'
        ? latestRecords(data)
        : f.table === 'areas'
          ? areaRecords(data, pageUrl)
          : f.table === 'breakdowns'
            ? breakdownRecords(data)
            : f.table === 'corrections'
              ? correctionRecords(data)
              : [];
  return f.format === 'csv' ? tableCsv(f.table, rows) : tableJson(f.table, rows);
}

export const LICENCE = {
  name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
  note:
    'Được dùng lại, kể cả cho mục đích thương mại, với điều kiện ghi nguồn: trang này và nguồn gốc của từng con số (cột source).',
};

/**
 * When the files were generated: SOURCE_DATE_EPOCH (seconds) if set, for reproducible builds,
 * otherwise now. Always written in Vietnam time.
 */
export function generatedAt(env: Record<string, string | undefined> = {}, now = Date.now()): string {
  const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) * 1000 : now;
  const vn = new Date(epoch + 7 * 3_600_000).toISOString().slice(0, 19);
  return `${vn}+07:00`;
}

export function metadataJson(
  data: Data & Pick<Aggregates, 'meta'>,
  opts: { generatedAt: string; fileUrl: (path: string) => string; siteUrl: string; title: string; description: string },
): string {
  const sources = new Map<string, string | undefined>();
  for (const f of data.figures) if (!sources.has(f.source)) sources.set(f.source, f.source_url);
  for (const b of data.breakdowns) if (!sources.has(b.source)) sources.set(b.source, b.source_url);
  return toJson({
    title: opts.title,
    description: opts.description,
    site: opts.siteUrl,
    generated_at: opts.generatedAt,
    illustrative: data.meta.illustrative,
    illustrative_label: data.meta.illustrative ? data.meta.label : undefined,
    licence: LICENCE,
    units: { people: 'người', opinions: 'ý kiến' },
    qualifiers: { exact: 'chính xác', approx: 'khoảng, gần', at_least: 'hơn' },
    encoding: 'CSV: UTF-8 có BOM, dấu phẩy, CRLF; số nguyên không dấu ngăn cách; tỉ số dùng dấu chấm thập phân.',
    counts: { figures: data.figures.length, areas: data.areas.length, breakdowns: data.breakdowns.length, corrections: data.corrections.length },
    sources: [...sources].map(([name, url]) => ({ name, url })),
    files: DATASET_FILES.filter((f) => f.table !== 'metadata').map((f) => ({
      url: opts.fileUrl(f.path),
      format: f.format,
      title: f.title,
      columns: COLUMNS[f.table as Table],
    })),
  });
}
