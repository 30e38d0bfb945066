import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCampaign } from './settings.ts';

const FILE = 'content/campaign.yaml';
const AREAS = [
  { code: 'VN', level: 'country' },
  { code: '30', level: 'province' },
  { code: '01', level: 'province' },
  { code: '288', level: 'district' },
];
const GUIDES = ['gop-y-qua-vneid', 'khac'];

/** A whole settings file; line numbers below count from its first line. */
const BASE = `name: Tên đầy đủ
short_name: Tên ngắn
topic: điều được lấy ý kiến
channel:
  name: Kênh
  service: tiện ích góp ý
  who: người dân
  opens: 2025-05-06
  closes: 2025-05-29
  source:
    title: Tin
    publisher: Báo
    date: 2025-05
consultation_closes: 2025-06-05
province: '30'
country: VN
main_guide: gop-y-qua-vneid
operator:
contact:
  email:
hotlines: []
draft_url:
help:
  text: Hỏi công an xã.
  source: { title: Tin, publisher: Báo, date: 2025-05 }
`;

const edit = (from: string, to: string) => {
  if (!BASE.includes(from)) throw new Error(`not in BASE: ${from}`);
  return BASE.replace(from, to);
};

describe('parseCampaign: a valid file', () => {
  it('reads the settings, dates in Vietnam time, closing at the end of the day', () => {
    const r = parseCampaign(BASE, FILE, { areas: AREAS, guides: GUIDES });
    expect(r.problems).toEqual([]);
    expect(r.campaign?.channel.opens).toEqual({ text: '2025-05-06', at: Date.parse('2025-05-06T00:00+07:00'), endOfDay: false });
    expect(r.campaign?.channel.closes).toEqual({ text: '2025-05-29', at: Date.parse('2025-05-30T00:00+07:00'), endOfDay: true });
    expect(r.campaign?.province).toBe('30');
  });

  it('warns about each optional setting left unset, and about none that is set', () => {
    const unset = parseCampaign(BASE, FILE).warnings.map((w) => w.column);
    expect(unset).toEqual(['operator', 'contact', 'hotlines', 'draft_url']);
    const set = parseCampaign(
      edit('operator:\ncontact:\n  email:\nhotlines: []\ndraft_url:', [
        'operator: Đơn vị',
        'contact:\n  phone: 0220 123 456',
        'hotlines:\n  - name: Tổng đài\n    phone: "1900 0368"\n    source: { title: T, publisher: P, date: 2025 }',
        'draft_url: https://example.org/du-thao',
      ].join('\n')),
      FILE,
    );
    expect(set.problems).toEqual([]);
    expect(set.warnings).toEqual([]);
  });

  it('reads a code or a phone number written without quotes as text: "01" stays "01"', () => {
    const r = parseCampaign(edit("province: '30'", 'province: 01').replace('  email:', '  phone: 02203123456'), FILE, { areas: AREAS });
    expect(r.problems).toEqual([]);
    expect(r.campaign?.province).toBe('01');
    expect(r.campaign?.contact.phone).toBe('02203123456');
  });

  it('reads the project file', () => {
    const r = parseCampaign(readFileSync(FILE, 'utf8'), FILE, { areas: AREAS, guides: GUIDES });
    expect(r.problems).toEqual([]);
  });
});

describe('parseCampaign: every problem names the file, line and field', () => {
  it.each<[string, string, { line?: number; column?: string; value?: string; expected: RegExp }]>([
    ['a closing date that does not exist', edit('closes: 2025-05-29', 'closes: 2025-02-30'), { line: 9, column: 'channel.closes', value: '2025-02-30', expected: /ngày có thật/ }],
    ['a closing before the opening', edit('closes: 2025-05-29', 'closes: 2025-05-01'), { line: 9, column: 'channel.closes', expected: /sau ngày mở/ }],
    ['a consultation that ends before the channel closes', edit('consultation_closes: 2025-06-05', 'consultation_closes: 2025-05-20'), { line: 14, column: 'consultation_closes', expected: /không thể kết thúc trước/ }],
    ['a missing required field', edit('topic: điều được lấy ý kiến\n', ''), { line: 1, column: 'topic', expected: /bắt buộc/ }],
    ['a missing nested field', edit('  service: tiện ích góp ý\n', ''), { line: 5, column: 'channel.service', expected: /bắt buộc/ }],
    ['an empty name', edit('name: Tên đầy đủ', "name: ''"), { line: 1, column: 'name', expected: /không được để trống/ }],
    ['a misspelt field', edit('draft_url:', 'draft_link: https://example.org'), { line: 22, column: 'draft_link', expected: /gõ nhầm/ }],
    ['an e-mail that is not one', edit('  email:', '  email: lienhe-at-example'), { line: 20, column: 'contact.email', value: 'lienhe-at-example', expected: /thư điện tử/ }],
    ['a draft address that is not a web address', edit('draft_url:', 'draft_url: javascript:alert(1)'), { line: 22, column: 'draft_url', expected: /https:\/\// }],
    ['a source date in the wrong form', edit('    date: 2025-05\n', '    date: 5/2025\n'), { line: 13, column: 'channel.source.date', value: '5/2025', expected: /2025-05/ }],
    ['a hotline without a source', edit('hotlines: []', 'hotlines:\n  - name: Tổng đài\n    phone: "1900"'), { line: 22, column: 'hotlines.0.source', expected: /bắt buộc/ }],
    ['illustrative that is not true/false', edit('name: Tên đầy đủ', 'name: Tên đầy đủ\nillustrative: có'), { line: 2, column: 'illustrative', value: 'có', expected: /true hoặc false/ }],
  ])('%s', (_what, source, problem) => {
    const r = parseCampaign(source, FILE);
    expect(r.campaign).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect(p.file).toBe(FILE);
    expect(p).toMatchObject({ line: problem.line, column: problem.column });
    if (problem.value !== undefined) expect(p.value).toBe(problem.value);
    expect(p.expected).toMatch(problem.expected);
  });

  it('lists every problem at once', () => {
    const source = edit('closes: 2025-05-29', 'closes: hôm nay').replace('short_name: Tên ngắn\n', '').replace('  email:', '  email: x');
    expect(parseCampaign(source, FILE).problems.map((p) => p.column).sort()).toEqual(['channel.closes', 'contact.email', 'short_name']);
  });

  it.each<[string, string, string, RegExp]>([
    ['an unknown province', edit("province: '30'", "province: '99'"), 'province', /data\/areas.csv/],
    ['the country as province', edit("province: '30'", 'province: VN'), 'province', /không phải cả nước/],
    ['a country code that is not the country', edit('country: VN', "country: '30'"), 'country', /cả nước/],
    ['a main guide that does not exist', edit('main_guide: gop-y-qua-vneid', 'main_guide: khong-co'), 'main_guide', /gop-y-qua-vneid, khac/],
  ])('checked against the data and content: %s', (_what, source, column, expected) => {
    const r = parseCampaign(source, FILE, { areas: AREAS, guides: GUIDES });
    expect(r.problems.map((p) => p.column)).toEqual([column]);
    expect(r.problems[0]!.expected).toMatch(expected);
    expect(r.problems[0]!.line).toBeGreaterThan(0);
  });

  it('names the line of a YAML syntax error', () => {
    const r = parseCampaign(edit('  who: người dân', '  who: "người dân'), FILE);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0]).toMatchObject({ file: FILE, line: expect.any(Number) });
    expect(r.problems[0]!.expected).toMatch(/YAML/);
  });
});
