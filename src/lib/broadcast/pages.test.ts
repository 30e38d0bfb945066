import { describe, expect, it } from 'vitest';
import type { Area, Latest } from '../data/aggregate.ts';
import { areaName, spokenArea, t } from '../../i18n/vi.ts';
import { broadcastAreaFrom } from './area.ts';
import { areaPicker, broadcastMeta, broadcastPages, broadcastPaths, subAreas, usesFigures, type BroadcastEntry } from './pages.ts';

const country: Area = { code: 'VN', name: 'Việt Nam', type: 'quốc gia', level: 'country', slug: 'toan-quoc' } as Area;
const province: Area = { code: '30', name: 'Hải Dương', type: 'tỉnh', level: 'province', parent_code: 'VN', slug: 'tinh-hai-duong-30' } as Area;

const figure = {
  id: '30-people-vneid-2025-05-16', as_of: '2025-05-16', area_code: '30', metric: 'people', channel: 'vneid',
  value: 264642, eligible: 1290087, qualifier: 'exact', source: 'Kiến Thức', source_url: 'https://kienthuc.net.vn/x',
} as unknown as Latest['figure'];
const latest: Latest = { figure, rate: 264642 / 1290087, rank: { position: 1, kind: 'reported', scope: 'country' } };

const script: BroadcastEntry = {
  id: 'cap-nhat',
  body: '{{area_name}} có {{people}} người, tỉ lệ {{rate}}.\n\nHết.',
  data: { title: 'Cập nhật', purpose: 'progress', minutes: 2, audience: 'Bà con' },
};

describe('broadcast area', () => {
  it.each<[Area, string]>([
    [country, 'cả nước'],
    [province, 'tỉnh Hải Dương'],
  ])('spoken name of %o', (a, name) => expect(spokenArea(a)).toBe(name));

  it('passes a reported rank, never a computed one', () => {
    expect(broadcastAreaFrom(province, latest, 'tỉnh Hải Dương').rank_reported).toBe(1);
    const computed = { ...latest, rank: { position: 1, of: 63, kind: 'computed' as const, scope: 'country' } };
    expect(broadcastAreaFrom(province, computed, 'tỉnh Hải Dương').rank_reported).toBeUndefined();
  });
});

describe('broadcast pages', () => {
  const data = {
    areasWithFigures: [country, province],
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
      print: 'kich-ban/cap-nhat/toan-quoc/in/',
      txt: 'kich-ban/cap-nhat/toan-quoc.txt',
      docx: 'kich-ban/cap-nhat/toan-quoc.docx',
      fileName: 'cap-nhat-toan-quoc',
    });
  });

  it('writes the meta lines of the print view and .docx with digits, source and pace', () => {
    const page = broadcastPages([script], data, t.broadcast.textWords)[1]!;
    const meta = broadcastMeta(page, areaName(page.area), t.broadcast.metaWords);
    expect(meta[0]).toBe('Địa bàn: Tỉnh Hải Dương');
    expect(meta[1]).toBe('Số liệu tính đến ngày 16/5/2025. Nguồn: Kiến Thức (https://kienthuc.net.vn/x)');
    expect(meta[2]).toMatch(/tiếng mỗi phút/);
  });
});

describe('area picker', () => {
  const district = { code: '288', name: 'Gia Lộc', type: 'huyện', level: 'district', parent_code: '30', slug: 'huyen-gia-loc-288' } as Area;
  const commune = { code: '10999', name: 'Tân Hưng', type: 'xã', level: 'commune', parent_code: '288', slug: 'xa-tan-hung-10999' } as Area;
  const orphan = { code: '11000', name: 'Đoàn Kết', type: 'xã', level: 'commune', parent_code: '289', slug: 'xa-doan-ket-11000' } as Area;
  const noFigures = { code: '289', name: 'Tứ Kỳ', type: 'huyện', level: 'district', parent_code: '30', slug: 'huyen-tu-ky-289' } as Area;
  const all = [country, province, district, noFigures, commune, orphan];
  const parentOf = (a: Area) => all.find((x) => x.code === a.parent_code);
  const data = {
    areasWithFigures: all.filter((a) => a !== noFigures),
    ancestors: (code: string) => {
      const out: Area[] = [];
      for (let a = all.find((x) => x.code === code); a; a = parentOf(a)) out.unshift(a);
      return out;
    },
    children: (code: string) => all.filter((a) => a.parent_code === code),
    hasFigures: (code: string) => code !== noFigures.code && all.some((a) => a.code === code),
  };

  it('groups by province and leaves communes to their district page, unless the district has no figures', () => {
    const groups = areaPicker(data);
    expect(groups.map((g) => [g.head.code, g.areas.map((a) => a.code)])).toEqual([
      ['VN', ['VN']],
      ['30', ['30', '288', '11000']],
    ]);
    expect(subAreas(data, '288').map((a) => a.code)).toEqual(['10999']);
    expect(subAreas(data, 'VN').map((a) => a.code)).toEqual(['30']);
  });
});
