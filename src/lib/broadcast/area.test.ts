import { describe, expect, it } from 'vitest';
import { aggregateCsv } from '../data/test-data.ts';
import { nearestFigures } from './area.ts';

const AREAS = [
  'code,name,type,level,parent_code',
  'VN,Việt Nam,quốc gia,country,',
  '30,Hải Dương,tỉnh,province,VN',
  '31,Hải Phòng,thành phố,province,VN',
  '290,Chí Linh,thành phố,district,30',
  '291,Nam Sách,huyện,district,30',
  '10001,Hoàng Tân,phường,commune,290',
  '10002,An Lạc,xã,commune,291',
  '10003,Nam Hưng,xã,commune,291',
].join('\n');
const HEAD = 'as_of,area_code,metric,value,eligible,qualifier,source';

const data = aggregateCsv({
  'data/areas.csv': AREAS,
  'data/participation/a.csv': [
    HEAD,
    '2025-05-16,30,people,264642,1290087,exact,Kiến Thức',
    '2025-05-16,291,people,20000,80000,exact,Nguồn thử',
    '2025-05-17,10003,people,900,4000,exact,Nguồn thử',
  ].join('\n'),
});

const noCountry = aggregateCsv({
  'data/areas.csv': AREAS,
  'data/participation/a.csv': [HEAD, '2025-05-16,10003,people,900,4000,exact,Nguồn thử'].join('\n'),
});

describe('nearestFigures: the area’s own, else the nearest ancestor’s', () => {
  it.each<[string, string, string | undefined, boolean | undefined, number | undefined]>([
    ['own (a commune with its own figure)', '10003', '10003', true, 900],
    ['parent (a commune whose district has figures)', '10002', '291', false, 20000],
    ['grandparent (a commune whose district has none)', '10001', '30', false, 264642],
    ['parent (a district without figures reads its province)', '290', '30', false, 264642],
    ['own (the province)', '30', '30', true, 264642],
    ['none (nobody up the tree of Hải Phòng has a figure)', '31', undefined, undefined, undefined],
    ['none (the country itself has no figure)', 'VN', undefined, undefined, undefined],
  ])('%s', (_, code, owner, own, value) => {
    const near = nearestFigures(data, code);
    expect(near?.owner.code).toBe(owner);
    expect(near?.own).toBe(own);
    expect(near?.latest.figure.value).toBe(value);
  });

  it('never looks down the tree: a province is not read its commune’s figure', () => {
    expect(nearestFigures(noCountry, '291')).toBeUndefined();
    expect(nearestFigures(noCountry, '10003')?.owner.code).toBe('10003');
  });

  it('is undefined for an unknown code', () => {
    expect(nearestFigures(data, '99999')).toBeUndefined();
  });
});
