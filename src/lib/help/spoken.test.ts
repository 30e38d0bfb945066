import { describe, expect, it } from 'vitest';
import { aggregateCsv } from '../data/test-data.ts';
import { helpIndex } from './schedule.ts';
import { spokenSessions, type HelpSpokenWords } from './spoken.ts';

const words: HelpSpokenWords = {
  intro: (sources) => `Theo lịch của ${sources}:`,
  and: 'và',
  session: (s) => `${s.when}, từ ${s.from} đến ${s.to}, ${s.who ?? 'có người'} ${s.kind === 'tan-nha' ? 'đến tận nhà ở' : 'có mặt tại'} ${[s.place, s.address, s.area].filter(Boolean).join(', ')}.`,
};
const data = aggregateCsv({
  'data/areas.csv': 'code,name,type,level,parent_code\nVN,Việt Nam,quốc gia,country,\n30,Hải Dương,tỉnh,province,VN\n297,Gia Lộc,huyện,district,30\n10960,Gia Tân,xã,commune,297',
  'data/participation/a.csv': 'as_of,area_code,metric,value,source\n2025-05-16,30,people,1,X',
  'data/help-points/l.csv': [
    'area_code,place,kind,address,starts,ends,team,source',
    '10960,Chợ Gia Tân,cho,thôn Nhân Lý,17/5/2025 07:00,17/5/2025 11:00,tổ công an xã Gia Tân,Công an xã Gia Tân',
    '10960,Nhà văn hoá thôn 3,nha-van-hoa,,17/5/2025 19:30,17/5/2025 21:00,,Công an xã Gia Tân',
    '297,Các nhà có người cao tuổi ở thị trấn,tan-nha,,18/5/2025 14:00,18/5/2025 17:00,tổ công an huyện,Công an huyện Gia Lộc',
  ].join('\n'),
});
const index = helpIndex(data);
const spoken = (code: string) => spokenSessions(index.listed(code), code, (c) => `${data.area(c)!.type} ${data.area(c)!.name}`, words);

describe('spokenSessions', () => {
  it('reads the next sessions of a commune with the day, the part of the day and every number in words', () => {
    expect(spoken('10960')).toBe(
      'Theo lịch của Công an xã Gia Tân: ' +
        'sáng thứ Bảy ngày mười bảy tháng năm, từ bảy giờ đến mười một giờ, tổ công an xã Gia Tân có mặt tại Chợ Gia Tân, thôn Nhân Lý. ' +
        'tối thứ Bảy ngày mười bảy tháng năm, từ mười chín giờ ba mươi phút đến hai mươi mốt giờ, có người có mặt tại Nhà văn hoá thôn ba.',
    );
  });

  it('names the commune of a session read on its district’s broadcast, and every source', () => {
    const text = spoken('297')!;
    expect(text.startsWith('Theo lịch của Công an xã Gia Tân và Công an huyện Gia Lộc:')).toBe(true);
    expect(text).toContain('có mặt tại Chợ Gia Tân, thôn Nhân Lý, xã Gia Tân.');
    expect(text).toContain('chiều Chủ nhật ngày mười tám tháng năm, từ mười bốn giờ đến mười bảy giờ, tổ công an huyện đến tận nhà ở Các nhà có người cao tuổi ở thị trấn.');
    expect(text).not.toMatch(/\d/);
  });

  it('is undefined without sessions', () => expect(spokenSessions([], '30', () => '', words)).toBeUndefined());
});
