import { describe, expect, it } from 'vitest';
import { aggregateCsv, AREAS } from '../data/test-data.ts';
import { fmt, t } from '../../i18n/vi.ts';
import { breakdownCharts, seriesChart } from './chart-spec.ts';
import { chartNoteId, chartTableLayout, chartTableRows, chartTableWords, type ChartTablePage } from './chart-table.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
const PART = [
  'as_of,area_code,metric,channel,value,eligible,qualifier,source,source_url,note',
  '2025-05-15,30,people,vneid,240500,1290087,approx,Lao Động,https://laodong.vn/x?a=1&b=2,',
  `2025-05-16,30,people,vneid,264642,1290087,exact,"Kiến Thức ""${HOSTILE}""",,"Ghi chú ${HOSTILE}"`,
].join('\n');
const BREAK = [
  'as_of,area_code,dimension,category,metric,value,share,qualifier,source',
  '2025-05-16,30,age_group,Dưới 18 tuổi,people,25000,3,approx,Kiến Thức',
  '2025-05-16,30,age_group,Trên 60 tuổi,people,108000,,at_least,Kiến Thức',
].join('\n');
const data = aggregateCsv({ 'data/areas.csv': AREAS, 'data/participation/a.csv': PART, 'data/breakdowns/a.csv': BREAK });
const hd = data.area('30')!;
const series = seriesChart(data, hd, 'people', 'vneid', t.chartWords)!;
const page: ChartTablePage = { correctionsHref: '/so-lieu/dinh-chinh/' };
const rows = (spec = series, anchors = false, p = page) => chartTableRows(spec, chartTableLayout(spec), anchors, chartTableWords(t, fmt), p).value;
const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

describe('chartTableLayout', () => {
  it('gives a series of people a rate column, two sources a source column, and lists each note once', () => {
    const l = chartTableLayout(series);
    expect([l.isSeries, l.hasRate, l.hasComputed, l.hasPrinted, l.hasSource]).toEqual([true, true, false, false, true]);
    expect(l.notes).toEqual([`Ghi chú ${HOSTILE}`]);
    expect(l.essential).toBe(3);
  });
  it('gives a breakdown its share columns, and no rate', () => {
    const l = chartTableLayout(breakdownCharts(data, hd, t.chartWords)[0]!);
    expect([l.isSeries, l.hasRate, l.hasComputed, l.hasPrinted]).toEqual([false, false, true, true]);
    expect(l.essential).toBe(4);
  });
});

describe('chartTableRows', () => {
  it('writes a row per figure, oldest first, with its time, value and qualifier, and a line under it for phones', () => {
    const out = rows();
    expect(count(out, /<tr data-key=/g)).toBe(2);
    expect(count(out, /<tr class="chart-table__more">/g)).toBe(2);
    expect(out.indexOf('data-key="2025-05-15"')).toBeLessThan(out.indexOf('data-key="2025-05-16"'));
    expect(out).toContain('<td class="num" data-value="240500" data-qualifier="approx">khoảng 240.500</td>');
    expect(out).toContain('<time datetime="2025-05-16">');
    expect(out).toContain(`<td colspan="3">`);
  });
  it('escapes what the data says: a source or note cannot become markup', () => {
    const out = rows();
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('href="https://laodong.vn/x?a=1&#38;b=2"');
  });
  it('links a row to its note, and says when a source has no address', () => {
    const out = rows();
    expect(out).toContain(`<a href="#${chartNoteId(series, 0)}" aria-label="${t.chart.note} 1">1</a>`);
    expect(out).toContain(`(${t.figure.noAddress})`);
  });
  it('gives rows their figure anchor only when asked', () => {
    expect(rows(series, false)).not.toContain(' id="so-lieu-');
    expect(count(rows(series, true), / id="so-lieu-30-people-vneid-/g)).toBe(2);
  });
  it('marks the data\'s own words as Vietnamese on a page in another language', () => {
    expect(rows()).not.toContain(' lang=');
    expect(rows(series, false, { ...page, dataLang: 'vi' })).toContain('<span class="muted" lang="vi">');
  });
  it('writes a breakdown\'s categories and shares, a printed share beside the computed one', () => {
    const spec = breakdownCharts(data, hd, t.chartWords)[0]!;
    const out = rows(spec);
    expect(count(out, /<tr data-key=/g)).toBe(2);
    expect(out).toContain('<th scope="row">Dưới 18 tuổi</th>');
    expect(count(out, /<td class="num">/g)).toBe(4);
  });
});
