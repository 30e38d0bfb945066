import { describe, expect, it } from 'vitest';
import { SHARE_HEIGHT, SHARE_WIDTH } from '../figures/share-image.ts';
import { shareCardPath, shareCardSvg, svgToPng } from './share-card.ts';

const baselines = (svg: string) => [...svg.matchAll(/<text [^>]*y="(\d+)"[^>]*>/g)].map((m) => Number(m[1]));
const texts = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('shareCardSvg', () => {
  it.each([
    ['a short title', 'Góp ý qua VNeID', 'Bốn bước.'],
    ['a long title and summary', 'Làm và kích hoạt tài khoản định danh điện tử mức 2 '.repeat(3).trim(), 'Muốn góp ý trên VNeID, bạn cần tài khoản. '.repeat(6)],
  ])('%s: site name, kind, title and summary, all inside the card', (_, title, summary) => {
    const svg = shareCardSvg({ siteName: 'Góp ý Hiến pháp qua VNeID', kind: 'Hướng dẫn', title, summary });
    expect(svg).toContain(`width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}"`);
    const t = texts(svg);
    expect(t[0]).toBe('Góp ý Hiến pháp qua VNeID');
    expect(t[1]).toBe('HƯỚNG DẪN');
    expect(t.join(' ')).toContain(title.split(' ').slice(0, 6).join(' '));
    for (const y of baselines(svg)) expect(y).toBeLessThanOrEqual(SHARE_HEIGHT - 20);
  });

  it('escapes what it prints', () => {
    const svg = shareCardSvg({ siteName: 'A & B', kind: 'K', title: '<b>"Tiêu đề"</b>' });
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('&lt;b&gt;&quot;Tiêu đề&quot;&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
  });

  it('draws a 1200×630 PNG, the same bytes for the same card', async () => {
    const svg = shareCardSvg({ siteName: 'Góp ý', kind: 'Kịch bản loa', title: 'Thông báo phát động' });
    const [a, b] = [await svgToPng(svg), await svgToPng(svg)];
    expect([...a.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(a.buffer, a.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([SHARE_WIDTH, SHARE_HEIGHT]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('one card per guide and per broadcast, at stable paths', () => {
    expect(shareCardPath.guide('gop-y-qua-vneid')).toBe('huong-dan/gop-y-qua-vneid/anh-chia-se.png');
    expect(shareCardPath.broadcast('cap-nhat-so-lieu')).toBe('kich-ban/cap-nhat-so-lieu/anh-chia-se.png');
  });
});
