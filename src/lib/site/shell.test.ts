import { describe, expect, it } from 'vitest';
import { contactLineHtml, pageHeadHtml, searchBoxHtml, siteFooterHtml, siteHeaderHtml, type PageHead, type SearchBoxProps } from './shell.ts';

const head: PageHead = {
  fullTitle: 'Số liệu: Xã "A" & <B> — Góp ý',
  title: 'Số liệu: Xã "A" & <B>',
  description: "Mô tả 'trích' & <b>",
  canonical: 'https://example.org/so-lieu/xa-a/?a=1&b=2',
  favicon: '/favicon.svg',
  ogLocale: 'vi_VN',
  siteName: 'Góp ý',
};

const box: SearchBoxProps = { id: 'q1', variant: 'header', label: 'Tìm "nhanh"', action: '/tim-kiem/', words: { title: 'Tìm kiếm', placeholder: 'Tìm trên trang', button: 'Tìm' } };

describe('pageHeadHtml', () => {
  const out = pageHeadHtml(head).value;
  it('escapes text as text and attribute values as attributes (& and ")', () => {
    expect(out).toContain('<title>Số liệu: Xã &quot;A&quot; &amp; &lt;B&gt; — Góp ý</title>');
    expect(out).toContain(`<meta name="description" content="Mô tả 'trích' &#38; <b>">`);
    expect(out).toContain('<link rel="canonical" href="https://example.org/so-lieu/xa-a/?a=1&#38;b=2">');
    expect(out).toContain('<meta property="og:title" content="Số liệu: Xã &#34;A&#34; &#38; <B>">');
  });
  it('without an image: a summary card and no og:image; without ogUrl: no og:url', () => {
    expect(out).toContain('<meta name="twitter:card" content="summary">');
    expect(out).not.toContain('og:image');
    expect(out).not.toContain('og:url');
  });
  it('with an image and an address: og:image, og:url and a large card', () => {
    const o = pageHeadHtml({ ...head, ogUrl: 'https://example.org/x/', ogImage: 'https://example.org/a.png' }).value;
    expect(o).toContain('<meta property="og:url" content="https://example.org/x/"><meta property="og:image" content="https://example.org/a.png"><meta name="twitter:card" content="summary_large_image">');
  });
  it('a page with no address (404): noindex, no canonical, no og:url even when one is given', () => {
    const o = pageHeadHtml({ ...head, canonical: undefined, ogUrl: 'https://example.org/404/' }).value;
    expect(o).toContain('<meta name="robots" content="noindex">');
    expect(o).not.toContain('canonical');
    expect(o).not.toContain('og:url');
  });
  it('hreflang links for a page in both languages, x-default the Vietnamese one', () => {
    const o = pageHeadHtml({ ...head, alternates: { vi: '/so-lieu/x/', en: '/en/so-lieu/x/' } }).value;
    expect(o).toContain('<link rel="alternate" hreflang="vi" href="/so-lieu/x/"><link rel="alternate" hreflang="en" href="/en/so-lieu/x/"><link rel="alternate" hreflang="x-default" href="/so-lieu/x/">');
    expect(out).not.toContain('hreflang');
  });
  it("the search index's meta tags only for a searchable page, one area filter per area", () => {
    expect(out).not.toContain('data-pagefind');
    const o = pageHeadHtml({ ...head, search: { kind: 'Số liệu', areas: ['Tỉnh Hải Dương', 'Cả "nước"'] } }).value;
    expect(o).toContain('<meta data-pagefind-meta="title[content]" content="Số liệu: Xã &#34;A&#34; &#38; <B>">');
    expect(o).toContain('<meta data-pagefind-filter="kind[content]" content="Số liệu">');
    expect(o.match(/data-pagefind-filter="area\[content\]"/g)).toHaveLength(2);
    expect(o).toContain('<meta data-pagefind-filter="area[content]" content="Cả &#34;nước&#34;">');
  });
});

describe('siteHeaderHtml', () => {
  const base = { skipLink: 'Bỏ qua', home: '/', siteName: 'Góp ý <VNeID>', navLabel: 'Mục chính', nav: [{ href: '/huong-dan/', label: 'Hướng dẫn' }, { href: '/so-lieu/', label: 'Số liệu', current: true }] };
  it('skip link, name, sections with the current one marked, nothing else unless asked', () => {
    const o = siteHeaderHtml(base).value;
    expect(o.startsWith('<a class="skip" href="#main">Bỏ qua</a><header class="site-header" data-pagefind-ignore="all">')).toBe(true);
    expect(o).toContain('<a class="brand" href="/">Góp ý &lt;VNeID&gt;</a>');
    expect(o).toContain('<li><a href="/huong-dan/">Hướng dẫn</a></li><li><a href="/so-lieu/" aria-current="page">Số liệu</a></li>');
    expect(o).not.toContain('lang-switch');
    expect(o).not.toContain('<form');
    expect(o).not.toContain('illustrative');
    expect(o.endsWith('</header>')).toBe(true);
  });
  it('the language switch, the site name marked Vietnamese on an English page, the search box and the notice', () => {
    const o = siteHeaderHtml({ ...base, siteNameLang: 'vi', languageSwitch: { href: '/en/so-lieu/', lang: 'en', label: 'English' }, searchBox: box, illustrative: 'Số liệu minh hoạ' }).value;
    expect(o).toContain('<a class="brand" href="/" lang="vi">');
    expect(o).toContain('<a class="lang-switch" href="/en/so-lieu/" lang="en" hreflang="en">English</a>');
    expect(o).toContain('</ul></nav><form class="search-box search-box--header"');
    expect(o).toContain('</header><p class="illustrative illustrative--site" lang="vi" data-pagefind-ignore="all">Số liệu minh hoạ</p>');
  });
});

describe('searchBoxHtml', () => {
  it('a GET form to the search page; the header label for screen readers only', () => {
    const o = searchBoxHtml(box).value;
    expect(o).toContain('<form class="search-box search-box--header" action="/tim-kiem/" method="get" role="search" aria-label="Tìm kiếm">');
    expect(o).toContain('<label for="q1" class="visually-hidden">Tìm &quot;nhanh&quot;</label>');
    expect(o).toContain('<input id="q1" name="q" type="search" autocomplete="off" enterkeyhint="search" placeholder="Tìm trên trang">');
    expect(o).toContain('<button class="search-box__button" type="submit">Tìm</button>');
  });
  it('the page variant shows its label', () => {
    expect(searchBoxHtml({ ...box, variant: 'page' }).value).toContain('<label for="q1" class="search-box__label">');
  });
});

describe('contactLineHtml and siteFooterHtml', () => {
  it('says plainly that no contact is set', () => {
    expect(contactLineHtml({ operator: 'Đơn vị quản lý trang: chưa ghi.', contacts: { unset: 'Liên hệ: chưa có.' } }).value).toBe(
      '<p class="contact-footer" lang="vi" data-contact>Đơn vị quản lý trang: chưa ghi. Liên hệ: chưa có.</p>',
    );
  });
  it('links each contact, separated by a dot', () => {
    const o = contactLineHtml({ operator: 'Trang do Công an tỉnh quản lý.', contacts: { label: 'Liên hệ', links: [{ href: 'mailto:a@b.vn', text: 'a@b.vn' }, { href: 'tel:0220123', text: '0220 123' }] } }).value;
    expect(o).toBe('<p class="contact-footer" lang="vi" data-contact>Trang do Công an tỉnh quản lý. Liên hệ: <a href="mailto:a@b.vn">a@b.vn</a> · <a href="tel:0220123">0220 123</a>.</p>');
  });
  it('the footer: the note, the contact line, the links (hreflang when the page is in the other language)', () => {
    const o = siteFooterHtml({
      note: 'Trang thông tin công khai.',
      contact: { operator: 'X.', contacts: { unset: 'Y.' } },
      links: [{ href: '/gioi-thieu/', label: 'About (in Vietnamese)', hreflang: 'vi' }, { href: '/en/phuong-phap/', label: 'Methodology' }],
    }).value;
    expect(o).toContain('<footer class="site-footer" data-pagefind-ignore="all"><div class="wrap"><p>Trang thông tin công khai.</p><p class="contact-footer"');
    expect(o).toContain('<ul><li><a href="/gioi-thieu/" hreflang="vi">About (in Vietnamese)</a></li><li><a href="/en/phuong-phap/">Methodology</a></li></ul>');
  });
});
