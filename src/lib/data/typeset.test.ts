import { describe, expect, it } from 'vitest';
import { fmt } from '../../i18n/vi/format.ts';
import { typesetDataset } from './typeset.ts';
import type { Dataset } from './validate.ts';

const origin = { file: 'data/participation/a.csv', line: 2 };
const dataset = {
  meta: { illustrative: false },
  areas: [{ code: '30', name: 'Hải Dương', type: 'tỉnh', level: 'province', parent_code: 'VN', origin }],
  participation: [
    {
      as_of: '2025-05-15', area_code: '30', metric: 'people', channel: 'vneid', value: 240500, eligible: 1290087, qualifier: 'approx',
      source: 'Lao Động: "Hải Dương đạt tỉ lệ cao thứ 2 cả nước"', source_url: 'https://news.laodong.vn/a"b', note: 'Bài báo ghi "gần 19,9%", nhưng 240.500 / 1.290.087 = 18,6%.', origin,
    },
    { as_of: '2025-05-16', area_code: '30', metric: 'people', channel: 'vneid', value: 264642, qualifier: 'exact', source: 'Kiến Thức', origin },
  ],
  breakdowns: [{ as_of: '2025-05-13', area_code: 'VN', dimension: 'age_group', category: 'Dưới 18 tuổi', metric: 'people', value: 25000, share: 3, qualifier: 'approx', source: 'Tuổi Trẻ: "Lực lượng công an"', origin }],
  corrections: [{ date: '2025-05-20', what: 'Sửa "264.642"', why: 'Gõ nhầm 10 người', origin }],
} as unknown as Dataset;

describe('typesetDataset: the prose in the data set the site\'s way', () => {
  const out = typesetDataset(dataset, fmt.typeset);
  it('sets sources, notes and corrections', () => {
    expect(out.participation[0]!.source).toBe('Lao Động: “Hải Dương đạt tỉ lệ cao thứ 2 cả nước”');
    expect(out.participation[0]!.note).toBe('Bài báo ghi “gần 19,9\u00a0%”, nhưng 240.500 / 1.290.087 = 18,6\u00a0%.');
    expect(out.breakdowns[0]!.source).toBe('Tuổi Trẻ: “Lực lượng công an”');
    expect(out.corrections[0]).toMatchObject({ what: 'Sửa “264.642”', why: 'Gõ nhầm 10\u00a0người' });
  });
  it('leaves codes, numbers, dates, addresses, categories and an absent note as they are', () => {
    const [a, b] = out.participation;
    expect(a).toMatchObject({ as_of: '2025-05-15', area_code: '30', value: 240500, source_url: 'https://news.laodong.vn/a"b' });
    expect(b!.note).toBeUndefined();
    expect(out.breakdowns[0]!.category).toBe('Dưới 18 tuổi');
    expect(out.areas).toBe(dataset.areas);
  });
  it('does not change the dataset it was given', () => expect(dataset.participation[0]!.source).toContain('"'));
});
