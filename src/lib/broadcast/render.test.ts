import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/vi.ts';
import {
  extractBroadcastText,
  readingSeconds,
  renderBroadcast,
  broadcastToText,
  spokenSource,
  type BroadcastArea,
} from './render.ts';

const words = t.broadcast.textWords;

const haiDuong: BroadcastArea = {
  code: '30',
  spoken_name: 'tỉnh Hải Dương',
  people: {
    value: 264642,
    qualifier: 'exact',
    as_of: '2025-05-16',
    source: 'Kiến Thức: "Bí quyết Hải Dương đứng đầu về góp ý Hiến pháp trên VNeID"',
  },
  eligible: 1290087,
  rate: 264642 / 1290087,
  rank_reported: 1,
  rank_scope: 'country',
};

const country: BroadcastArea = {
  code: 'VN',
  spoken_name: 'cả nước',
  people: {
    value: 14000000,
    qualifier: 'approx',
    as_of: '2025-05-24T13:00+07:00',
    source: 'Doanh nghiệp & Tiếp thị: "Khoảng 14 triệu người…"',
  },
};

describe('renderBroadcast', () => {
  const body = [
    'Tính đến {{as_of}}, {{figures_area}} có {{people}} người đã gửi góp ý.',
    'Số người có tài khoản định danh điện tử mức 2 là {{eligible}} người. Tỉ lệ đạt {{rate}}.',
    'Theo {{source}}, {{figures_area}} đứng {{rank_reported}} về tỉ lệ tham gia.',
    'Hạn cuối là hết ngày 29/5/2025.',
  ].join('\n\n');

  it('puts the figures of an area in words', () => {
    const r = renderBroadcast(body, haiDuong, words);
    expect(r.paragraphs).toEqual([
      'Tính đến ngày mười sáu tháng năm năm hai nghìn không trăm hai mươi lăm, tỉnh Hải Dương có hai trăm sáu mươi tư nghìn sáu trăm bốn mươi hai người đã gửi góp ý.',
      'Số người có tài khoản định danh điện tử mức hai là một triệu hai trăm chín mươi nghìn không trăm tám mươi bảy người. Tỉ lệ đạt hai mươi phẩy năm phần trăm.',
      'Theo Kiến Thức, tỉnh Hải Dương đứng thứ nhất cả nước về tỉ lệ tham gia.',
      'Hạn cuối là hết ngày hai mươi chín tháng năm năm hai nghìn không trăm hai mươi lăm.',
    ]);
    expect(r.missing).toEqual([]);
  });

  it('keeps the qualifier and the hour, and leaves out paragraphs it cannot fill', () => {
    const r = renderBroadcast(body, country, words);
    expect(r.paragraphs[0]).toBe(
      'Tính đến mười ba giờ ngày hai mươi tư tháng năm năm hai nghìn không trăm hai mươi lăm, cả nước có khoảng mười bốn triệu người đã gửi góp ý.',
    );
    expect(r.paragraphs).toHaveLength(2);
    expect(r.missing.sort()).toEqual(['eligible', 'rank_reported', 'rate']);
  });

  it('capitalises a sentence that starts with a placeholder', () => {
    expect(renderBroadcast('{{figures_area}} có {{people}} người. {{figures_area}} cố lên!', country, words).paragraphs).toEqual([
      'Cả nước có khoảng mười bốn triệu người. Cả nước cố lên!',
    ]);
  });

  it('keeps the qualifier on a rate computed from an approximate figure', () => {
    const area = { ...haiDuong, people: { ...haiDuong.people!, value: 240500, qualifier: 'approx' as const }, rate: 240500 / 1290087 };
    expect(renderBroadcast('Tỉ lệ {{rate}}.', area, words).paragraphs).toEqual(['Tỉ lệ khoảng mười tám phẩy sáu phần trăm.']);
  });

  it('says "hơn" for at_least figures', () => {
    const area = { ...country, people: { ...country.people!, value: 4300000, qualifier: 'at_least' as const } };
    expect(renderBroadcast('Có {{people}} ý kiến.', area, words).paragraphs).toEqual(['Có hơn bốn triệu ba trăm nghìn ý kiến.']);
  });

  it('names the figures’ owner, and says first that they are a higher level’s', () => {
    const commune = {
      ...haiDuong,
      code: '10001',
      spoken_name: 'xã Hoàng Tân',
      figures_spoken_name: 'tỉnh Hải Dương',
      figures_note: 'xã Hoàng Tân chưa có số liệu riêng. Sau đây là số liệu chung của toàn tỉnh Hải Dương.',
    };
    const body = 'Kính chào bà con {{area_name}}.\n\n{{figures_note}}\n\n{{figures_area}} có {{people}} người.';
    expect(renderBroadcast(body, commune, words).paragraphs).toEqual([
      'Kính chào bà con xã Hoàng Tân.',
      'Xã Hoàng Tân chưa có số liệu riêng. Sau đây là số liệu chung của toàn tỉnh Hải Dương.',
      'Tỉnh Hải Dương có hai trăm sáu mươi tư nghìn sáu trăm bốn mươi hai người.',
    ]);
    const own = renderBroadcast(body, haiDuong, words);
    expect(own.paragraphs).toEqual(['Kính chào bà con tỉnh Hải Dương.', 'Tỉnh Hải Dương có hai trăm sáu mươi tư nghìn sáu trăm bốn mươi hai người.']);
    expect(own.missing).toEqual([]); // the note is for borrowed figures only: not reported as left out
  });

  it('has no figures’ area without figures: the paragraph is left out', () => {
    const none = { code: '31', spoken_name: 'thành phố Hải Phòng' };
    const r = renderBroadcast('Chào {{area_name}}.\n\n{{figures_area}} đã góp ý.', none, words);
    expect(r.paragraphs).toEqual(['Chào thành phố Hải Phòng.']);
    expect(r.missing).toEqual(['figures_area']);
  });

  it.each(['{{area_name}} có {{people}} người.', 'Ở {{area_name}}, tỉ lệ là {{rate}}.', '{{area_name}} đứng {{rank_reported}}.'])(
    'refuses a figure said under the listener’s name: %s',
    (body) => expect(() => renderBroadcast(body, haiDuong, words)).toThrow(/figures_area/),
  );

  it('inserts where help is, and leaves the paragraph out where nothing is known', () => {
    const body = 'Xin chào.\n\n{{help}}';
    expect(renderBroadcast(body, { ...haiDuong, help: 'Bà con hãy đến công an xã.' }, words).paragraphs).toEqual(['Xin chào.', 'Bà con hãy đến công an xã.']);
    expect(renderBroadcast(body, haiDuong, words).missing).toEqual(['help']);
  });

  it('rejects an unknown placeholder', () => {
    expect(() => renderBroadcast('Xin chào {{commune}}.', haiDuong, words)).toThrow(/commune/);
  });

  it('rejects an unknown placeholder in paragraphs each time it is asked, not only the first', () => {
    const paragraphs = ['Xin chào {{commune}}.'];
    expect(() => renderBroadcast(paragraphs, haiDuong, words)).toThrow(/commune/);
    expect(() => renderBroadcast(paragraphs, country, words)).toThrow(/commune/);
  });

  it('the same paragraphs for many areas: each gets its own values, the text its numerals in words as options say', () => {
    const paragraphs = ['Đến ngày 16/5, {{figures_area}} có {{people}} người góp ý.', 'Năm 2013. {{rate}}'];
    const a = renderBroadcast(paragraphs, haiDuong, words);
    const b = renderBroadcast(paragraphs, country, words);
    expect(a.paragraphs[0]).toBe(`Đến ngày mười sáu tháng năm, tỉnh Hải Dương có ${renderBroadcast(['{{people}}'], haiDuong, words).paragraphs[0]!.toLowerCase()} người góp ý.`);
    expect(b.paragraphs[0]).toContain('cả nước có khoảng mười bốn triệu người góp ý.');
    expect(a.paragraphs).toHaveLength(2);
    // The country has no rate: its second paragraph is left out, and that is said.
    expect(b.paragraphs).toHaveLength(1);
    expect(b.missing).toEqual(['rate']);
    expect(renderBroadcast(paragraphs, haiDuong, words).paragraphs).toEqual(a.paragraphs);
    // The same paragraphs under other options: the author's numerals said as those options say.
    const year = ['Năm 2005, {{area_name}}.'];
    expect(renderBroadcast(year, haiDuong, words, { linh: 'lẻ' }).paragraphs).toEqual(['Năm hai nghìn không trăm lẻ năm, tỉnh Hải Dương.']);
    expect(renderBroadcast(year, haiDuong, words).paragraphs).toEqual(['Năm hai nghìn không trăm linh năm, tỉnh Hải Dương.']);
  });

  it('honours linh/lẻ and nghìn/ngàn', () => {
    const r = renderBroadcast('{{people}}', { ...haiDuong, people: { ...haiDuong.people!, value: 1005 } }, words, {
      linh: 'lẻ',
      thousand: 'ngàn',
    });
    expect(r.paragraphs).toEqual(['Một ngàn không trăm lẻ năm']);
  });

  it('counts words and estimates reading time at one pace', () => {
    const r = renderBroadcast(body, haiDuong, words);
    expect(r.words).toBe(r.paragraphs.join(' ').split(/\s+/).length);
    expect(r.seconds).toBe(readingSeconds(r.words));
    expect(renderBroadcast(body, haiDuong, words, { pace: 80 }).seconds).toBeGreaterThan(r.seconds);
  });
});

describe('helpers', () => {
  it('extracts plain paragraphs from MDX', () => {
    const mdx = "import X from '../x';\n\n{/* ghi chú cho người soạn */}\n\n## Mở đầu\n\nKính thưa **bà con**,\nxin chú ý.\n\n- Một ý.\n";
    expect(extractBroadcastText(mdx)).toEqual(['Mở đầu', 'Kính thưa bà con, xin chú ý.', 'Một ý.']);
  });

  it.each<[string, string]>([
    ['Kiến Thức: "Bí quyết…"', 'Kiến Thức'],
    ['Báo Khánh Hòa (qua vietnam.vn): "Hơn 17 triệu…"', 'Báo Khánh Hòa'],
  ])('spoken source %s → %s', (s, out) => expect(spokenSource(s)).toBe(out));



  it('rounds reading time up to 15 seconds', () => {
    expect(readingSeconds(160, 160)).toBe(60);
    expect(readingSeconds(161, 160)).toBe(75);
  });

  it('writes CRLF text after a UTF-8 byte order mark', () => {
    const text = broadcastToText(['Một.', 'Hai.']);
    expect(text).toBe('\uFEFFMột.\r\n\r\nHai.\r\n');
    // As written to disk: EF BB BF, then the text.
    expect([...new TextEncoder().encode(text).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
