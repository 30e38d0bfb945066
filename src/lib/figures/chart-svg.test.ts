import { describe, expect, it } from 'vitest';
import { aggregateCsv, AREAS } from '../data/test-data.ts';
import { t } from '../../i18n/vi.ts';
import { areaCharts } from './chart-spec.ts';
import { chartSvg, IMAGE_HEIGHT, IMAGE_WIDTH, sourceShort } from './chart-svg.ts';

const PART = [
  'as_of,area_code,metric,channel,value,eligible,qualifier,source,source_url',
  '2025-05-13,VN,people,vneid,745000,,approx,"Tuổi Trẻ, 14/5/2025: ""Lực lượng công an""",',
  '2025-05-26T20:00+07:00,VN,people,vneid,17100624,,exact,Báo <Khánh Hòa> & co,',
  '2025-05-13,VN,opinions,vneid,4300000,,at_least,canhco.net,',
  '2025-05-16,30,people,vneid,264642,1290087,exact,Kiến Thức,',
].join('\n');
const BREAK = [
  'as_of,area_code,dimension,category,metric,value,share,qualifier,source',
  '2025-05-13,VN,occupation,Cán bộ công an,people,16360,"14,8",at_least,canhco.net',
  '2025-05-13,VN,occupation,Công chức,people,5458,,exact,canhco.net',
].join('\n');
const files = { 'data/areas.csv': AREAS, 'data/participation/a.csv': PART, 'data/breakdowns/a.csv': BREAK };
const data = aggregateCsv(files);
const svgOf = (d = data) =>
  Object.fromEntries(
    d.areasWithFigures.flatMap((a) => areaCharts(d, a, t.chartWords)).map((spec) => [spec.id, chartSvg({ spec, siteName: 'Góp ý', address: `x.vn/so-lieu/${spec.area.slug}/` }, t.chartImageWords)]),
  );
const svgs = svgOf();

describe('chartSvg', () => {
  it.each([
    // chart, what must be drawn in: title, unit and as-of, values with qualifiers, sources, address
    ['toan-quoc-nguoi-tham-gia', ['Số người đã gửi góp ý qua VNeID, Cả nước', 'Đơn vị: người.', '20:00 ngày 26/5/2025', 'khoảng 745.000', '17.100.624', 'Tuổi Trẻ, 14/5/2025; Báo &lt;Khánh Hòa&gt; &amp; co', 'Điểm rỗng, nét đứt', 'x.vn/so-lieu/toan-quoc/']],
    ['toan-quoc-y-kien', ['hơn 4.300.000\u00a0ý\u00a0kiến', 'ngày 13/5/2025', 'canhco.net', 'Đơn vị: ý\u00a0kiến.']],
    ['toan-quoc-nghe-nghiep-2025-05-13', ['Cán bộ công an', 'hơn 16.360 người (14,8', 'tỉ lệ nguồn in', '5.458 người', 'Cột nhạt']],
    ['tinh-hai-duong-30-nguoi-tham-gia', ['264.642\u00a0người', '20,5', 'Kiến Thức', 'x.vn/so-lieu/tinh-hai-duong-30/']],
  ])('%s draws in %j', (id, parts) => {
    const svg = svgs[id]!;
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}"`));
    for (const p of parts) expect(svg).toContain(p);
  });
  it('draws the site\'s name alone at the foot when there is no public address (SITE_URL unset)', () => {
    const spec = areaCharts(data, data.areasWithFigures[0]!, t.chartWords)[0]!;
    const foot = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).filter((x) => x!.startsWith('Góp ý'));
    expect(foot(chartSvg({ spec, siteName: 'Góp ý', address: 'x.vn/so-lieu/' }, t.chartImageWords))).toEqual(['Góp ý · x.vn/so-lieu/']);
    expect(foot(chartSvg({ spec, siteName: 'Góp ý' }, t.chartImageWords))).toEqual(['Góp ý']);
  });
  it('never draws a share of another source\'s total', () => {
    // 16.360 (canhco.net) ÷ 745.000 (Tuổi Trẻ) = 2,2 %: in the table, explained, never on the image.
    expect(svgs['toan-quoc-nghe-nghiep-2025-05-13']).not.toContain('2,2');
  });
  it('draws hollow points for approximate figures and a dashed line into them', () => {
    const svg = svgs['toan-quoc-nguoi-tham-gia']!;
    expect(svg).toContain('fill="#ffffff" stroke="#a50e0e"');
    expect(svg).toContain('stroke-dasharray');
  });
  it('says illustrative data is illustrative', () => {
    const d = aggregateCsv(files, { illustrative: true, label: 'Số liệu minh hoạ, không có thật' });
    for (const svg of Object.values(svgOf(d))) expect(svg).toContain('Số liệu minh hoạ, không có thật');
  });
});

describe('sourceShort', () => {
  it.each([
    ['Lao Động: "Hải Dương đạt tỉ lệ"', 'Lao Động'],
    ['Tuổi Trẻ, 14/5/2025: “Lực lượng”', 'Tuổi Trẻ, 14/5/2025'],
    ['canhco.net', 'canhco.net'],
    ['Báo: không có ngoặc', 'Báo: không có ngoặc'],
  ])('%s → %s', (name, short) => expect(sourceShort(name)).toBe(short));
});
