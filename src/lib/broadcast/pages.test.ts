import { describe, expect, it } from 'vitest';
import type { Area, Latest } from '../data/aggregate.ts';
import { areaName, spokenArea, t } from '../../i18n/vi.ts';
import { broadcastAreaFrom } from './area.ts';
import { broadcastMeta, broadcastPages, broadcastPaths, broadcastTargets, usesFigures, type BroadcastEntry } from './pages.ts';
import { aggregateCsv } from '../data/test-data.ts';

const country: Area = { code: 'VN', name: 'Việt Nam', type: 'quốc gia', level: 'country', slug: 'toan-quoc' } as Area;
const province: Area = { code: '30', name: 'Hải Dương', type: 'tỉnh', level: 'province', parent_code: 'VN', slug: 'tinh-hai-duong-30' } as Area;

const figure = {
  id: '30-people-vneid-2025-05-16', as_of: '2025-05-16', area_code: '30', metric: 'people', channel: 'vneid',
  value: 264642, eligible: 1290087, qualifier: 'exact', source: 'Kiến Thức', source_url: 'https://kienthuc.net.vn/x',
} as unknown as Latest['figure'];
const latest: Latest = { figure, rate: 264642 / 1290087, rank: { position: 1, kind: 'reported', scope: 'country' } };

const script: BroadcastEntry = {
  id: 'cap-nhat',
  body: '{{figures_area}} có {{people}} người, tỉ lệ {{rate}}.\n\nHết.',
  data: { title: 'Cập nhật', purpose: 'progress', minutes: 2, audience: 'Bà con' },
};

describe('broadcast area', () => {
  it.each<[Area, string]>([
    [country, 'cả nước'],
    [province, 'tỉnh Hải Dương'],
  ])('spoken name of %o', (a, name) => expect(spokenArea(a)).toBe(name));

  it('passes a reported rank, never a computed one', () => {
    expect(broadcastAreaFrom(province, latest, { spoken: 'tỉnh Hải Dương' }).rank_reported).toBe(1);
    const computed = { ...latest, rank: { position: 1, of: 63, kind: 'computed' as const, scope: 'country' } };
    expect(broadcastAreaFrom(province, computed, { spoken: 'tỉnh Hải Dương' }).rank_reported).toBeUndefined();
  });
});

describe('broadcast pages', () => {
  const data = {
    areas: [country, province],
    ancestors: (code: string) => (code === 'VN' ? [country] : [country, province]),
    latest: (code: string) => (code === '30' ? latest : undefined),
  };

  it('renders one page per script and area, leaving out what an area lacks', () => {
    const pages = broadcastPages([script], data, t.broadcast.textWords);
    expect(pages.map((p) => p.area.slug)).toEqual(['toan-quoc', 'tinh-hai-duong-30']);
    expect(pages[0]!.rendered.paragraphs).toEqual(['Hết.']);
    expect(pages[1]!.rendered.paragraphs[0]).toBe(
      'Tỉnh Hải Dương có hai trăm sáu mươi tư nghìn sáu trăm bốn mươi hai người, tỉ lệ hai mươi phẩy năm phần trăm.',
    );
  });

  it('names the script file in an error about its placeholders', () => {
    const bad = { ...script, body: '{{commune}}' };
    expect(() => broadcastPages([bad], data, t.broadcast.textWords)).toThrow(/content\/broadcasts\/cap-nhat\.mdx.*commune/);
  });

  it('knows whether a script uses figures', () => {
    expect(usesFigures('Kính thưa bà con {{area_name}}')).toBe(false);
    expect(usesFigures('{{people}} người')).toBe(true);
  });

  it('gives stable paths beside the page', () => {
    expect(broadcastPaths('cap-nhat', 'toan-quoc')).toEqual({
      page: 'kich-ban/cap-nhat/toan-quoc/',
      txt: 'kich-ban/cap-nhat/toan-quoc.txt',
      docx: 'kich-ban/cap-nhat/toan-quoc.docx',
      fileName: 'cap-nhat-toan-quoc',
    });
  });

  it('writes the meta lines of the print view and .docx with digits, source and pace', () => {
    const page = broadcastPages([script], data, t.broadcast.textWords)[1]!;
    const meta = broadcastMeta(page, areaName, t.broadcast.metaWords);
    expect(meta[0]).toBe('Địa bàn: Tỉnh Hải Dương');
    expect(meta[1]).toBe('Số liệu tính đến ngày 16/5/2025. Nguồn: Kiến Thức (https://kienthuc.net.vn/x)');
    expect(meta[2]).toMatch(/tiếng mỗi phút/);
  });
});

describe('every area of areas.csv gets every broadcast, with the nearest figures named as their owner’s', () => {
  const data = aggregateCsv({
    'data/areas.csv': [
      'code,name,type,level,parent_code',
      'VN,Việt Nam,quốc gia,country,',
      '30,Hải Dương,tỉnh,province,VN',
      '31,Hải Phòng,thành phố,province,VN',
      '290,Chí Linh,thành phố,district,30',
      '291,Nam Sách,huyện,district,30',
      '10001,Hoàng Tân,phường,commune,290',
    ].join('\n'),
    'data/participation/a.csv': [
      'as_of,area_code,metric,value,eligible,qualifier,source,rank_reported,rank_scope',
      '2025-05-16,30,people,264642,1290087,exact,Kiến Thức,1,country',
      '2025-05-16,291,people,20000,80000,exact,Nguồn thử,,',
      '2025-05-24T13:00+07:00,VN,people,14000000,,approx,Doanh nghiệp & Tiếp thị,,',
    ].join('\n'),
  });
  const progress: BroadcastEntry = {
    id: 'cap-nhat',
    body: [
      '{{figures_note}}',
      'Tính đến {{as_of}}, {{figures_area}} có {{people}} người đã góp ý.',
      'Tỉ lệ ở {{figures_area}} là {{rate}}.',
      'Kính chào bà con {{area_name}}.',
    ].join('\n\n'),
    data: { title: 'Cập nhật', purpose: 'progress', minutes: 2, audience: 'Bà con' },
  };
  const announcement: BroadcastEntry = { ...progress, id: 'thong-bao', body: 'Kính chào bà con {{area_name}}.' };
  const pages = broadcastPages([progress, announcement], data, t.broadcast.textWords);
  const text = (id: string, code: string) => pages.find((p) => p.broadcast.id === id && p.area.code === code)!.rendered.paragraphs;

  it('makes a page for every broadcast and every area, figures or not', () => {
    expect(pages).toHaveLength(2 * data.areas.length);
    expect(broadcastTargets([progress], data).map((x) => x.area.code)).toEqual(data.areas.map((a) => a.code));
  });

  it.each<[string, string, string | undefined, string]>([
    ['its own figures, named as its own', '291', undefined, 'huyện Nam Sách có hai mươi nghìn người'],
    ['a district without figures: the province’s', '290', 'Thành phố Chí Linh chưa có số liệu riêng. Sau đây là số liệu chung của toàn tỉnh Hải Dương.', 'tỉnh Hải Dương có hai trăm sáu mươi tư nghìn sáu trăm bốn mươi hai người'],
    ['a commune whose district has none: its grandparent’s', '10001', 'Phường Hoàng Tân chưa có số liệu riêng. Sau đây là số liệu chung của toàn tỉnh Hải Dương.', 'tỉnh Hải Dương có hai trăm sáu mươi tư nghìn'],
    ['a province without figures: the country’s', '31', 'Thành phố Hải Phòng chưa có số liệu riêng. Sau đây là số liệu chung của cả nước.', 'cả nước có khoảng mười bốn triệu người'],
    ['the province itself', '30', undefined, 'tỉnh Hải Dương có hai trăm sáu mươi tư nghìn'],
  ])('%s', (_, code, note, says) => {
    const paragraphs = text('cap-nhat', code);
    const figures = paragraphs.find((p) => p.startsWith('Tính đến'))!;
    expect(figures).toContain(says);
    if (note) expect(paragraphs[paragraphs.indexOf(figures) - 1]).toBe(note);
    else expect(paragraphs[0]).toBe(figures);
    expect(figures).not.toMatch(/(thành phố Chí Linh|phường Hoàng Tân|thành phố Hải Phòng) có/);
  });

  it('greets the listener’s own area and leaves out what the figures’ owner lacks', () => {
    expect(text('cap-nhat', '10001')).toContain('Kính chào bà con phường Hoàng Tân.');
    expect(text('cap-nhat', '31')).toHaveLength(3); // the country has no eligible count: no rate paragraph
    expect(text('thong-bao', '31')).toEqual(['Kính chào bà con thành phố Hải Phòng.']);
  });

  it('says in the print view and .docx whose figures they are', () => {
    const page = pages.find((p) => p.broadcast.id === 'cap-nhat' && p.area.code === '290')!;
    expect(page.figuresArea?.code).toBe('30');
    expect(broadcastMeta(page, areaName, t.broadcast.metaWords)[1]).toBe('Số liệu của Tỉnh Hải Dương: Thành phố Chí Linh chưa có số liệu riêng');
    const own = pages.find((p) => p.broadcast.id === 'cap-nhat' && p.area.code === '291')!;
    expect(own.figuresArea).toBeUndefined();
    expect(broadcastMeta(own, areaName, t.broadcast.metaWords)[1]).toMatch(/^Số liệu tính đến/);
  });

  it('refuses a text that says a figure under the listener’s name', () => {
    const bad = { ...progress, body: '{{area_name}} có {{people}} người.' };
    expect(() => broadcastPages([bad], data, t.broadcast.textWords)).toThrow(/content\/broadcasts\/cap-nhat\.mdx.*figures_area/);
  });
});
