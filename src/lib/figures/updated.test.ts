import { describe, expect, it } from 'vitest';
import { aggregateCsv, AREAS } from '../data/test-data.ts';
import { lastUpdated } from './updated.ts';

const data = aggregateCsv({
  'data/areas.csv': AREAS,
  'data/participation/a.csv': [
    'as_of,area_code,metric,value,eligible,qualifier,source',
    '2025-05-13,VN,people,745000,,approx,Tuổi Trẻ',
    '2025-05-26T20:00+07:00,VN,people,17100624,,exact,Báo Khánh Hòa',
    '2025-05-16,30,people,264642,1290087,exact,Kiến Thức',
  ].join('\n'),
  'data/corrections.csv': ['date,area_code,what,why', '2025-05-20,30,Sửa,Gõ nhầm'].join('\n'),
});

describe('lastUpdated', () => {
  it.each([
    ['the whole site: the newest figure', undefined, '2025-05-26T20:00+07:00'],
    ['an area: its correction is newer than its figure', '30', '2025-05-20'],
    ['the country', 'VN', '2025-05-26T20:00+07:00'],
    ['an area without anything', '31', undefined],
  ])('%s', (_n, code, out) => expect(lastUpdated(data, code)).toBe(out));
});

describe('lastUpdated, a correction of the whole site', () => {
  const site = aggregateCsv({
    'data/areas.csv': AREAS,
    'data/participation/a.csv': ['as_of,area_code,metric,value,eligible,qualifier,source', '2025-05-16,30,people,264642,1290087,exact,Kiến Thức'].join('\n'),
    'data/corrections.csv': ['date,area_code,what,why', '2025-05-21,,Sửa,Gõ nhầm'].join('\n'),
  });
  it.each([
    ['dates the whole site', undefined, '2025-05-21'],
    ['does not date an area', '30', '2025-05-16'],
  ])('%s', (_n, code, out) => expect(lastUpdated(site, code)).toBe(out));
});
