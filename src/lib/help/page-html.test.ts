import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregateCsv } from '../data/test-data.ts';
import { parseCampaign } from '../campaign/settings.ts';
import { areaName, fmt, t } from '../../i18n/vi.ts';
import { helpPage } from './pages.ts';
import { broadcastsByTitle, helpLookups, helpPageHtml } from './page-html.ts';
import type { HelpFact } from './general.ts';

const data = aggregateCsv({
  'data/areas.csv': [
    'code,name,type,level,parent_code',
    'VN,Việt Nam,quốc gia,country,',
    '30,Hải Dương,tỉnh,province,VN',
    '290,Chí Linh,thành phố,district,30',
    '10001,Hoàng Tân,phường,commune,290',
  ].join('\n'),
  'data/participation/a.csv': 'as_of,area_code,metric,value,source\n2025-05-16,30,people,264642,Kiến Thức',
  'data/help-points/lich.csv': [
    'area_code,place,kind,starts,ends,team,source',
    '10001,Chợ Hoàng Tân,cho,2025-05-17T07:30,2025-05-17T11:00,Tổ công an phường,Công an phường',
    '10001,Nhà văn hoá "khu 3",nha-van-hoa,2025-05-20T19:00,2025-05-20T21:00,,Công an phường',
    '290,Trụ sở công an thành phố,cong-an,2025-05-18T08:00,2025-05-18T11:00,,Công an thành phố',
  ].join('\n'),
});
const facts: HelpFact[] = [{ area: '30', area_name: 'Hải Dương', text: 'Công an xã & phường hướng dẫn.', sources: [{ title: 'Tin', publisher: 'Báo A', url: 'https://a.example/x?b=1&c=2', date: '2025-05' }, { title: 'Tin', publisher: 'Báo B', date: '2025-05-16' }] }];
const FILE = 'tests/fixtures/illustrative-campaign/campaign.yaml';
const campaign = parseCampaign(readFileSync(FILE, 'utf8'), FILE).campaign!;
const now = Date.parse('2025-05-18T12:00:00+07:00');
const env = { campaign, now, broadcasts: broadcastsByTitle([{ id: 'b', data: { title: 'Nhắc nhở' } }, { id: 'a', data: { title: 'Cập nhật' } }]), t, fmt, areaName };
const render = (code: string) => {
  const p = helpPage(data, facts, data.area(code)!, now);
  return helpPageHtml(p, helpLookups(p, data, facts, { illustrative: t.figure.illustrative, areaName }), env);
};

describe('helpPageHtml', () => {
  const district = render('290');
  const main = district.main.value;

  it('names the page and leads up the tree to it', () => {
    expect(district.path).toBe('ho-tro/thanh-pho-chi-linh-290/');
    expect(district.title).toBe(t.help.title('Thành phố Chí Linh'));
    expect(main).toContain('<li><a href="/ho-tro/tinh-hai-duong-30/">Tỉnh Hải Dương</a></li></ol></nav>');
  });

  it('says where help always is, with its sources escaped', () => {
    expect(main).toContain('<p>Công an xã &amp; phường hướng dẫn.</p>');
    expect(main).toContain('Theo: <a href="https://a.example/x?b=1&#38;c=2">Báo A</a> (');
    expect(main).toContain('; Báo B (');
  });

  it('lists the coming sessions with their area, folds the past ones, and offers the calendar', () => {
    expect(main).toContain(t.help.comingCount(1));
    expect(main).toContain('<a href="/ho-tro/thanh-pho-chi-linh-290.ics" download="lich-ho-tro-thanh-pho-chi-linh-290.ics" type="text/calendar">');
    expect(main).toContain('Nhà văn hoá &quot;khu 3&quot;');
    expect(main).toContain('Phường Hoàng Tân');
    expect(main).toMatch(/<details class="help-past no-print"><summary>[^<]*\(2\)<\/summary>/);
  });

  it('offers the areas below and each broadcast for this area, by title', () => {
    expect(main).toContain('<a href="/ho-tro/phuong-hoang-tan-10001/" aria-label="Phường Hoàng Tân">Hoàng Tân</a>');
    expect([...main.matchAll(/<li><a href="\/kich-ban\/(\w+)\/thanh-pho-chi-linh-290\/">/g)].map((m) => m[1])).toEqual(['a', 'b']);
  });

  it('a commune lists no areas below and names no area on its own sessions', () => {
    const commune = render('10001').main.value;
    expect(commune).not.toContain('h-below');
    expect(commune).not.toContain('class="visually-hidden"');
  });
});
