/**
 * Build-level tests of help in person (issue 11, part two), on a fixture site: the default data
 * plus two communes under Bình Giang (296) and a generated, illustrative schedule for them and
 * for Chí Linh (290), built with GOPY_NOW on 16/5/2025 at noon. And the default site: its
 * help-points file holds only a header, so its pages say where help is always available.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ROOT, runBuild } from '../e2e/site.ts';
import { helpSite } from './help-fixture.ts';
import { mainText, page as defaultPage, siteDir as defaultDir } from './site.ts';
import { ILLUSTRATIVE_SCHEDULE } from '../../src/lib/help/illustrative.ts';

const site = await helpSite();
const file = (p: string) => readFileSync(join(site.dir, p), 'utf8');
const page = (p: string) => file(join(p, 'index.html'));

describe('a help page per area with sessions in it or below it', () => {
  it('exists for the communes, their district, the province and the country, and for Hải Dương’s other districts (its source says where help always is)', () => {
    const dirs = readdirSync(join(site.dir, 'ho-tro'));
    for (const slug of ['xa-thuc-khang-99901', 'xa-vinh-hong-99902', 'huyen-binh-giang-296', 'thanh-pho-chi-linh-290', 'tinh-hai-duong-30', 'toan-quoc', 'huyen-gia-loc-297']) {
      expect(dirs).toContain(slug);
    }
  });

  it('lists the coming sessions by day with place, time, team and the illustrative source; past ones folded away', () => {
    const html = page('ho-tro/xa-thuc-khang-99901');
    const text = mainText(html);
    // 12/5 and 14/5 are past at noon on 16/5; 16/5 19:00, 18/5 and 20/5 are coming.
    expect(text).toContain('3 buổi sắp tới.');
    expect(text).toMatch(/Thứ Sáu, 16\/5\/2025 19:00–21:00 Nhà văn hoá thôn 3/);
    expect(text).toContain('Chủ nhật, 18/5/2025');
    expect(text).toContain('Tổ hỗ trợ xã Thúc Kháng');
    expect(text.split(ILLUSTRATIVE_SCHEDULE).length - 1).toBe(5);
    const past = /<details class="help-past[^"]*"[^>]*>([\s\S]*?)<\/details>/.exec(html)?.[1] ?? '';
    expect(mainText(`<main>${past}</main>`)).toMatch(/Các buổi đã qua \(2\).*Thứ Tư, 14\/5\/2025.*Thứ Hai, 12\/5\/2025/);
    expect(html).not.toMatch(/<details[^>]*\bopen/);
  });

  it('a district lists its communes’ sessions, each naming its commune; the province only its own and leads to its districts', () => {
    const text = mainText(page('ho-tro/huyen-binh-giang-296'));
    expect(text).toContain('6 buổi sắp tới.');
    expect(text).toContain('Xã Thúc Kháng');
    expect(text).toContain('Xã Vĩnh Hồng');
    const province = page('ho-tro/tinh-hai-duong-30');
    expect(mainText(province)).toContain('Chưa có lịch hướng dẫn nào được công bố cho địa bàn này.');
    expect(province).toContain('href="/ho-tro/huyen-binh-giang-296/"');
    expect(mainText(province)).toContain('Ở tỉnh Hải Dương, bà con cần giúp có thể đến công an xã');
  });

  it('prints as an A4 schedule from the page itself', () => {
    expect(page('ho-tro/huyen-binh-giang-296')).toMatch(/@media print\{@page\{size:A4 portrait/);
  });
});

describe('the .ics of an area', () => {
  it('parses back with the page’s sessions, in Vietnam time, labelled illustrative', () => {
    const text = file('ho-tro/xa-thuc-khang-99901.ics');
    const cal = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.register(cal.getFirstSubcomponent('vtimezone')!);
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(5);
    const evening = events.find((e) => e.summary.includes('Nhà văn hoá thôn 3'))!;
    expect(evening.startDate.toUnixTime()).toBe(Date.parse('2025-05-16T19:00:00+07:00') / 1000);
    expect(evening.location).toContain('Xã Thúc Kháng');
    expect(evening.description).toContain(ILLUSTRATIVE_SCHEDULE);
    expect(text).toContain('DTSTAMP:20250516T050000Z');
    expect(page('ho-tro/xa-thuc-khang-99901')).toContain('href="/ho-tro/xa-thuc-khang-99901.ics"');
  });

  it('the district’s holds its communes’ sessions; no calendar where nothing is listed', () => {
    expect(file('ho-tro/huyen-binh-giang-296.ics').match(/BEGIN:VEVENT/g)).toHaveLength(10);
    expect(existsSync(join(site.dir, 'ho-tro/tinh-hai-duong-30.ics'))).toBe(false);
  });
});

describe('the broadcasts name the next sessions of the listener’s own area', () => {
  const txt = (b: string, slug: string) => file(`kich-ban/${b}/${slug}.txt`);

  it('a commune: the next three, in words, the schedule’s source first', () => {
    const text = txt('thong-bao-phat-dong', 'xa-thuc-khang-99901');
    expect(text).toContain(`Theo ${ILLUSTRATIVE_SCHEDULE}, sắp tới có các buổi hướng dẫn góp ý như sau.`);
    expect(text).toContain('Tối thứ Sáu ngày mười sáu tháng năm, từ mười chín giờ đến hai mươi mốt giờ, Tổ hỗ trợ xã Thúc Kháng có mặt tại Nhà văn hoá thôn ba');
    expect(text).toContain('Sáng Chủ nhật ngày mười tám tháng năm');
    expect(text).not.toContain('mười hai tháng năm'); // past
    expect(text).not.toContain('Ở tỉnh Hải Dương, bà con cần giúp'); // sessions instead of the general place
  });

  it('a district: its communes’ sessions, each naming its commune', () => {
    expect(txt('cap-nhat-so-lieu', 'huyen-binh-giang-296')).toMatch(/có mặt tại [^.]*, xã (Thúc Kháng|Vĩnh Hồng)\./);
  });

  it('an area without sessions: where help always is, as its source says', () => {
    expect(txt('thong-bao-phat-dong', 'huyen-gia-loc-297')).toContain('Ở tỉnh Hải Dương, bà con cần giúp có thể đến công an xã');
  });
});

describe('the default data (help-points holds only a header)', () => {
  it('has the header-only file and help pages saying where help is always available, with its source', () => {
    expect(readFileSync('data/help-points/lich-ho-tro.csv', 'utf8').trim()).toBe('area_code,place,kind,address,starts,ends,team,phone,note,source');
    const text = mainText(defaultPage('ho-tro/thanh-pho-chi-linh-290/'));
    expect(text).toContain('Ở tỉnh Hải Dương, bà con cần giúp có thể đến công an xã');
    expect(text).toContain('Kiến Thức');
    expect(text).toContain('Chưa có lịch hướng dẫn nào được công bố cho địa bàn này.');
    expect(existsSync(join(defaultDir(), 'ho-tro/thanh-pho-chi-linh-290.ics'))).toBe(false);
    // A fact for Hải Dương stays in Hải Dương: no help page for another province.
    expect(existsSync(join(defaultDir(), 'ho-tro/thanh-pho-ha-noi-01'))).toBe(false);
  });

  it('the guide’s "Hỏi ai khi cần giúp" leads to the help pages, whose chooser lists Hải Dương', () => {
    expect(defaultPage('huong-dan/gop-y-qua-vneid/')).toContain('href="/ho-tro/"');
    expect(defaultPage('ho-tro/')).toContain('href="/ho-tro/tinh-hai-duong-30/"');
  });
});

describe('a bad help-point row', () => {
  it('stops the build naming file, line and column, and leaves the published folder untouched', async () => {
    const work = join(ROOT, '.tmp/help-bad');
    rmSync(work, { recursive: true, force: true });
    const data = join(work, 'data');
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    writeFileSync(
      join(data, 'help-points/lich-ho-tro.csv'),
      'area_code,place,kind,address,starts,ends,team,phone,note,source\n30,Chợ,cho,,17/5/2025 07:30,17/5/2025 06:00,,,,Nguồn thử\n30,Chợ,quán nước,,17/5/2025 08:00,17/5/2025 09:00,,,,Nguồn thử\n',
    );
    const dest = join(work, 'site');
    mkdirSync(dest, { recursive: true });
    writeFileSync(join(dest, 'index.html'), 'PREVIOUS-BUILD');
    const error = await runBuild(dest, { DATA_DIR: data }).then(
      () => undefined,
      (e: Error) => e.message,
    );
    expect(error).toBeDefined();
    expect(error).toContain('data/help-points/lich-ho-tro.csv:2, cột "ends"');
    expect(error).toContain('data/help-points/lich-ho-tro.csv:3, cột "kind", giá trị "quán nước"');
    expect(readdirSync(dest)).toEqual(['index.html']);
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).toBe('PREVIOUS-BUILD');
    rmSync(work, { recursive: true, force: true });
  });
});
