import { describe, expect, it } from 'vitest';
import type { Area } from '../data/aggregate.ts';
import { areaName } from '../../i18n/vi.ts';
import { areaFilterValues, KIND_PARAMS, kindFromParam, pageKind, SEARCH_KINDS, searchSkips, sitePath, skippedBySearch } from './meta.ts';
import type { Level } from '../data/schema.ts';

describe('pageKind', () => {
  it.each([
    ['huong-dan/', 'guides'],
    ['huong-dan/gop-y-qua-vneid/', 'guides'],
    ['/kich-ban/thong-bao-phat-dong/', 'broadcasts'],
    ['so-lieu/', 'figures'],
    ['so-lieu/tinh-hai-duong-30/', 'figures'],
    ['', 'info'],
    ['gioi-thieu/', 'info'],
    ['tim-kiem/', 'info'],
    ['huong-dan-khac/', 'info'],
  ] as const)('%j → %s', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });
});

describe('kindFromParam', () => {
  it('reads back every kind', () => {
    for (const k of SEARCH_KINDS) expect(kindFromParam(KIND_PARAMS[k])).toBe(k);
  });
  it.each([null, undefined, '', 'guides', 'HUONG-DAN'])('%j is no kind', (p) => {
    expect(kindFromParam(p)).toBeUndefined();
  });
});

describe('sitePath', () => {
  it.each([
    ['/huong-dan/x/', '/', 'huong-dan/x/'],
    ['/gopy/huong-dan/x/', '/gopy/', 'huong-dan/x/'],
    ['/gopy/', '/gopy/', ''],
    ['/gopy/so-lieu/', '/gopy', 'so-lieu/'],
    ['/', '/', ''],
  ])('(%j, %j) → %j', (pathname, base, expected) => {
    expect(sitePath(pathname, base)).toBe(expected);
  });
});

const area = (code: string, level: Area['level'], type: string, name: string, parent_code?: string): Area =>
  ({ code, level, type, name, parent_code, slug: `${type}-${name}-${code}`.toLowerCase().replace(/\s+/g, '-') }) as Area;
const areas = [
  area('VN', 'country', 'quốc gia', 'Việt Nam'),
  area('30', 'province', 'tỉnh', 'Hải Dương', 'VN'),
  area('288', 'district', 'thành phố', 'Hải Dương', '30'),
  area('10507', 'commune', 'phường', 'Cẩm Thượng', '288'),
];
const chain = (code: string): Area[] => {
  const out: Area[] = [];
  for (let a = areas.find((x) => x.code === code); a; a = areas.find((x) => x.code === a!.parent_code)) out.unshift(a);
  return out;
};
const data = {
  area: (code: string) => areas.find((a) => a.code === code),
  areaBySlug: (slug: string) => areas.find((a) => a.slug === slug),
  ancestors: chain,
};

describe('areaLabel', () => {
  it.each([
    [areas[0], 'Cả nước'],
    [areas[1], 'Tỉnh Hải Dương'],
    [areas[3], 'Phường Cẩm Thượng'],
  ])('%#', (a, label) => expect(areaName(a)).toBe(label));
});

describe('areaFilterValues', () => {
  it.each([
    [{ path: 'huong-dan/gop-y-qua-vneid/' }, []],
    [{ path: `so-lieu/${areas[1].slug}/` }, ['Tỉnh Hải Dương']],
    [{ path: `so-lieu/${areas[3].slug}/` }, ['Tỉnh Hải Dương', 'Thành phố Hải Dương', 'Phường Cẩm Thượng']],
    [{ path: 'so-lieu/toan-quoc/', codes: ['VN'] }, ['Cả nước']],
    [{ path: 'anything/', codes: ['288', '30'] }, ['Tỉnh Hải Dương', 'Thành phố Hải Dương']],
    [{ path: 'x/', codes: ['nope'] }, []],
  ])('%j', (page, expected) => {
    expect(areaFilterValues(page, data, areaName)).toEqual(expected);
  });
});

describe('searchSkips: what the search index leaves out, by path alone', () => {
  const levels: Record<string, Level> = { 'toan-quoc': 'country', 'tinh-hai-duong-30': 'province', 'huyen-gia-loc-297': 'district', 'xa-a-00001': 'commune' };
  const levelOf = (slug: string) => levels[slug];
  it.each([
    ['', false],
    ['huong-dan/', false],
    ['huong-dan/gop-y-qua-vneid/', false],
    ['huong-dan/gop-y-qua-vneid/in/', true],
    ['huong-dan/gop-y-qua-vneid/ap-phich/', true],
    ['kich-ban/', false],
    ['kich-ban/cap-nhat-so-lieu/', false],
    ['kich-ban/cap-nhat-so-lieu/tinh-hai-duong-30/', true],
    ['kich-ban/cap-nhat-so-lieu/xa-a-00001/', true],
    ['so-lieu/', false],
    ['so-lieu/toan-quoc/', false],
    ['so-lieu/tinh-hai-duong-30/', false],
    ['so-lieu/huyen-gia-loc-297/', true],
    ['so-lieu/xa-a-00001/', true],
    ['so-lieu/nhung/', true],
    ['so-lieu/nhung/tinh-hai-duong-30-nguoi-tham-gia/', true],
    ['so-lieu/du-lieu/', false],
    ['so-lieu/dinh-chinh/', false],
    ['ho-tro/', false],
    ['ho-tro/tinh-hai-duong-30/', false],
    ['ho-tro/huyen-gia-loc-297/', true],
    ['ho-tro/xa-a-00001/', true],
    ['tim-kiem/', true],
    ['gioi-thieu/', false],
    ['/so-lieu/xa-a-00001/', true],
    ['en/', true],
    ['en/so-lieu/tinh-hai-duong-30/', true],
  ] as const)('%j → %s', (path, skipped) => expect(searchSkips(path, levelOf)).toBe(skipped));
});

describe('skippedBySearch', () => {
  const data = { areaBySlug: (slug: string) => ({ 'tinh-hai-duong-30': { level: 'province' }, 'huyen-gia-loc-297': { level: 'district' } })[slug] as Area | undefined };
  it('asks searchSkips with the levels of the dataset’s areas', () => {
    expect(skippedBySearch('ho-tro/tinh-hai-duong-30/', data)).toBe(false);
    expect(skippedBySearch('ho-tro/huyen-gia-loc-297/', data)).toBe(true);
    expect(skippedBySearch('so-lieu/huyen-gia-loc-297/', data)).toBe(true);
  });
});
