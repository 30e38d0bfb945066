import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregateCsv } from '../data/test-data.ts';
import { parseCampaign } from '../campaign/settings.ts';
import { areaName, t } from '../../i18n/vi.ts';
import { broadcastLookups, broadcastPageHtml } from './page-html.ts';
import { broadcastTargets, type BroadcastEntry } from './pages.ts';

const data = aggregateCsv(
  {
    'data/areas.csv': [
      'code,name,type,level,parent_code',
      'VN,Việt Nam,quốc gia,country,',
      '48,Đà Nẵng,thành phố,province,VN',
      '490,Liên Chiểu,quận,district,48',
      '20194,Hòa Khánh Bắc,phường,commune,490',
    ].join('\n'),
    'data/participation/a.csv': [
      'as_of,area_code,metric,value,eligible,qualifier,source,rank_reported,rank_scope',
      '2026-03-05,48,people,1200,5000,exact,Sở & Ban,,',
      '2026-03-05,490,people,300,1000,exact,Sở & Ban,2,48',
    ].join('\n'),
  },
  { illustrative: true, label: 'Số liệu minh hoạ' },
);
const FILE = 'tests/fixtures/illustrative-campaign/campaign.yaml';
const campaign = parseCampaign(readFileSync(FILE, 'utf8'), FILE, { areas: data.areas }).campaign!;
const progress: BroadcastEntry = {
  id: 'cap-nhat',
  body: 'Kính thưa bà con {{area_name}}.\n\nTại {{figures_area}} đã có {{people}} người góp ý.',
  data: { title: 'Tin "cập nhật" & số liệu', purpose: 'progress', minutes: 2, audience: 'Toàn dân' },
};
const reminder: BroadcastEntry = { ...progress, id: 'nhac-nho', body: 'Kính thưa bà con {{area_name}}. Hãy góp ý.', data: { ...progress.data, title: 'Nhắc nhở', purpose: 'reminder' } };
const targets = broadcastTargets([progress, reminder], data);
const target = (id: string, code: string) => targets.find((x) => x.broadcast.id === id && x.area.code === code)!;
const env = { campaign, now: Date.parse('2031-03-10T02:00:00Z'), site: 'https://gopy.example.vn', t, areaName };
const render = (id: string, code: string) => {
  const x = target(id, code);
  return broadcastPageHtml(x, broadcastLookups(x, data), env);
};

describe('broadcastLookups', () => {
  it('looks up what the page shows besides its target, as plain values', () => {
    const look = broadcastLookups(target('cap-nhat', '490'), data);
    expect(look.below.map((a) => a.code)).toEqual(['20194']);
    expect(look.figure).toMatchObject({ rankScope: 'Đà Nẵng', corrected: false, illustrative: 'Số liệu minh hoạ' });
    expect(look.figure!.area.code).toBe('490');
    expect(structuredClone(look)).toEqual(look);
  });
});

describe('broadcastPageHtml', () => {
  const page = render('cap-nhat', '490');
  const main = page.main.value;

  it('names the page, its share card and whether it shows figures', () => {
    expect(page.path).toBe('kich-ban/cap-nhat/quan-lien-chieu-490/');
    expect(page.title).toBe('Tin "cập nhật" & số liệu — Quận Liên Chiểu');
    expect(page.description).toBe('Bài đọc: Tin "cập nhật" & số liệu, Quận Liên Chiểu.');
    expect(page.image).toMatch(/^kich-ban\/cap-nhat\/.+\.png$/);
    expect(page.showsFigures).toBe(true);
    expect(render('nhac-nho', '490').showsFigures).toBe(false);
  });

  it('escapes the broadcast’s words', () => {
    expect(main).toContain('<h1>Tin &quot;cập nhật&quot; &amp; số liệu</h1>');
  });

  it('carries the live status line of the day, its downloads and the text in words', () => {
    expect(main).toMatch(/<div class="campaign-status campaign-status--open" data-phase="open"[^>]* data-campaign-status data-opens-at="/);
    expect(main).toContain('<a href="/kich-ban/cap-nhat/quan-lien-chieu-490.docx" download="cap-nhat-quan-lien-chieu-490.docx"');
    expect(main).toContain('<section class="broadcast-text" aria-label="Bài đọc" id="bai-doc"><p>Kính thưa bà con quận Liên Chiểu.</p><p>Tại quận Liên Chiểu đã có ba trăm người góp ý.</p></section>');
    expect(main).toContain('<template data-listen-template data-listen-for="bai-doc"');
    expect(main).toContain('<template data-print-template>');
  });

  it('shows the figure with its rank in its province, and a report link that names this page', () => {
    expect(main).toContain('<h2>Số liệu dùng trong bài</h2><div class="figure" data-figure=');
    expect(main).toContain('Đà Nẵng');
    expect(main).toContain('<p class="illustrative">Số liệu minh hoạ</p>');
    const report = /href="(mailto:lien-he@example\.org\?[^"]+)"/.exec(main)?.[1];
    expect(decodeURIComponent(report!.replace(/&#38;/g, '&'))).toContain('https://gopy.example.vn/kich-ban/cap-nhat/quan-lien-chieu-490/');
  });

  it('offers the areas below it, and none where there are none', () => {
    expect(main).toContain('<a href="#h-sub-areas">Chọn địa bàn trực thuộc</a>');
    expect(main).toContain('<a href="/kich-ban/cap-nhat/phuong-hoa-khanh-bac-20194/" aria-label="Phường Hòa Khánh Bắc">Hòa Khánh Bắc</a>');
    const leaf = render('cap-nhat', '20194').main.value;
    expect(leaf).not.toContain('h-sub-areas');
    expect(leaf).toContain('<p class="broadcast-owner">');
  });

  it('says a broadcast without figures is the same everywhere', () => {
    const main2 = render('nhac-nho', '490').main.value;
    expect(main2).toContain(`<p class="muted">${t.broadcast.noFigures}</p>`);
    expect(main2).not.toContain('class="figure"');
  });
});
