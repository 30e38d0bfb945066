import { describe, expect, it } from 'vitest';
import type { Latest } from '../data/aggregate.ts';
import { t } from '../../i18n/vi.ts';
import { setLines, SHARE_ACCENT, shareFrame, shareImageSvg, wrapText } from './share-image.ts';

const latest = (over: Partial<Latest['figure']> = {}, rate?: number): Latest => ({
  figure: {
    as_of: '2025-05-16', area_code: '30', metric: 'people', channel: 'vneid', value: 264642, eligible: 1290087,
    qualifier: 'exact', source: 'Kiến Thức: "Bí quyết" <b>', id: 'x', time: 0, day: '2025-05-16',
    ...over,
  },
  rate,
});

describe('shareImageSvg', () => {
  it.each([
    ['exact, with rate', latest({}, 0.205135), ['264.642\u00a0người', '20,5', '1.290.087', 'ngày 16/5/2025', 'Kiến Thức: &quot;Bí quyết&quot; &lt;b&gt;']],
    ['approximate', latest({ qualifier: 'approx', value: 745000, eligible: undefined }), ['khoảng 745.000\u00a0người']],
    // As the source said it: "hơn 4,3 triệu", the number held to its unit on one line.
    ['at least, opinions', latest({ qualifier: 'at_least', metric: 'opinions', value: 4300000 }), ['hơn 4,3\u00a0triệu\u00a0ý\u00a0kiến']],
  ])('%s: prints value with qualifier and unit, as-of and source', (_n, l, parts) => {
    const svg = shareImageSvg({ siteName: 'Góp ý', areaLabel: 'Tỉnh Hải Dương', label: 'Số người', latest: l }, t.shareImageWords);
    for (const p of parts) expect(svg).toContain(p);
    expect(svg).not.toContain('<b>');
  });
  it('says illustrative data is illustrative', () => {
    expect(shareImageSvg({ siteName: 'G', areaLabel: 'A', label: 'L', latest: latest(), illustrative: 'Số liệu minh hoạ' }, t.shareImageWords)).toContain('Số liệu minh hoạ');
  });
});

describe('wrapText', () => {
  it('wraps by width and cuts with an ellipsis beyond max lines', () => {
    const lines = wrapText('một hai ba bốn năm sáu bảy tám chín mười '.repeat(6), 40, 400, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(wrapText('ngắn', 40, 400)).toEqual(['ngắn']);
  });
});

describe('setLines', () => {
  const attrs = (svg: string) => /<text x="(\d+)" y="(\d+)" font-size="(\d+)" font-weight="(\d+)" fill="([^"]+)">([^<]*)<\/text>/.exec(svg)!.slice(1);
  it.each([
    // Each baseline 1.25 × its size below the one before, plus its gap; rounded in the SVG only.
    ['one line, defaults', [{ text: 'a', size: 40 }], 140, [['64', '190', '40', '400', '#1b1b1b', 'a']], 190],
    [
      'a gap and a fraction',
      [{ text: 'a', size: 30, weight: 700, fill: '#333' }, { text: 'b', size: 33, gap: 12 }],
      130,
      [['64', '168', '30', '700', '#333', 'a'], ['64', '221', '33', '400', '#1b1b1b', 'b']],
      130 + 37.5 + 12 + 41.25,
    ],
    ['text escaped', [{ text: '<b>"A & B"</b>', size: 20 }], 0, [['64', '25', '20', '400', '#1b1b1b', '&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;']], 25],
    ['no lines', [], 140, [], 140],
  ])('%s', (_n, lines, top, expected, bottom) => {
    const set = setLines(lines, 64, top);
    expect(set.texts.map(attrs)).toEqual(expected);
    expect(set.bottom).toBeCloseTo(bottom, 9);
  });
});

describe('shareFrame', () => {
  it.each([
    ['Góp ý', 64, 300, 'Góp ý'],
    ['A & <B>', 40, 12, 'A &amp; &lt;B&gt;'],
  ])('%s: the band with the site name, the bar at x − 24, %d px', (siteName, x, bar, shown) => {
    const svg = [...shareFrame(siteName, x, bar), '</svg>'].join('');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630" /);
    expect(svg).toContain(`<text x="${x}" y="62" font-size="36" font-weight="700" fill="#ffffff">${shown}</text>`);
    expect(svg).toContain(`<rect x="${x - 24}" y="140" width="10" height="${bar}" fill="${SHARE_ACCENT}"/>`);
  });
});
