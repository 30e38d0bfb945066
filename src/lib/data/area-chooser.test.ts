import { describe, expect, it } from 'vitest';
import { areaNameIndex, chooserGroups, foldKey, HAS_HELP, matchAreas, readNameIndex } from './area-chooser.ts';
import type { AreaRecord } from './schema.ts';

const area = (code: string, name: string, type: string, level: AreaRecord['level'], parent_code?: string): AreaRecord => ({
  code,
  name,
  type,
  level,
  parent_code,
});
const AREAS = [
  area('VN', 'Việt Nam', 'quốc gia', 'country'),
  area('30', 'Hải Dương', 'tỉnh', 'province', 'VN'),
  area('01', 'Hà Nội', 'thành phố', 'province', 'VN'),
  area('288', 'Hải Dương', 'thành phố', 'district', '30'),
  area('290', 'Chí Linh', 'thành phố', 'district', '30'),
  area('292', 'Kinh Môn', 'thị xã', 'district', '30'),
  area('297', 'Gia Lộc', 'huyện', 'district', '30'),
  area('298', 'Tứ Kỳ', 'huyện', 'district', '30'),
  area('10960', 'Đoàn Thượng', 'xã', 'commune', '297'),
  area('10961', 'Linh Đông', 'xã', 'commune', '290'),
];

describe('chooserGroups', () => {
  it('groups one level by type word, groups and names in Vietnamese order', () => {
    const groups = chooserGroups(AREAS.filter((a) => a.parent_code === '30'));
    expect(groups.map((g) => [g.type, g.areas.map((a) => a.name)])).toEqual([
      ['huyện', ['Gia Lộc', 'Tứ Kỳ']],
      ['thành phố', ['Chí Linh', 'Hải Dương']],
      ['thị xã', ['Kinh Môn']],
    ]);
  });
  it('gives no group for no areas', () => expect(chooserGroups([])).toEqual([]));
});

describe('the compact name index', () => {
  const index = areaNameIndex(AREAS, (code) => (code === '290' ? HAS_HELP : 0));
  const named = readNameIndex(JSON.parse(JSON.stringify(index)), 'Cả nước');

  it('lists every area once, type words once, parents by position', () => {
    expect(index.areas).toHaveLength(AREAS.length);
    expect(index.types).toEqual(['quốc gia', 'tỉnh', 'thành phố', 'thị xã', 'huyện', 'xã']);
    expect(index.areas[4]).toEqual(['290', 'Chí Linh', 2, 1, HAS_HELP]);
    expect(index.areas[0]![3]).toBe(-1);
  });

  it('reads back labels, parents, depths and the site’s slugs', () => {
    const chiLinh = named.find((a) => a.code === '290')!;
    expect(chiLinh).toMatchObject({ label: 'Thành phố Chí Linh', parentLabel: 'Tỉnh Hải Dương', slug: 'thanh-pho-chi-linh-290', depth: 2, flags: HAS_HELP });
    expect(named[0]).toMatchObject({ label: 'Cả nước', slug: 'toan-quoc', depth: 0 });
    expect(named.find((a) => a.code === '30')).toMatchObject({ slug: 'tinh-hai-duong-30', parentLabel: undefined, depth: 1 });
    expect(named.find((a) => a.code === '10960')).toMatchObject({ depth: 3, parentLabel: 'Huyện Gia Lộc' });
  });

  it.each<[string, string[]]>([
    ['chi linh', ['290']],
    ['Chí Linh', ['290']],
    ['CHI LINH', ['290']],
    ['doan thuong', ['10960']],
    ['đoàn', ['10960']],
    ['dong', ['10961']],
    ['hai duong', ['30', '288']],
    ['thanh pho hai', ['288']],
    ['linh', ['10961', '290']],
    ['ca nuoc', ['VN']],
    ['zzz', []],
    ['   ', []],
  ])('“%s” finds %j, forgiving diacritics and đ/d', (query, codes) => {
    expect(matchAreas(named, query).map((a) => a.code)).toEqual(codes);
  });

  it('puts names that start with the query before names with a word starting with it, then the rest', () => {
    expect(matchAreas(named, 'linh').map((a) => a.label)).toEqual(['Xã Linh Đông', 'Thành phố Chí Linh']);
    expect(matchAreas(named, 'inh').map((a) => a.label)).toEqual(['Thành phố Chí Linh', 'Thị xã Kinh Môn', 'Xã Linh Đông']);
    expect(matchAreas(named, 'a', 3)).toHaveLength(3);
  });

  it('keeps only the areas asked for', () => {
    expect(matchAreas(named, 'chi linh', 20, (a) => (a.flags & HAS_HELP) === 0)).toEqual([]);
  });

  it.each<[string, string]>([
    ['Đoàn  Thượng', 'doan thuong'],
    ['Bà Rịa - Vũng Tàu', 'ba ria vung tau'],
  ])('foldKey(%s) = %s', (s, k) => expect(foldKey(s)).toBe(k));
});
