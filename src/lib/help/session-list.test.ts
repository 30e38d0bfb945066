import { describe, expect, it } from 'vitest';
import { fmt, t } from '../../i18n/vi.ts';
import { toSession } from './schedule.ts';
import { phoneNumbers, sessionListHtml, type SessionListWords } from './session-list.ts';

const origin = { file: 'data/help-points/a.csv', line: 2 };
const own = toSession({
  area_code: '288', place: 'Nhà văn hoá <khu> 3', kind: 'nha-van-hoa', starts: '2025-05-17T07:30+07:00', ends: '2025-05-17T11:00+07:00',
  address: '12 Trần Hưng Đạo', phone: '0220 3853 123; 0912 345 678', source: 'Công an "tỉnh"', origin,
});
const below = toSession({
  area_code: '12345', place: 'Chợ Phú Lương', kind: 'cho', starts: '2025-05-17T14:00+07:00', ends: '2025-05-17T16:00+07:00',
  team: 'Tổ công tác', note: 'Mang theo CCCD', source: 'UBND xã', origin,
});
const words: SessionListWords = { ...t.help, fmt, area: t.broadcast.area };
const label = (code: string) => (code === '12345' ? 'Xã Phú Lương' : `? ${code}`);
const out = sessionListHtml([{ day: '2025-05-17', sessions: [own, below] }], '288', label, words).value;

describe('phoneNumbers', () => {
  it('splits on ; / , and drops empty parts', () => {
    expect(phoneNumbers('0220 3853 123; 0912 345 678/ ,')).toEqual(['0220 3853 123', '0912 345 678']);
  });
});

describe('sessionListHtml', () => {
  it('heads each day with its weekday and date, at the level asked', () => {
    expect(out).toContain('<h3 id="day-2025-05-17" class="help-day__title">Thứ Bảy, 17/5/2025</h3>');
    expect(sessionListHtml([{ day: '2025-05-17', sessions: [own] }], '288', label, words, 4).value).toContain('<h4 id="day-2025-05-17"');
  });
  it('lists every session with its time, place and kind', () => {
    expect(out.match(/<li class="help-session">/g)).toHaveLength(2);
    expect(out).toContain('<strong class="help-session__time">07:30–11:00</strong>');
    expect(out).toContain(`(${t.help.kinds.cho})`);
  });
  it('escapes what the data says', () => {
    expect(out).toContain('Nhà văn hoá &lt;khu&gt; 3');
    expect(out).toContain('Công an &quot;tỉnh&quot;');
    expect(out).not.toContain('<khu>');
  });
  it('links each phone number for dialling', () => {
    expect(out).toContain('<a href="tel:02203853123">0220 3853 123</a> / <a href="tel:0912345678">0912 345 678</a>');
  });
  it('names the area of a session below the page\'s own, and only of that one', () => {
    expect(out.match(/visually-hidden/g)).toHaveLength(1);
    expect(out).toContain(`<dt class="visually-hidden">${t.broadcast.area}</dt><dd>Xã Phú Lương</dd>`);
  });
  it('writes a fact only when the session has it', () => {
    const first = out.slice(0, out.indexOf('Chợ Phú Lương'));
    expect(first).toContain(`<dt>${t.help.address}</dt>`);
    expect(first).not.toContain(`<dt>${t.help.team}</dt>`);
    expect(out.slice(first.length)).toContain(`<dt>${t.help.note}</dt><dd>Mang theo CCCD</dd>`);
  });
});
