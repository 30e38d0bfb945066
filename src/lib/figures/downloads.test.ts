import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { aggregateCsv, AREAS } from '../data/test-data.ts';
import { areaName, t } from '../../i18n/vi.ts';
import { breakdownCharts as breakdownChartsOf, seriesChart as seriesChartOf } from './chart-spec.ts';
import { COLUMNS } from './columns.ts';
import { chartCsv, chartJson, DATASET_FILES, datasetFile, datasetXlsx } from './downloads.ts';
import { generatedAt, metadataJson } from './metadata.ts';
import { latestRecords } from './records.ts';

const PART = [
  'as_of,area_code,metric,channel,value,eligible,qualifier,source,source_url,note,rank_reported,rank_scope',
  '2025-05-13,VN,people,vneid,745000,,approx,"Tuổi Trẻ, 14/5/2025: ""Lực lượng công an""",,"Nguồn viết ""gần 745.000"".",,',
  '2025-05-15,30,people,vneid,240500,1290087,approx,Lao Động,https://laodong.vn/x,,2,country',
  '2025-05-16,30,people,vneid,264642,1290087,exact,Kiến Thức,https://kienthuc.net.vn/x,,1,country',
  '2025-05-16,31,people,vneid,100000,1000000,exact,Báo X,,,,',
].join('\n');
const BREAK = [
  'as_of,area_code,dimension,category,metric,value,share,qualifier,source',
  '2025-05-13,VN,occupation,Cán bộ công an,people,16360,"14,8",at_least,canhco.net',
].join('\n');
const CORR = ['date,area_code,as_of,metric,what,why', '2025-05-17,30,2025-05-16,people,"Sửa 264.642, không phải 246.642",Gõ nhầm'].join('\n');

const data = aggregateCsv({
  'data/areas.csv': AREAS,
  'data/participation/a.csv': PART,
  'data/breakdowns/a.csv': BREAK,
  'data/corrections.csv': CORR,
});
const pageUrl = (slug: string) => `https://x.vn/so-lieu/${slug}/`;

function parse(csv: string) {
  expect(csv.startsWith('\ufeff')).toBe(true);
  const r = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r;
}

describe.each(DATASET_FILES.filter((f) => f.table !== 'metadata' && f.format !== 'xlsx'))('$path', (f) => {
  const text = datasetFile(f, data, areaName, pageUrl);
  const columns = COLUMNS[f.table as keyof typeof COLUMNS];
  it('parses, with exactly the documented columns', () => {
    if (f.format === 'csv') expect(parse(text).meta.fields).toEqual(columns);
    else {
      const rows = JSON.parse(text) as Record<string, unknown>[];
      expect(Array.isArray(rows)).toBe(true);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(Object.keys(r)).toEqual(columns);
    }
  });
});

/** A spreadsheet's rows as the CSV writes them: dates back to as_of text, numbers to digits. */
function asCsvText(v: unknown, csvValue: string): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    // The sheet holds the Vietnam wall clock; the CSV its ISO text, a day or a moment at +07:00.
    const iso = new Date(Math.round(v.getTime() / 60_000) * 60_000).toISOString();
    return csvValue.length === 10 ? iso.slice(0, 10) : `${iso.slice(0, 16)}+07:00`;
  }
  return String(v);
}

describe.each(DATASET_FILES.filter((f) => f.format === 'xlsx'))('$path', async (f) => {
  const sheet = await readSheet(Buffer.from(datasetXlsx(f, data, areaName, pageUrl)));
  const csv = parse(datasetFile({ ...f, format: 'csv' }, data, areaName, pageUrl));
  it('has the CSV beside it: same columns, same rows, same values', () => {
    const columns = COLUMNS[f.table as keyof typeof COLUMNS];
    expect(sheet[0]).toEqual(columns);
    expect(sheet.length - 1).toBe(csv.data.length);
    expect(csv.data.length).toBeGreaterThan(0);
    csv.data.forEach((row, i) => {
      const back = Object.fromEntries(columns.map((c, j) => [c, asCsvText(sheet[i + 1]![j], row[c] ?? '')]));
      expect(back).toEqual(row);
    });
  });
});

describe('a text a spreadsheet would run as a formula', () => {
  const evil = '=HYPERLINK("http://x","y")';
  const bad = aggregateCsv({
    'data/areas.csv': AREAS,
    'data/participation/a.csv': [
      'as_of,area_code,metric,value,eligible,qualifier,source,note',
      `2025-05-16,30,people,264642,1290087,exact,"${evil.replace(/"/g, '""')}",@SUM(1+1)`,
    ].join('\n'),
    'data/breakdowns/a.csv': ['as_of,area_code,dimension,category,metric,value,qualifier,source', `2025-05-16,30,age_group,+cmd,people,100,exact,"${evil.replace(/"/g, '""')}"`].join('\n'),
    'data/corrections.csv': ['date,area_code,what,why', '2025-05-17,30,-1+1,=1+2'].join('\n'),
  });
  const cells = (rows: Record<string, unknown>[]) => rows.flatMap((r) => Object.values(r)).filter((v): v is string => typeof v === 'string');
  it.each(DATASET_FILES.filter((f) => f.format === 'csv'))('is shown, never run, in $path', (f) => {
    const values = cells(parse(datasetFile(f, bad, areaName, pageUrl)).data);
    for (const v of values) expect(v, v).not.toMatch(/^[=+\-@]/);
    if (f.table !== 'areas') expect(values.some((v) => v.startsWith("'"))).toBe(true);
  });
  it.each(DATASET_FILES.filter((f) => f.format === 'xlsx'))('is shown, never run, in $path', async (f) => {
    const rows = await readSheet(Buffer.from(datasetXlsx(f, bad, areaName, pageUrl)));
    const values = rows.flat().filter((v): v is string => typeof v === 'string');
    for (const v of values) expect(v, v).not.toMatch(/^[=+\-@]/);
    if (f.table !== 'areas') expect(values).toContain(f.table === 'corrections' ? "'=1+2" : `'${evil}`);
  });
  it('is kept as written in JSON, which no spreadsheet runs', () => {
    const json = datasetFile(DATASET_FILES.find((f) => f.path.endsWith('tham-gia.json'))!, bad, areaName, pageUrl);
    expect((JSON.parse(json) as { source: string }[])[0]!.source).toBe(evil);
  });
});

describe('whole-dataset content', () => {
  const file = (name: string) => datasetFile(DATASET_FILES.find((f) => f.path.endsWith(name))!, data, areaName, pageUrl);
  it('has every figure with its qualifier, computed rate and labelled rank', () => {
    const rows = parse(file('tham-gia.csv')).data;
    expect(rows).toHaveLength(4);
    const laoDong = rows.find((r) => r.source === 'Lao Động')!;
    expect(laoDong).toMatchObject({ value: '240500', qualifier: 'approx', rate: '0.186422', rank: '2', rank_kind: 'reported' });
    expect(rows[0]!.source).toBe('Tuổi Trẻ, 14/5/2025: "Lực lượng công an"');
  });
  it('ranks Hải Dương 1st of 2 computed on 16/5, when every province has a figure that day', () => {
    const hd = parse(file('tham-gia.csv')).data.find((r) => r.area_code === '30' && r.as_of === '2025-05-16')!;
    expect(hd).toMatchObject({ rank: '1', rank_of: '2', rank_kind: 'computed', rank_scope: 'country' });
  });
  it('JSON holds the same numbers as the CSV, as numbers, and null for missing', () => {
    const rows = JSON.parse(file('tham-gia.json')) as Record<string, unknown>[];
    expect(rows[1]).toMatchObject({ value: 240500, eligible: 1290087, rate: 0.186422 });
    expect(rows[0]!.eligible).toBeNull();
  });
  it('latest-only keeps one row per area, metric and channel, with the change rounded as on the page', () => {
    const rows = latestRecords(data, areaName);
    expect(rows.map((r) => `${r.area_code}:${r.value}`)).toEqual(['VN:745000', '30:264642', '31:100000']);
    // 264.642 − khoảng 240.500: known to the hundred, as the site shows it.
    expect(rows[1]).toMatchObject({ change: 24100, change_since: '2025-05-15', change_qualifier: 'approx' });
  });
  it('areas link to a page only when the area has figures', () => {
    const rows = parse(file('dia-ban.csv')).data;
    expect(rows.find((r) => r.code === '30')!.page).toBe('https://x.vn/so-lieu/tinh-hai-duong-30/');
    expect(rows.map((r) => r.code)).toEqual(['VN', '30', '31']);
  });
  it('breakdowns carry both shares, and whose total the computed one divides by', () => {
    const [r] = parse(file('phan-nhom.csv')).data;
    expect(r).toMatchObject({ printed_share: '14.8', computed_share: '0.02196', total_value: '745000', total_qualifier: 'approx' });
    expect(r!.total_source).toBe('Tuổi Trẻ, 14/5/2025: "Lực lượng công an"');
  });
  it('corrections keep commas inside quotes', () => {
    expect(parse(file('dinh-chinh.csv')).data).toEqual([
      { date: '2025-05-17', area_code: '30', as_of: '2025-05-16', metric: 'people', what: 'Sửa 264.642, không phải 246.642', why: 'Gõ nhầm' },
    ]);
  });
});

describe('chart files', () => {
  const people = seriesChartOf(data, data.area('30')!, 'people', 'vneid', t.chartWords)!;
  it('CSV has the same rows as the chart, in order', () => {
    const rows = parse(chartCsv(people)).data;
    expect(rows.map((r) => [r.as_of, r.value, r.qualifier])).toEqual([
      ['2025-05-15', '240500', 'approx'],
      ['2025-05-16', '264642', 'exact'],
    ]);
  });
  it('JSON says what is counted, the as-of and the sources', () => {
    const j = JSON.parse(chartJson(people, pageUrl('tinh-hai-duong-30')));
    expect(j).toMatchObject({ unit: 'người', metric: 'people', as_of: '2025-05-16', illustrative: false });
    expect(j.sources).toEqual([
      { name: 'Lao Động', url: 'https://laodong.vn/x' },
      { name: 'Kiến Thức', url: 'https://kienthuc.net.vn/x' },
    ]);
    expect(j.rows).toHaveLength(2);
  });
  it('breakdown chart CSV has the category and both shares', () => {
    const [job] = breakdownChartsOf(data, data.area('VN')!, t.chartWords);
    expect(parse(chartCsv(job!)).data[0]).toMatchObject({ category: 'Cán bộ công an', printed_share: '14.8', computed_share: '0.02196' });
  });
});

describe('metadata.json', () => {
  const m = JSON.parse(
    metadataJson(data, {
      generatedAt: '2025-05-17T08:00:00+07:00',
      fileUrl: (p) => `https://x.vn/${p}`,
      siteUrl: 'https://x.vn/',
      title: 'T',
      description: 'D',
    }, t.downloads),
  );
  it('lists every other file with its URL and columns', () => {
    expect(m.files.map((f: { url: string }) => f.url)).toEqual(
      DATASET_FILES.filter((f) => f.table !== 'metadata').map((f) => `https://x.vn/${f.path}`),
    );
    for (const f of m.files) {
      expect(f.columns.length, f.url).toBeGreaterThan(0);
      for (const c of f.columns) expect(c.description.length).toBeGreaterThan(5);
    }
  });
  it('says how formulas are neutralised, in which files', () => {
    expect(m.formula_guard).toMatchObject({ applies_to: ['csv', 'xlsx'], prefix: "'" });
    expect(new RegExp(m.formula_guard.starts_with).test('=1+1')).toBe(true);
    expect(m.formula_guard.description).toContain('=');
  });
  it('states units, licence, sources and when it was generated', () => {
    expect(m.units).toEqual({ people: 'người', opinions: 'ý kiến' });
    expect(m.licence.url).toMatch(/^https:\/\/creativecommons.org\//);
    expect(m.generated_at).toBe('2025-05-17T08:00:00+07:00');
    expect(m.sources.map((s: { name: string }) => s.name)).toContain('Kiến Thức');
  });
});

describe('generatedAt', () => {
  it.each([
    [{ SOURCE_DATE_EPOCH: '1747353600' }, 0, '2025-05-16T07:00:00+07:00'],
    [{}, Date.parse('2025-05-16T17:30:00Z'), '2025-05-17T00:30:00+07:00'],
    [{ GOPY_NOW: '2025-06-10T08:00' }, Date.parse('2030-01-01T00:00:00Z'), '2025-06-10T08:00:00+07:00'],
    [{ GOPY_NOW: '2025-06-10', SOURCE_DATE_EPOCH: '1747353600' }, 0, '2025-05-16T07:00:00+07:00'],
  ])('%j at %s -> %s', (env, now, out) => expect(generatedAt(env, now)).toBe(out));
});
