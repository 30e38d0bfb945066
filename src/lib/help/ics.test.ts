import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { aggregateCsv } from '../data/test-data.ts';
import { escapeText, foldLine, helpCalendar, VN_TZID, type IcsWords } from './ics.ts';
import { helpIndex } from './schedule.ts';

const words: IcsWords = {
  summary: (kind, place) => `Hướng dẫn góp ý — ${place} (${kind})`,
  kinds: { 'cong-an': 'Công an', 'uy-ban': 'Ủy ban', 'nha-van-hoa': 'Nhà văn hoá', cho: 'Chợ', truong: 'Trường', 'khu-cong-nghiep': 'Khu công nghiệp', 'tan-nha': 'Tận nhà', khac: 'Khác' },
  team: 'Tổ',
  phone: 'Điện thoại',
  note: 'Ghi chú',
  source: 'Nguồn',
};
const data = aggregateCsv({
  'data/areas.csv': 'code,name,type,level,parent_code\nVN,Việt Nam,quốc gia,country,\n30,Hải Dương,tỉnh,province,VN\n10001,Hoàng Tân,phường,commune,30',
  'data/participation/a.csv': 'as_of,area_code,metric,value,source\n2025-05-16,30,people,1,X',
  'data/help-points/l.csv': [
    'area_code,place,kind,address,starts,ends,team,phone,note,source',
    '10001,"Chợ Hoàng Tân, cổng chính",cho,"Số 3; đường Trần Hưng Đạo",17/5/2025 07:30,17/5/2025 11:00,Tổ công an phường,0220 3852 123,"Mang căn cước\\, điện thoại",Công an phường',
    '10001,Nhà văn hoá khu dân cư số 3 rất dài để thử việc gấp dòng của tệp lịch theo đúng quy định,nha-van-hoa,,2025-05-17T12:00Z,2025-05-17T14:00Z,,,,Công an phường',
  ].join('\n'),
});
const sessions = helpIndex(data).listed('10001');
const stamp = new Date('2025-05-16T05:00:00Z');
const text = helpCalendar({ name: 'Lịch hỗ trợ — Phường Hoàng Tân', sessions, stamp, areaLabel: () => 'Phường Hoàng Tân', words, illustrative: 'Lịch minh hoạ' });

describe('helpCalendar (RFC 5545)', () => {
  const cal = new ICAL.Component(ICAL.parse(text));
  // The calendar's own VTIMEZONE defines the times: a reader registers it, as a calendar app does.
  ICAL.TimezoneService.register(cal.getFirstSubcomponent('vtimezone')!);
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('parses back with one event per session, times in Vietnam time', () => {
    expect(events).toHaveLength(2);
    const [market, evening] = events;
    expect(market!.startDate.toString()).toBe('2025-05-17T07:30:00');
    expect(market!.startDate.zone.tzid).toBe(VN_TZID);
    expect(market!.startDate.toUnixTime()).toBe(Date.parse('2025-05-17T07:30:00+07:00') / 1000);
    expect(market!.endDate.toUnixTime()).toBe(Date.parse('2025-05-17T11:00:00+07:00') / 1000);
    // Written in UTC in the CSV, listed in Vietnam time.
    expect(evening!.startDate.toString()).toBe('2025-05-17T19:00:00');
  });

  it('keeps commas, semicolons and backslashes of the text', () => {
    const [market, evening] = events;
    expect(market!.location).toBe('Chợ Hoàng Tân, cổng chính, Số 3; đường Trần Hưng Đạo, Phường Hoàng Tân');
    expect(market!.summary).toBe('Hướng dẫn góp ý — Chợ Hoàng Tân, cổng chính (Chợ)');
    expect(market!.description).toBe('Lịch minh hoạ\nTổ: Tổ công an phường\nĐiện thoại: 0220 3852 123\nGhi chú: Mang căn cước\\, điện thoại\nNguồn: Công an phường');
    expect(evening!.summary).toContain('rất dài để thử việc gấp dòng');
  });

  it('has a VTIMEZONE at +07:00, stable UIDs and DTSTAMP in UTC', () => {
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    expect(tz.getFirstPropertyValue('tzid')).toBe(VN_TZID);
    expect(tz.getFirstSubcomponent('standard')!.getFirstPropertyValue('tzoffsetto')!.toString()).toBe('+07:00');
    expect(events.map((e) => e.uid)).toEqual(['10001-20250517T0730-cho-hoang-tan-cong-chinh@gopy', expect.stringMatching(/^10001-20250517T1900-nha-van-hoa-khu-dan-cu-so-3-/)]);
    expect(text).toContain('DTSTAMP:20250516T050000Z');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBeTruthy();
  });

  it('writes CRLF lines of at most 75 octets, folded without splitting a character', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).not.toMatch(/(?<!\r)\n/);
    const lines = text.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(text))).toBe(text);
  });

  it('gives the same bytes for the same input', () => {
    expect(helpCalendar({ name: 'Lịch hỗ trợ — Phường Hoàng Tân', sessions, stamp, areaLabel: () => 'Phường Hoàng Tân', words, illustrative: 'Lịch minh hoạ' })).toBe(text);
  });

  it('is a valid empty calendar with no session', () => {
    const empty = new ICAL.Component(ICAL.parse(helpCalendar({ name: 'x', sessions: [], stamp, areaLabel: () => '', words })));
    expect(empty.getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('text escaping and folding', () => {
  it.each<[string, string]>([
    ['a, b; c\\d', 'a\\, b\\; c\\\\d'],
    ['một\ndòng', 'một\\ndòng'],
  ])('escapeText(%j) = %j', (s, out) => expect(escapeText(s)).toBe(out));

  it('folds a long Vietnamese line on character boundaries', () => {
    const line = `SUMMARY:${'Người'.repeat(40)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n ').join('')).toBe(line);
    for (const l of folded.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
  });

  const octets = (l: string) => new TextEncoder().encode(l).length;
  it.each<[string, string, number]>([
    ['75 ASCII octets: one line', 'a'.repeat(75), 1],
    ['76 ASCII octets: two lines', 'a'.repeat(76), 2],
    ['25 three-octet letters (75 octets): one line', 'ệ'.repeat(25), 1],
    ['26 three-octet letters: two lines', 'ệ'.repeat(26), 2],
    ['four-octet characters (surrogate pairs) are never split', `X${'😀'.repeat(40)}`, 3],
    ['a mix past three folds', `DESCRIPTION:${'Người dân góp ý 😀, '.repeat(12)}`, 5],
  ])('%s', (_, line, count) => {
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts).toHaveLength(count);
    expect(parts.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
    parts.forEach((l, i) => {
      expect(octets(l)).toBeLessThanOrEqual(75);
      if (i > 0) expect(l.startsWith(' ')).toBe(true);
      // A continuation holds 74 octets after its space; nothing is cut mid-character.
      expect(l).not.toMatch(/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/);
    });
  });
});
