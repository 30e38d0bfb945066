/**
 * The English figures: the same charts as the Vietnamese pages, in English words, with the names
 * of places, sources and categories as the data gives them.
 */
import { describe, expect, it } from 'vitest';
import { aggregateCsv, AREAS } from '../lib/data/test-data.ts';
import { chartPayload } from '../lib/figures/chart-payload.ts';
import { breakdownCharts, seriesChart } from '../lib/figures/chart-spec.ts';
import { areaName, en } from './en.ts';
import { t as vi } from './vi.ts';

const PART = [
  'as_of,area_code,metric,channel,value,eligible,qualifier,source,source_url,rank_reported,rank_scope',
  '2025-05-15,30,people,vneid,240500,1290087,approx,Lao Động,https://laodong.vn/x,2,country',
  '2025-05-16,30,people,vneid,264642,1290087,exact,Kiến Thức,https://kienthuc.net.vn/x,1,country',
].join('\n');
const BREAK = ['as_of,area_code,dimension,category,metric,value,share,qualifier,source', '2025-05-13,30,age_group,Dưới 18 tuổi,people,25000,3,approx,Tuổi Trẻ'].join('\n');

const build = (meta: { illustrative: boolean; label?: string } = { illustrative: false }) =>
  aggregateCsv({ 'data/areas.csv': AREAS, 'data/participation/a.csv': PART, 'data/breakdowns/a.csv': BREAK }, meta);

describe('area names: as in the data, the type in English', () => {
  it.each([
    [{ level: 'country', type: 'quốc gia', name: 'Việt Nam' }, 'Viet Nam'],
    [{ level: 'province', type: 'tỉnh', name: 'Hải Dương' }, 'Hải Dương province'],
    [{ level: 'province', type: 'thành phố', name: 'Hà Nội' }, 'Hà Nội city'],
    [{ level: 'district', type: 'huyện', name: 'Cẩm Giàng' }, 'Cẩm Giàng district'],
    [{ level: 'district', type: 'thị xã', name: 'Kinh Môn' }, 'Kinh Môn town'],
    [{ level: 'commune', type: 'phường', name: 'Trần Phú' }, 'Trần Phú ward'],
    [{ level: 'commune', type: 'thị trấn', name: 'Lai Cách' }, 'Lai Cách township'],
    // A type the dictionary does not know is shown as the data gives it.
    [{ level: 'commune', type: 'đặc khu', name: 'Phú Quốc' }, 'Phú Quốc đặc khu'],
  ])('%o → %s', (a, out) => expect(areaName(a)).toBe(out));
});

describe('a series chart in English', () => {
  const data = build();
  const hd = data.area('30')!;
  const en1 = seriesChart(data, hd, 'people', 'vneid', en.chartWords)!;
  const vi1 = seriesChart(data, hd, 'people', 'vneid', vi.chartWords)!;

  it('has English words around the same numbers and rows', () => {
    expect(en1.title).toBe('People who sent feedback via VNeID, Hải Dương province');
    expect(en1.unit).toBe('people');
    expect(en1.rows.map((r) => r.display)).toEqual(['about 240,500', '264,642']);
    expect(en1.rows.map((r) => r.label)).toEqual(['15 May 2025', '16 May 2025']);
    expect(en1.rows.map((r) => r.rankText)).toEqual(['2nd nationally (as published by the source)', '1st nationally (as published by the source)']);
    expect(en1.rows.map((r) => [r.key, r.value, r.qualifier, r.rate])).toEqual(vi1.rows.map((r) => [r.key, r.value, r.qualifier, r.rate]));
    // Files are shared: the same CSV and JSON names in both languages.
    expect([en1.id, en1.key]).toEqual([vi1.id, vi1.key]);
  });

  it('tells the browser to write days with English months, and Vietnamese pages not', () => {
    const p = chartPayload(en1, en.payloadWords);
    expect(p.months?.[4]).toBe('May');
    expect(p.numbers).toEqual({ locale: 'en-GB', million: 'million', thousand: 'thousand' });
    expect(p.tooltips[0]).toBe('about 240,500\u00a0people (15 May 2025)');
    expect(chartPayload(vi1, vi.payloadWords).months).toBeUndefined();
  });

  it('labels illustrative data in English even when the data folder names its label in Vietnamese', () => {
    const d = build({ illustrative: true, label: 'Dữ liệu minh hoạ' });
    expect(seriesChart(d, d.area('30')!, 'people', 'vneid', en.chartWords)!.illustrative).toBe(en.figure.illustrative);
    expect(seriesChart(d, d.area('30')!, 'people', 'vneid', vi.chartWords)!.illustrative).toBe('Dữ liệu minh hoạ');
  });

  it('keeps the source’s categories as the data gives them', () => {
    const [b] = breakdownCharts(data, hd, en.chartWords);
    expect(b!.title).toBe('People who sent feedback via VNeID by age group, Hải Dương province, 13 May 2025');
    expect(b!.rows[0]!.label).toBe('Dưới 18 tuổi');
  });
});
