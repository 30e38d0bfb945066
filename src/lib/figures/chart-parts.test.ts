import { describe, expect, it } from 'vitest';
import { fmt, t } from '../../i18n/vi.ts';
import { en, fmt as enFmt } from '../../i18n/en.ts';
import type { ChartSpec } from './chart-spec.ts';
import { chartFilesHtml, chartSourcesHtml, shareLinksHtml, type ChartSourcesWords } from './chart-parts.ts';

const spec = {
  id: 'xa-a-nguoi-tham-gia',
  title: 'Số người "góp ý", Xã A',
  asOf: '2025-05-26T20:00+07:00',
  unit: 'người',
  sources: [
    { name: 'Báo A: "Tin <1>"', url: 'https://a.vn/x?b=1&c=2' },
    { name: 'UBND xã A' },
  ],
  rows: [{ computedShare: 0.5, printedShare: 0.4 }],
  total: { value: 1000, qualifier: 'approx', source: 'Cục Thống kê' },
} as unknown as ChartSpec;

const words: ChartSourcesWords = { ...t.chart, fmt, noAddress: t.figure.noAddress, methodology: t.footer.methodology };
const context = { address: 'https://example.org/so-lieu/xa-a/#bieu-do', siteName: 'Góp ý', today: '2026-11-28', methodologyHref: '/phuong-phap/#ti-le-nhom' };

describe('shareLinksHtml', () => {
  it('nothing without an address to share', () => {
    expect(shareLinksHtml(undefined, t.chart.share).value).toBe('');
  });
  it('Zalo and Facebook with the address encoded, and the copy button’s labels', () => {
    const o = shareLinksHtml('https://example.org/so-lieu/#a&b', t.chart.share).value;
    expect(o).toContain('data-share="https://example.org/so-lieu/#a&#38;b"');
    expect(o).toContain(`href="https://zalo.me/share?url=${encodeURIComponent('https://example.org/so-lieu/#a&b')}"`);
    expect(o).toContain('href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fso-lieu%2F%23a%26b"');
    expect(o).toContain(`aria-label="${t.chart.share.heading}: Zalo"`);
    expect(o).toContain(`data-copy-link-label="${t.chart.share.copyLink}"`);
  });
});

describe('chartSourcesHtml', () => {
  const o = chartSourcesHtml(spec, words, context).value;
  it('each source, linked when it has an address, escaped', () => {
    expect(o).toContain('<li><a href="https://a.vn/x?b=1&#38;c=2">Báo A: &quot;Tin &lt;1&gt;&quot;</a></li>');
    expect(o).toContain(`<li><span>UBND xã A</span> (${t.figure.noAddress})</li>`);
  });
  it('what the shares are computed from, and where the printed ones differ', () => {
    expect(o).toContain(`<p class="muted">${t.chart.shareBase(`${fmt.qualifiedCount(spec.total!)} người`, 'Cục Thống kê')} ${t.chart.shareDiffers} <a href="/phuong-phap/#ti-le-nhom">`);
  });
  it('a citation with the short sources, the page’s address and the build’s day, which the browser may replace', () => {
    expect(o).toContain('https://example.org/so-lieu/xa-a/#bieu-do');
    expect(o).toContain(`<time datetime="2026-11-28" data-today="${t.chart.citeDate}">${fmt.date('2026-11-28')}</time>.</p>`);
    expect(o).toContain('Báo A; UBND xã A');
  });
  it('on an English page, the Vietnamese sources are marked as such', () => {
    const e = chartSourcesHtml(spec, { ...en.chart, fmt: enFmt, noAddress: en.figure.noAddress, methodology: en.footer.methodology }, { ...context, dataLang: 'vi' }).value;
    expect(e).toContain('<a href="https://a.vn/x?b=1&#38;c=2" lang="vi">');
    expect(e).toContain('<span lang="vi">UBND xã A</span>');
  });
  it('no line about shares for a chart without computed shares', () => {
    const plain = chartSourcesHtml({ ...spec, total: undefined, rows: [{}] } as unknown as ChartSpec, words, context).value;
    expect(plain).not.toContain('class="muted"');
  });
});

describe('chartFilesHtml', () => {
  const share = shareLinksHtml('https://example.org/x/', t.chart.share);
  it('CSV and JSON always; the image, the embed page and its code when there are', () => {
    const o = chartFilesHtml(t.chart, {
      csv: '/so-lieu/xa-a/nguoi.csv',
      json: '/so-lieu/xa-a/nguoi.json',
      image: { href: '/so-lieu/xa-a/nguoi.png', fileName: 'xa-a-nguoi.png' },
      embed: { href: '/so-lieu/nhung/xa-a/', snippet: '<iframe src="https://example.org/so-lieu/nhung/xa-a/"></iframe>', codeId: 'embed-xa-a' },
      share,
    }).value;
    expect(o).toContain(`<li><a href="/so-lieu/xa-a/nguoi.csv" download>${t.chart.csv}</a> <span class="muted">(CSV)</span></li>`);
    expect(o).toContain('<a href="/so-lieu/xa-a/nguoi.png" download="xa-a-nguoi.png" class="chart__png">');
    expect(o).toContain(`<li><a href="/so-lieu/nhung/xa-a/">${t.chart.embedPage}</a></li>`);
    expect(o).toContain('<pre class="chart__embed" aria-labelledby="embed-xa-a-label" tabindex="0"');
    expect(o).toContain('<code>&lt;iframe src=&quot;https://example.org/so-lieu/nhung/xa-a/&quot;&gt;&lt;/iframe&gt;</code>');
    expect(o.endsWith(share.value)).toBe(true);
  });
  it('without an image or an embed: neither, nor the code', () => {
    const o = chartFilesHtml(t.chart, { csv: '/a.csv', json: '/a.json', share: shareLinksHtml(undefined, t.chart.share) }).value;
    expect(o).not.toContain('chart__png');
    expect(o).not.toContain('chart__embed');
    expect(o).not.toContain('class="share"');
  });
});
