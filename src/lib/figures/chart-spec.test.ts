import { describe, expect, it } from 'vitest';
import { aggregateCsv, AREAS } from '../data/test-data.ts';
import { fmt, t } from '../../i18n/vi.ts';
import { listedDescendants } from '../data/areas.ts';
import { drawnShare, rankText, rateText, shareText } from './chart-cells.ts';
import { chartHasImage, chartPaths, embedHeight, embedSnippet } from './chart-paths.ts';
import { barLine, chartPayload } from './chart-payload.ts';
import { areaChartIds, areaCharts, breakdownCharts, seriesChart } from './chart-spec.ts';

const w = t.chartWords;

const PART = [
  'as_of,area_code,metric,channel,value,eligible,qualifier,source,source_url',
  '2025-05-13,VN,people,vneid,745000,,approx,Tuổi Trẻ,',
  '2025-05-13,VN,opinions,vneid,4300000,,at_least,canhco.net,https://canhco.net/x',
  '2025-05-26T20:00+07:00,VN,people,vneid,17100624,,exact,Báo Khánh Hòa,https://vietnam.vn/x',
  '2025-05-15,30,people,vneid,240500,1290087,approx,Lao Động,https://laodong.vn/x',
  '2025-05-16,30,people,vneid,264642,1290087,exact,Kiến Thức,https://kienthuc.net.vn/x',
  '2025-06-07,VN,opinions,all,280226909,,exact,Mekong ASEAN,',
].join('\n');
const BREAK = [
  'as_of,area_code,dimension,category,metric,value,share,qualifier,source',
  '2025-05-13,VN,age_group,Dưới 18 tuổi,people,25000,3,approx,Tuổi Trẻ',
  '2025-05-13,VN,age_group,Trên 60 tuổi,people,108000,15,at_least,Tuổi Trẻ',
  '2025-05-13,VN,occupation,Cán bộ công an,people,16360,"14,8",at_least,canhco.net',
  '2025-05-13,VN,occupation,Công chức,people,5458,,exact,canhco.net',
].join('\n');

function build(part = PART, extraFiles: { path: string; text: string }[] = [], meta = { illustrative: false } as { illustrative: boolean; label?: string }) {
  return aggregateCsv(
    {
      'data/areas.csv': AREAS,
      'data/participation/a.csv': part,
      'data/breakdowns/a.csv': BREAK,
      ...Object.fromEntries(extraFiles.map((f) => [f.path, f.text])),
    },
    meta,
  );
}

const data = build();
const vn = data.area('VN')!;
const hd = data.area('30')!;

describe('seriesChart', () => {
  const people = seriesChart(data, hd, 'people', 'vneid', w)!;
  it('has one row per figure, oldest first, each with its qualifier in the displayed text', () => {
    expect(people.rows.map((r) => [r.key, r.display])).toEqual([
      ['2025-05-15', 'khoảng 240.500'],
      ['2025-05-16', '264.642'],
    ]);
  });
  it('computes the rate from the counts, and keeps it approximate when the count is', () => {
    expect(people.rows.map((r) => rateText(r, fmt))).toEqual(['khoảng 18,6\u00a0%', '20,5\u00a0%']);
  });
  it.each([
    ['title', 'Số người đã gửi góp ý qua VNeID, Tỉnh Hải Dương'],
    ['unit', 'người'],
    ['asOf', '2025-05-16'],
    ['id', 'tinh-hai-duong-30-nguoi-tham-gia'],
    ['inexact', true],
    ['drawable', true],
  ] as const)('%s = %s', (k, v) => expect(people[k]).toEqual(v));
  it('lists each source once, with its link', () =>
    expect(people.sources).toEqual([
      { name: 'Lao Động', url: 'https://laodong.vn/x' },
      { name: 'Kiến Thức', url: 'https://kienthuc.net.vn/x' },
    ]));
  it('counts opinions in a chart of their own, never mixed with people', () => {
    const o = seriesChart(data, vn, 'opinions', 'vneid', w)!;
    expect(o.unit).toBe('ý\u00a0kiến');
    expect(o.rows.map((r) => r.value)).toEqual([4300000]);
    expect(o.drawable).toBe(false);
  });
  it('keeps channels apart: 280 million opinions of every channel are not VNeID opinions', () => {
    expect(seriesChart(data, vn, 'opinions', 'vneid', w)!.rows.map((r) => r.value)).not.toContain(280226909);
    expect(seriesChart(data, vn, 'opinions', 'all', w)!.rows.map((r) => r.value)).toEqual([280226909]);
  });
  it('carries each figure\'s rank, labelled when the source published it', () => {
    const s = seriesChart(data, hd, 'people', 'vneid', w)!;
    expect(s.rows.map((r) => r.figureId)).toEqual(['30-people-vneid-2025-05-15', '30-people-vneid-2025-05-16']);
    expect(s.rows.map((r) => r.corrected)).toEqual([false, false]);
    expect(rankText({ position: 2, kind: 'reported', scope: 'country' }, () => undefined, w)).toBe('thứ 2 cả nước (theo nguồn)');
    expect(rankText({ position: 1, of: 12, kind: 'computed', scope: '30' }, () => 'Hải Dương', w)).toBe('thứ 1/12 trong Hải Dương');
    expect(rankText(undefined, () => undefined, w)).toBeUndefined();
  });
  it('is undefined for an area without figures', () => expect(seriesChart(data, data.area('31')!, 'people', 'vneid', w)).toBeUndefined());
});

describe('breakdownCharts', () => {
  const [age, job] = breakdownCharts(data, vn, w);
  it('makes one chart per dimension and day, in file order', () => {
    expect([age!.key, job!.key]).toEqual(['do-tuoi-2025-05-13', 'nghe-nghiep-2025-05-13']);
    expect(age!.title).toBe('Số người đã gửi góp ý qua VNeID theo độ tuổi, Cả nước, ngày 13/5/2025');
  });
  it.each([
    // category, displayed value, computed share, printed share
    ['Dưới 18 tuổi', 'khoảng 25.000', 'khoảng 3,4\u00a0%', 3],
    ['Trên 60 tuổi', 'hơn 108.000', 'khoảng 14,5\u00a0%', 15],
  ])('age group %s: %s, computed %s beside the printed %s %%', (cat, display, share, printed) => {
    const r = age!.rows.find((x) => x.key === cat)!;
    expect(r.display).toBe(display);
    expect(shareText(r, fmt)).toBe(share);
    expect(r.printedShare).toBe(printed);
  });
  it('shows both shares for the police: printed 14,8 % vs 16.360 / 745.000 = 2,2 %', () => {
    const r = job!.rows[0]!;
    expect(r.printedShare).toBe(14.8);
    expect(shareText(r, fmt)).toBe('khoảng 2,2\u00a0%');
    expect(job!.total?.value).toBe(745000);
    // The source named only some occupations: the caption says the groups do not add up.
    expect(job!.partial).toBe(true);
  });
  it.each([
    // chart, category, basis, what the bar says
    ['age', 'Dưới 18 tuổi', 'same-source', 'Dưới 18 tuổi: khoảng 25.000 người (khoảng 3,4\u00a0%)'],
    ['job', 'Cán bộ công an', 'other-source', 'Cán bộ công an: hơn 16.360 người (14,8\u00a0%, tỉ lệ nguồn in)'],
    ['job', 'Công chức', 'other-source', 'Công chức: 5.458 người'],
  ] as const)('%s %s: the share is %s, so the bar says "%s"', (chart, cat, basis, line) => {
    const r = (chart === 'age' ? age : job)!.rows.find((x) => x.key === cat)!;
    expect(r.shareBasis).toBe(basis);
    expect(barLine(r, 'người', t.payloadWords)).toBe(line);
    // A share of another source's total is never the one drawn.
    if (basis === 'other-source') expect(drawnShare(r, fmt)?.printed ?? true).toBe(true);
  });
});

describe('areaCharts, paths, payload', () => {
  it('orders people, opinions, then breakdowns', () =>
    expect(areaCharts(data, vn, w).map((c) => c.key)).toEqual([
      'nguoi-tham-gia',
      'y-kien',
      'y-kien-moi-hinh-thuc',
      'do-tuoi-2025-05-13',
      'nghe-nghiep-2025-05-13',
    ]));
  it('gives stable paths under the area folder', () =>
    expect(chartPaths(seriesChart(data, vn, 'people', 'vneid', w)!)).toMatchObject({
      page: 'so-lieu/toan-quoc/',
      csv: 'so-lieu/toan-quoc/nguoi-tham-gia.csv',
      json: 'so-lieu/toan-quoc/nguoi-tham-gia.json',
      embed: 'so-lieu/nhung/toan-quoc-nguoi-tham-gia/',
    }));
  it('puts points at their true time and marks approximate ones in the tooltip', () => {
    const p = chartPayload(seriesChart(data, vn, 'people', 'vneid', w)!, t.payloadWords);
    expect(p.x).toEqual([Date.parse('2025-05-13T00:00+07:00'), Date.parse('2025-05-26T20:00+07:00')]);
    expect(p.inexact).toEqual([true, false]);
    expect(p.tooltips[0]).toBe('khoảng 745.000\u00a0người (ngày 13/5/2025)');
    expect(p.labels).toEqual(['13/5', '26/5 20:00']);
  });
});

describe('areaChartIds: the charts of an area without their rows', () => {
  it.each(data.areas.map((a) => [a.code, a] as const))('area %s: the ids, keys and drawing of areaCharts', (_, area) => {
    expect(areaChartIds(data, area)).toEqual(areaCharts(data, area, w).map(({ id, key, drawable }) => ({ id, key, drawable })));
  });
  it('finds the national charts, drawn or not', () => {
    expect(areaChartIds(data, vn).map((c) => [c.key, c.drawable])).toEqual([
      ['nguoi-tham-gia', true],
      ['y-kien', false],
      ['y-kien-moi-hinh-thuc', false],
      ['do-tuoi-2025-05-13', true],
      ['nghe-nghiep-2025-05-13', true],
    ]);
  });
});

describe('listedDescendants', () => {
  const tree: Record<string, string[]> = { VN: ['30', '31'], '30': ['288', '290'], '31': ['303'], '288': [], '290': [], '303': [] };
  const d = { children: (c: string) => (tree[c] ?? []).map((code) => ({ code })) };
  it.each([
    // who has figures, what the VN page lists
    [['30', '31'], ['30', '31']],
    [['30', '303'], ['30', '303']], // 31 published nothing: its district is reached through it
    [['288'], ['288']],
    [[], []],
  ])('with figures %j lists %j', (has, listed) =>
    expect(listedDescendants(d.children, 'VN', (c) => has.includes(c)).map((a) => a.code)).toEqual(listed));
});

describe('embedSnippet', () => {
  const s = embedSnippet({ embedUrl: 'https://x.vn/so-lieu/nhung/a/', listenerUrl: 'https://x.vn/so-lieu/nhung/khung.js', title: 'A "quoted" <title>', height: 610 });
  it('escapes the title and points at the absolute URLs: the frame, then our listener', () => {
    expect(s).toContain('src="https://x.vn/so-lieu/nhung/a/"');
    expect(s).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
    expect(s).toMatch(/^<iframe [^>]+ height="610" [^>]+ data-gopy-embed><\/iframe>\n<script src="https:\/\/x\.vn\/so-lieu\/nhung\/khung\.js" async><\/script>$/);
  });
  it.each([
    ['a short line chart', { kind: 'line', title: 'x'.repeat(40), rows: [1, 2], inexact: false }],
    ['an approximate bar chart of 5 groups', { kind: 'bar', title: 'x'.repeat(80), rows: [1, 2, 3, 4, 5], inexact: true }],
  ] as const)('starts %s tall enough for its chart', (_n, spec) => {
    const h = embedHeight({ ...spec, rows: [...spec.rows] });
    expect(h).toBeGreaterThan(spec.kind === 'bar' ? 290 + 260 : 300 + 260);
    expect(h).toBeLessThan(1000);
  });
});

describe('chartHasImage: images above the communes only', () => {
  it.each([
    ['country', true],
    ['province', true],
    ['district', true],
    ['commune', false],
  ] as const)('%s → %s', (level, has) => {
    expect(chartHasImage({ level })).toBe(has);
    expect(chartPaths({ id: 'x-a', key: 'a', area: { slug: 'x', level } }).image === undefined).toBe(!has);
  });
});
