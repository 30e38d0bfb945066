import { describe, expect, it } from 'vitest';
import type { Latest } from '../data/aggregate.ts';
import { t } from '../../i18n/vi.ts';
import { shareImageSvg, wrapText } from './share-image.ts';

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
