/**
 * The built default site as each reader meets it: the files of a page near its top, a breadcrumb
 * that does not repeat the title, tables that do not repeat their unit, the source's own word for
 * the all-channel count, sources without an address saying so, the 404 page, the .docx and .txt
 * opening right, the sitemap's lastmod and a share card per guide and broadcast.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mainText, page, siteDir } from './site.ts';

const SITE = 'https://gopy.example.vn/';
const file = (p: string) => readFileSync(path.join(siteDir(), p));
const before = (html: string, first: string, second: string) => {
  const [a, b] = [html.indexOf(first), html.indexOf(second)];
  expect(a, `${first} not found`).toBeGreaterThanOrEqual(0);
  expect(b, `${second} not found`).toBeGreaterThanOrEqual(0);
  return a < b;
};
const guides = readdirSync(path.join(siteDir(), 'huong-dan'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const broadcasts = readdirSync(path.join(siteDir(), 'kich-ban'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('a guide page', () => {
  it.each(guides)('%s: print view and poster under the summary, before the first step or section', (slug) => {
    const html = page(`huong-dan/${slug}/`);
    expect(before(html, `href="/huong-dan/${slug}/in/"`, '<h2')).toBe(true);
    // A guide without steps (the FAQ) has no poster: then no link to one either.
    if (existsSync(path.join(siteDir(), 'huong-dan', slug, 'ap-phich', 'index.html')))
      expect(before(html, `href="/huong-dan/${slug}/ap-phich/"`, '<h2')).toBe(true);
    else expect(html).not.toContain(`href="/huong-dan/${slug}/ap-phich/"`);
  });
  it('gives the step-by-step guides their posters', () =>
    expect(guides.filter((g) => existsSync(path.join(siteDir(), 'huong-dan', g, 'ap-phich', 'index.html'))).length).toBeGreaterThanOrEqual(3));
  it.each(guides)('%s: a share card of its own', (slug) => {
    expect(page(`huong-dan/${slug}/`)).toContain(`<meta property="og:image" content="${SITE}huong-dan/${slug}/anh-chia-se.png"`);
    const png = file(`huong-dan/${slug}/anh-chia-se.png`);
    expect([png.subarray(1, 4).toString(), png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(['PNG', 1200, 630]);
  });
  it('names a source without an address as such, and links the ones that have one', () => {
    const text = mainText(page('huong-dan/gop-y-qua-vneid/'));
    expect(text).toContain('Cổng Thông tin điện tử Chính phủ: Các bước góp ý dự thảo sửa đổi Hiến pháp năm 2013 trên ứng dụng VNeID (tháng 5/2025). Chưa tìm được đường dẫn đến bài gốc.');
    expect(page('huong-dan/gop-y-qua-vneid/')).toContain('href="https://www.sggp.org.vn/');
  });
});

describe('a broadcast page', () => {
  const route = 'kich-ban/cap-nhat-so-lieu/tinh-hai-duong-30/';
  const html = page(route);
  it('offers the .docx, the .txt and printing right under the title, before the facts', () => {
    for (const href of ['.docx"', '.txt"']) expect(before(html, `href="/kich-ban/cap-nhat-so-lieu/tinh-hai-duong-30${href}`, '<dl')).toBe(true);
    // The page is its own print view: the print button (and its hint, for JavaScript off) comes first too.
    expect(before(html, 'data-print-template', '<dl')).toBe(true);
  });
  it('has a breadcrumb that does not repeat the title', () => {
    const crumbs = /<nav class="breadcrumbs[^"]*"[\s\S]*?<\/nav>/.exec(html)![0];
    const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!;
    expect(crumbs).not.toContain(title);
    expect(crumbs.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()).toBe('Trang chủ Kịch bản loa');
  });
  it.each(broadcasts)('%s: one share card for the broadcast, used by each of its area pages', (id) => {
    const png = file(`kich-ban/${id}/anh-chia-se.png`);
    expect(png.readUInt32BE(16)).toBe(1200);
    for (const area of readdirSync(path.join(siteDir(), 'kich-ban', id)).filter((f) => f.endsWith('.txt'))) {
      expect(page(`kich-ban/${id}/${area.replace(/\.txt$/, '')}/`)).toContain(`content="${SITE}kich-ban/${id}/anh-chia-se.png"`);
    }
  });
});

describe('downloads of a broadcast', () => {
  const base = 'kich-ban/cap-nhat-so-lieu/tinh-hai-duong-30';
  it('.txt starts with the UTF-8 byte order mark', () => expect([...file(`${base}.txt`).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]));
  it(".docx: Vietnamese (w:lang vi-VN) and the title is Word's Heading 1", () => {
    const parts = unzipSync(new Uint8Array(file(`${base}.docx`)));
    const styles = strFromU8(parts['word/styles.xml']!);
    const doc = strFromU8(parts['word/document.xml']!);
    expect(/<w:docDefaults>[\s\S]*?<w:lang w:val="vi-VN"\/>[\s\S]*?<\/w:docDefaults>/.test(styles)).toBe(true);
    const first = /<w:body>(<w:p>[\s\S]*?<\/w:p>)/.exec(doc)![1]!;
    expect(first).toContain('<w:pStyle w:val="Heading1"/>');
    expect(first.replace(/<[^>]+>/g, '')).toBe('Tin cập nhật số người góp ý sửa đổi Hiến pháp qua VNeID');
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"\/>/);
  });
});

describe('figures in words a reader can quote', () => {
  const html = page('so-lieu/toan-quoc/');
  const text = mainText(html);
  it('table headers name what is counted once ("Số người", not "Số người (người)")', () => {
    const headers = [...html.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]!);
    expect(headers).toEqual(expect.arrayContaining(['Số người', 'Số ý kiến', 'Số lượt góp ý']));
    for (const h of headers) expect(h).not.toMatch(/\((người|ý.kiến|lượt.góp.ý)\)/);
  });
  it('calls the all-channel count "lượt góp ý", as its source does', () => {
    expect(text).toContain('280.226.909 lượt góp ý');
    expect(text).not.toMatch(/280\.226\.909 ý kiến/);
    expect(mainText(page('phuong-phap/'))).toContain('Nguồn dùng chữ “lượt”');
  });
  it('says plainly that the 745.000 source has no address', () => expect(text).toMatch(/Tuổi Trẻ, 14\/5\/2025: “Lực lượng[^”]+” \(chưa tìm được đường dẫn\)/));
  it('words tables and notes so that they read right with no chart drawn (JavaScript off)', () => {
    expect(text).not.toContain('Bảng số liệu của biểu đồ');
    expect(text).not.toContain('trên biểu đồ,');
  });
});

describe('the 404 page', () => {
  const html = page('404.html');
  it("has the site's search box in its text, and not a second one in the header", () => {
    const forms = [...html.matchAll(/<form class="search-box ([^"]+)"/g)].map((m) => m[1]);
    expect(forms).toEqual(['search-box--page']);
    expect(before(html, 'search-box--page', 'id="nf-guides"')).toBe(true);
  });
  it('lists the guides in their own order, the step-by-step guide first and the FAQ last', () => {
    const list = /aria-labelledby="nf-guides">([\s\S]*?)<\/ul>/.exec(html)![1]!;
    const hrefs = [...list.matchAll(/href="\/huong-dan\/([^/"]+)\/"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['gop-y-qua-vneid', 'tai-khoan-dinh-danh-muc-2', 'giup-nguoi-cao-tuoi', 'cau-hoi-thuong-gap']);
  });
});

describe('sitemap', () => {
  const xml = readFileSync(path.join(siteDir(), 'sitemap-0.xml'), 'utf8');
  const entries = new Map([...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [m[1]!.replace(SITE, ''), m[2]]));
  it.each([
    // A guide: its text's `updated`; it shows figures, but its text is newer than the data.
    ['huong-dan/gop-y-qua-vneid/', '2026-11-27T00:00:00.000Z'],
    ['phuong-phap/', '2026-11-27T00:00:00.000Z'],
    // Figures pages and the home page: the newest figure (7/6/2025, Vietnam time).
    ['so-lieu/', '2025-06-06T17:00:00.000Z'],
    ['', '2025-06-06T17:00:00.000Z'],
    ['kich-ban/cap-nhat-so-lieu/tinh-hai-duong-30/', '2025-06-06T17:00:00.000Z'],
  ])('%s: lastmod %s, from the content and the data, not the build clock', (route, lastmod) => expect(entries.get(route)).toBe(lastmod));
  it('gives every guide, text page and figures page a lastmod', () => {
    const missing = [...entries].filter(([r, d]) => /^(huong-dan|so-lieu|gioi-thieu|phuong-phap|tiep-can)\//.test(r) && !d).map(([r]) => r);
    expect(missing).toEqual([]);
  });
});
