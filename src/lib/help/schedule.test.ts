import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { aggregateCsv } from '../data/test-data.ts';
import { groupByDay, helpIndex, listsBelow, nextSessions, splitByTime } from './schedule.ts';
import { illustrativeSchedule, ILLUSTRATIVE_SCHEDULE } from './illustrative.ts';

const AREAS = [
  'code,name,type,level,parent_code',
  'VN,Việt Nam,quốc gia,country,',
  '30,Hải Dương,tỉnh,province,VN',
  '290,Chí Linh,thành phố,district,30',
  '291,Nam Sách,huyện,district,30',
  '10001,Hoàng Tân,phường,commune,290',
  '10002,An Lạc,xã,commune,291',
].join('\n');
const HEAD = 'area_code,place,kind,starts,ends,team,source';
const rows = [
  '10001,Chợ Hoàng Tân,cho,2025-05-17T07:30,2025-05-17T11:00,Tổ công an phường,Công an phường',
  '10001,Nhà văn hoá khu 3,nha-van-hoa,2025-05-17T19:00,2025-05-17T21:00,,Công an phường',
  '10001,Trụ sở Ủy ban nhân dân phường,uy-ban,2025-05-16T14:00,2025-05-16T17:00,,Ủy ban nhân dân phường',
  '290,Trụ sở công an thành phố,cong-an,2025-05-18T08:00,2025-05-18T11:00,,Công an thành phố',
  '30,Trung tâm hành chính tỉnh,khac,2025-05-19T08:00,2025-05-19T11:00,,Công an tỉnh',
  '10002,Chợ An Lạc,cho,2025-05-20T07:00,2025-05-20T09:00,,Công an xã',
];
const data = aggregateCsv({
  'data/areas.csv': AREAS,
  'data/participation/a.csv': 'as_of,area_code,metric,value,source\n2025-05-16,30,people,264642,Kiến Thức',
  'data/help-points/lich.csv': [HEAD, ...rows].join('\n'),
});
const index = helpIndex(data);
const places = (list: { place: string }[]) => list.map((s) => s.place);
const at = (s: string) => Date.parse(s);

describe('which sessions an area lists', () => {
  it.each<[string, string[]]>([
    ['10001', ['Trụ sở Ủy ban nhân dân phường', 'Chợ Hoàng Tân', 'Nhà văn hoá khu 3']],
    ['290', ['Trụ sở Ủy ban nhân dân phường', 'Chợ Hoàng Tân', 'Nhà văn hoá khu 3', 'Trụ sở công an thành phố']],
    ['291', ['Chợ An Lạc']],
    ['30', ['Trung tâm hành chính tỉnh']],
    ['VN', []],
  ])('%s lists %j (a district its communes’ too; a province only its own)', (code, list) => expect(places(index.listed(code))).toEqual(list));

  it('knows which areas have sessions in them or below', () => {
    expect(['VN', '30', '290', '291', '10001', '10002'].map((c) => index.hasSessionsBelow(c))).toEqual([true, true, true, true, true, true]);
    const empty = helpIndex(aggregateCsv({ 'data/areas.csv': AREAS, 'data/participation/a.csv': 'as_of,area_code,metric,value,source\n2025-05-16,30,people,1,X' }));
    expect(empty.hasSessionsBelow('30')).toBe(false);
    expect(empty.listed('30')).toEqual([]);
  });

  it.each<[string, boolean]>([
    ['country', false],
    ['province', false],
    ['district', true],
    ['commune', true],
  ])('%s lists the areas below it: %s', (level, below) => expect(listsBelow({ level: level as never })).toBe(below));

  it('is built once per dataset', () => expect(helpIndex(data)).toBe(index));

  it('gives each session a stable id from area, start and place', () => {
    expect(index.listed('291')[0]!.uid).toBe('10002-20250520T0700-cho-an-lac@gopy');
  });
});

describe('past and coming, by the build’s now', () => {
  const list = index.listed('10001');
  it.each<[string, string, string[], string[]]>([
    ['before everything', '2025-05-16T00:00+07:00', ['Trụ sở Ủy ban nhân dân phường', 'Chợ Hoàng Tân', 'Nhà văn hoá khu 3'], []],
    ['during the market session: still coming', '2025-05-17T09:00+07:00', ['Chợ Hoàng Tân', 'Nhà văn hoá khu 3'], ['Trụ sở Ủy ban nhân dân phường']],
    ['at its very end: past', '2025-05-17T11:00+07:00', ['Nhà văn hoá khu 3'], ['Trụ sở Ủy ban nhân dân phường', 'Chợ Hoàng Tân']],
    ['after everything', '2025-06-01T00:00+07:00', [], ['Trụ sở Ủy ban nhân dân phường', 'Chợ Hoàng Tân', 'Nhà văn hoá khu 3']],
  ])('%s', (_, now, coming, past) => {
    const split = splitByTime(list, at(now));
    expect([places(split.coming), places(split.past)]).toEqual([coming, past]);
  });

  it('names the next sessions, soonest first, at most n', () => {
    expect(places(nextSessions(index.listed('290'), at('2025-05-17T12:00+07:00'), 2))).toEqual(['Nhà văn hoá khu 3', 'Trụ sở công an thành phố']);
    expect(nextSessions(index.listed('290'), at('2025-06-01T00:00+07:00'))).toEqual([]);
  });
});

describe('groupByDay', () => {
  it('groups by the day a session starts in Vietnam, days and sessions in time order', () => {
    expect(groupByDay(index.listed('290')).map((g) => [g.day, places(g.sessions)])).toEqual([
      ['2025-05-16', ['Trụ sở Ủy ban nhân dân phường']],
      ['2025-05-17', ['Chợ Hoàng Tân', 'Nhà văn hoá khu 3']],
      ['2025-05-18', ['Trụ sở công an thành phố']],
    ]);
  });
  it('takes the Vietnam day of a session written in UTC', () => {
    const utc = aggregateCsv({
      'data/areas.csv': AREAS,
      'data/participation/a.csv': 'as_of,area_code,metric,value,source\n2025-05-16,30,people,1,X',
      'data/help-points/l.csv': `${HEAD}\n10001,Chợ,cho,2025-05-16T23:30Z,2025-05-17T02:00Z,,X`,
    });
    expect(groupByDay(helpIndex(utc).listed('10001'))[0]!.day).toBe('2025-05-17');
  });
  it('gives no day for no session', () => expect(groupByDay([])).toEqual([]));
});

describe('the illustrative schedule', () => {
  const areas = [
    { code: '10001', name: 'Hoàng Tân', type: 'phường' },
    { code: '10002', name: 'An Lạc', type: 'xã' },
  ];
  const csv = Papa.unparse(illustrativeSchedule(areas, { start: '2025-05-06', days: 24, perArea: 5 }));

  it('passes the gate, five sessions an area, every one labelled illustrative', () => {
    const generated = aggregateCsv({
      'data/areas.csv': AREAS,
      'data/participation/a.csv': 'as_of,area_code,metric,value,source\n2025-05-16,30,people,1,X',
      'data/help-points/lich.csv': csv,
    });
    expect(generated.helpPoints).toHaveLength(10);
    expect(generated.helpPoints.every((h) => h.source === ILLUSTRATIVE_SCHEDULE)).toBe(true);
    expect(new Set(generated.helpPoints.map((h) => h.kind)).size).toBeGreaterThan(3);
  });

  it('is the same every time', () => {
    expect(Papa.unparse(illustrativeSchedule(areas, { start: '2025-05-06', days: 24, perArea: 5 }))).toBe(csv);
  });
});
