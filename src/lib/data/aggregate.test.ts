import { describe, expect, it } from 'vitest';
import { aggregateCsv } from './test-data.ts';

const AREAS = [
  'code,name,type,level,parent_code',
  'VN,Việt Nam,quốc gia,country,',
  '30,Hải Dương,tỉnh,province,VN',
  '31,Hải Phòng,thành phố,province,VN',
  '288,Hải Dương,thành phố,district,30',
  '290,Chí Linh,thành phố,district,30',
].join('\n');
const HEAD = 'as_of,area_code,metric,value,eligible,qualifier,source,rank_reported,rank_scope';

function agg(rows: string[]) {
  return aggregateCsv({ 'data/areas.csv': AREAS, 'data/participation/a.csv': [HEAD, ...rows].join('\n') });
}

describe('latest, rate and change', () => {
  // The design doc's case: Lao Động printed "gần 19,9%" for 240.500 / 1.290.087 (= 18,6 %).
  const a = agg([
    '2025-05-15,30,people,240500,1290087,approx,Lao Động,2,country',
    '2025-05-16,30,people,264642,1290087,exact,Kiến Thức,1,country',
  ]);
  it('computes the rate from the counts, never from the report', () => {
    const first = a.series('30', 'people')[0]!;
    expect(a.rate(first)).toBeCloseTo(0.1864, 4);
    expect(a.latest('30', 'people')!.rate).toBeCloseTo(0.20514, 4);
  });
  it('takes the newest figure as latest; the change is approximate and rounded like "khoảng 240.500"', () => {
    const l = a.latest('30', 'people')!;
    expect(l.figure.value).toBe(264642);
    // 264.642 − 240.500 = 24.142, but 240.500 is known to the hundred: khoảng +24.100.
    expect(l.change).toMatchObject({ value: 24100, qualifier: 'approx', precision: 100 });
    expect(l.change!.since.value).toBe(240500);
  });
  it('shows the source rank, labelled reported, when the set is incomplete', () => {
    expect(a.latest('30', 'people')!.rank).toEqual({ position: 1, kind: 'reported', scope: 'country' });
  });
  it('has no figure for an area without data', () => {
    expect(a.latest('31', 'people')).toBeUndefined();
    expect(a.areasWithFigures.map((x) => x.code)).toEqual(['30']);
  });
  it('gives stable slugs, unique even for same names', () => {
    expect(a.area('30')!.slug).toBe('tinh-hai-duong-30');
    expect(a.area('288')!.slug).toBe('thanh-pho-hai-duong-288');
    expect(a.area('VN')!.slug).toBe('toan-quoc');
  });
});

describe('ranks', () => {
  it.each([
    [
      'complete set of siblings: computed rank by rate',
      ['2025-05-16,288,people,50,100,exact,X,,', '2025-05-16,290,people,30,50,exact,X,,'],
      { '288': { position: 2, of: 2, kind: 'computed', scope: '30' }, '290': { position: 1, of: 2, kind: 'computed', scope: '30' } },
    ],
    [
      'one sibling missing: no rank at all (never "1st of 1")',
      ['2025-05-16,288,people,50,100,exact,X,,'],
      { '288': undefined },
    ],
    [
      'siblings on different days are not compared',
      ['2025-05-16,288,people,50,100,exact,X,,', '2025-05-17,290,people,30,50,exact,X,,'],
      { '288': undefined, '290': undefined },
    ],
    [
      'equal rates share a rank',
      ['2025-05-16,288,people,50,100,exact,X,,', '2025-05-16,290,people,25,50,exact,X,,'],
      { '288': { position: 1, of: 2, kind: 'computed', scope: '30' }, '290': { position: 1, of: 2, kind: 'computed', scope: '30' } },
    ],
    [
      'the computed rank wins over a reported one',
      ['2025-05-16,288,people,50,100,exact,X,2,country', '2025-05-16,290,people,30,50,exact,X,,'],
      { '288': { position: 2, of: 2, kind: 'computed', scope: '30' } },
    ],
  ])('%s', (_, rows, expected) => {
    const a = agg(rows);
    for (const [code, rank] of Object.entries(expected)) expect(a.latest(code, 'people')!.rank).toEqual(rank);
  });
});

describe('structure', () => {
  const a = agg(['2025-05-16,288,people,50,100,exact,X,,']);
  it('children and ancestors', () => {
    expect(a.children('30').map((x) => x.code)).toEqual(['288', '290']);
    expect(a.ancestors('288').map((x) => x.code)).toEqual(['VN', '30', '288']);
  });
  it('keeps people and opinions apart', () => {
    expect(a.series('288', 'opinions')).toEqual([]);
  });
});
