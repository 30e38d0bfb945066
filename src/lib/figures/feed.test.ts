import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/vi.ts';
import { aggregate } from '../data/aggregate.ts';
import { validateData } from '../data/validate.ts';
import { feedItems } from './feed.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const files = (corrections: string, meta = { illustrative: false } as { illustrative: boolean; label?: string }) => {
  const { dataset, problems } = validateData(
    [
      { path: 'data/areas.csv', bytes: enc('code,name,type,level,parent_code\nVN,Việt Nam,quốc gia,country,\n30,Hải Dương,tỉnh,province,VN') },
      {
        path: 'data/participation/a.csv',
        bytes: enc(
          [
            'as_of,area_code,metric,channel,value,eligible,qualifier,source,source_url',
            '2025-05-13,VN,people,vneid,745000,,approx,Tuổi Trẻ,',
            '2025-05-16,30,people,vneid,264642,1290087,exact,Kiến Thức,https://kienthuc.net.vn/x',
            '2025-05-26T20:00+07:00,VN,people,vneid,17100624,,exact,Báo Khánh Hòa,',
            '2025-06-07,VN,opinions,all,280226909,,exact,Mekong ASEAN,',
          ].join('\n'),
        ),
      },
      { path: 'data/corrections.csv', bytes: enc(corrections) },
    ],
    meta,
  );
  expect(problems).toEqual([]);
  return aggregate(dataset!);
};
const link = (p: string) => `https://x.vn/${p}`;

describe('feedItems', () => {
  const items = feedItems(files('date,area_code,as_of,metric,what,why\n2025-05-20,30,2025-05-16,people,Sửa số người,Gõ nhầm'), link, t.feedWords);
  it('lists figures and corrections newest first', () =>
    expect(items.map((i) => i.pubDate.toISOString().slice(0, 10))).toEqual(['2025-06-06', '2025-05-26', '2025-05-19', '2025-05-15', '2025-05-12']));
  it.each([
    // The count over every channel keeps its source's word, "lượt góp ý"; a number is held to its unit.
    [0, 'Cả nước: 280.226.909\u00a0lượt\u00a0góp\u00a0ý (mọi hình thức góp ý), ngày 7/6/2025'],
    [1, 'Cả nước: 17.100.624\u00a0người qua VNeID, 20:00 ngày 26/5/2025'],
    [2, 'Đính chính: Sửa số người'],
    [4, 'Cả nước: khoảng 745.000\u00a0người qua VNeID, ngày 13/5/2025'],
  ])('item %i is titled %s', (i, title) => expect(items[i]!.title).toBe(title));
  it('links each figure to its row on the area page, and a correction to the log', () => {
    expect(items[3]!.link).toBe('https://x.vn/so-lieu/tinh-hai-duong-30/#so-lieu-30-people-vneid-2025-05-16');
    expect(items[2]!.link).toBe('https://x.vn/so-lieu/dinh-chinh/#dinh-chinh-1');
  });
  it('gives the computed rate and the source in the description', () => {
    expect(items[3]!.description).toContain('20,5\u00a0% trong số 1.290.087\u00a0người có tài khoản');
    expect(items[3]!.description).toContain('Kiến Thức (https://kienthuc.net.vn/x)');
  });
  it('keeps only the newest figures', () => expect(feedItems(files('date,what,why'), link, t.feedWords, 2)).toHaveLength(2));
  it('labels illustrative data', () =>
    expect(feedItems(files('date,what,why', { illustrative: true, label: 'Minh hoạ' }), link, t.feedWords)[0]!.description).toMatch(/^Minh hoạ\. /));
});
