/**
 * Build-level tests of the guides (/huong-dan/) and loudspeaker scripts (/kich-ban/, from
 * content/broadcasts), on the site that tests/global-setup.ts built once (SITE_URL
 * https://gopy.example.vn).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainText, page, siteDir } from './site.ts';
import { headings, stepTitles } from '../../src/lib/guides/content.ts';
import { strFromU8, unzipSync } from 'fflate';

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();

const guideIds = readdirSync('content/guides')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
const scriptIds = readdirSync('content/broadcasts')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

describe('guides', () => {
  it('has the four guides of issue 4 in the index', () => {
    const html = page('huong-dan/');
    expect(guideIds).toEqual(
      expect.arrayContaining(['gop-y-qua-vneid', 'tai-khoan-dinh-danh-muc-2', 'giup-nguoi-cao-tuoi', 'cau-hoi-thuong-gap']),
    );
    for (const id of guideIds) expect(html).toContain(`href="/huong-dan/${id}/"`);
  });

  /** The one guide without steps: its "##" questions are what the page must show instead. */
  const FAQ = 'cau-hoi-thuong-gap';

  describe.each(guideIds)('%s', (id) => {
    const html = page(`huong-dan/${id}/`);
    const source = readFileSync(`content/guides/${id}.mdx`, 'utf8');
    const titles = stepTitles(source);
    const questions = headings(source);
    /** What the page and its print view must carry: the steps, or the FAQ's questions. */
    const lines = id === FAQ ? questions : titles;

    if (id === FAQ) {
      it('has questions, not steps: each question a heading in the HTML itself', () => {
        expect(titles).toEqual([]);
        expect(questions.length).toBeGreaterThan(2);
        expect(html).not.toMatch(/<ol class="steps"/);
        const pageHeadings = [...html.matchAll(/<h[2-4][^>]*>([\s\S]*?)<\/h[2-4]>/g)].map((m) => decode(m[1]!));
        for (const q of questions) expect(pageHeadings).toContain(q);
      });
    } else {
      it('renders every step inside one <ol>, in the HTML itself (JavaScript off)', () => {
        expect(titles.length).toBeGreaterThan(1);
        const ol = /<ol class="steps"[^>]*>([\s\S]*?)<\/ol>\s*(?!<\/li>)/.exec(html)?.[1] ?? '';
        const items = [...ol.matchAll(/<li class="step"/g)];
        expect(items).toHaveLength(titles.length);
        const stepHeadings = [...ol.matchAll(/<h\d class="step__title"[^>]*>([\s\S]*?)<\/h\d>/g)].map((m) =>
          decode(m[1]!).replace(/^Bước\s+/, ''),
        );
        expect(stepHeadings).toEqual(titles);
      });
    }

    it('sends no JavaScript but the offline worker’s registration and the listen button, and cites its sources at the foot', () => {
      // External modules only (the CSP forbids inline scripts); their weight: tests/build/budgets.test.ts.
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => /src="([^"]+)"/.exec(m[0])?.[1] ?? 'inline');
      expect(scripts.filter((src) => !/\/_astro\/(Base|ListenScript)\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(src))).toEqual([]);
      expect(html).toMatch(/<section class="sources"/);
    });

    it('has a print view with the same text and, if it has steps, an A4 poster with a QR code to its absolute URL', () => {
      const print = page(`huong-dan/${id}/in/`);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(mainText(print)).toContain(line);
      if (id === FAQ) return; // the FAQ has no poster: questions without their answers (tests/build/campaign.test.ts)
      const poster = page(`huong-dan/${id}/ap-phich/`);
      expect(poster).toMatch(new RegExp(`<svg role="img" aria-label="[^"]*https://gopy\\.example\\.vn/huong-dan/${id}/"`));
      expect(poster).toMatch(/size:\s*A4/);
    });
  });

  it('labels app drawings as illustrations, not screenshots', () => {
    expect(page('huong-dan/gop-y-qua-vneid/')).toContain('Hình minh hoạ, không phải ảnh chụp màn hình');
  });

  it('makes clear the account owner sends their own feedback', () => {
    expect(mainText(page('huong-dan/giup-nguoi-cao-tuoi/'))).toMatch(/Người có tài khoản tự góp ý của mình/);
  });
});

/** Every (script, area) pair that was built, read from the .txt files on disk. */
function builtScripts(): { script: string; area: string }[] {
  const out: { script: string; area: string }[] = [];
  for (const script of scriptIds) {
    const dir = path.join(siteDir(), 'kich-ban', script);
    for (const f of readdirSync(dir)) if (f.endsWith('.txt')) out.push({ script, area: f.replace(/\.txt$/, '') });
  }
  return out;
}

describe('loudspeaker scripts', () => {
  const built = builtScripts();

  it('exist for every script and every area with figures (the country and Hải Dương)', () => {
    expect(scriptIds).toEqual(expect.arrayContaining(['thong-bao-phat-dong', 'cap-nhat-so-lieu', 'nhac-nho-ngay-cuoi']));
    for (const script of scriptIds) {
      expect(built).toContainEqual({ script, area: 'toan-quoc' });
      expect(built).toContainEqual({ script, area: 'tinh-hai-duong-30' });
    }
  });

  it('are listed by purpose on the index, with links to pick an area', () => {
    const html = page('kich-ban/');
    for (const h of ['Thông báo phát động', 'Cập nhật số liệu', 'Nhắc nhở những ngày cuối']) expect(html).toContain(h);
    for (const script of scriptIds) {
      expect(html).toContain(`href="/kich-ban/${script}/"`);
      expect(page(`kich-ban/${script}/`)).toContain(`href="/kich-ban/${script}/tinh-hai-duong-30/"`);
      // Each area's page leads on to the areas under it (communes are reached through their district).
      expect(page(`kich-ban/${script}/toan-quoc/`)).toContain(`href="/kich-ban/${script}/tinh-hai-duong-30/"`);
    }
  });

  describe.each(built.map((b) => [`${b.script}/${b.area}`, b] as const))('%s', (_, { script, area }) => {
    const base = path.join(siteDir(), 'kich-ban', script, area);
    const txt = readFileSync(`${base}.txt`);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(txt);
    const html = page(`kich-ban/${script}/${area}/`);
    const section = /<section class="broadcast-text"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    const pageParagraphs = [...section.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => decode(m[1]!));

    it('.txt is UTF-8 with CRLF line ends and says what the page says', () => {
      expect(text).not.toMatch(/(?<!\r)\n/);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(pageParagraphs.length).toBeGreaterThan(3);
      expect(text.trimEnd().split('\r\n\r\n')).toEqual(pageParagraphs);
    });

    it('has no digits left to read (numbers and dates are in words)', () => {
      expect(text.replace(/C06|VNeID/g, '')).not.toMatch(/\d/);
    });

    it('.docx opens as a Word file with the same paragraphs, A4', () => {
      const docx = new Uint8Array(readFileSync(`${base}.docx`));
      const entries = unzipSync(docx);
      expect(Object.keys(entries)).toContain('[Content_Types].xml');
      const xml = strFromU8(entries['word/document.xml']!);
      expect(pageParagraphs.length).toBeGreaterThan(3);
      const words = decode(xml.replace(/<\/w:p>/g, '\n')).split('\n').map((l) => l.trim());
      for (const p of pageParagraphs) expect(words).toContain(p);
      expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    });

    it('is its own print view (A4, the .docx lines, the text; the rest off paper) and states the reading pace', () => {
      expect(html).not.toContain(`kich-ban/${script}/${area}/in/`);
      expect(html).toMatch(/@media print\{[^}]*@page\{size:A4 portrait/);
      // On paper: the lines the .docx has above the text, shown only in print.
      expect(mainText(html)).toMatch(/Địa bàn: /);
      // The text itself is not inside what print hides (the listen button's template and its script may sit between).
      const hidden = [
        ...html.matchAll(/<div class="no-print"[^>]*>([\s\S]*?)<\/div>\s*(?:<template data-listen-template[\s\S]*?<\/template>\s*)?(?:<script[^>]*><\/script>\s*)?<section class="broadcast-text"/g),
      ];
      expect(hidden).toHaveLength(1);
      expect(hidden[0]![1]).not.toContain('broadcast-text');
      expect(mainText(html)).toMatch(/nhịp đọc \d+ tiếng mỗi phút/);
    });
  });

  it("reads Hải Dương's latest figures aloud in words, with the source's rank", () => {
    const text = readFileSync(path.join(siteDir(), 'kich-ban/cap-nhat-so-lieu/tinh-hai-duong-30.txt'), 'utf8');
    expect(text).toContain('hai trăm sáu mươi tư nghìn sáu trăm bốn mươi hai người');
    expect(text).toContain('một triệu hai trăm chín mươi nghìn không trăm tám mươi bảy người');
    expect(text).toContain('hai mươi phẩy năm phần trăm');
    expect(text).toContain('ngày mười sáu tháng năm năm hai nghìn không trăm hai mươi lăm');
    expect(text).toContain('thứ nhất cả nước');
  });

  it('keeps the time and the qualifier of the national figure, and leaves out the rate it lacks', () => {
    const text = readFileSync(path.join(siteDir(), 'kich-ban/cap-nhat-so-lieu/toan-quoc.txt'), 'utf8');
    expect(text).toContain('hai mươi giờ ngày hai mươi sáu tháng năm');
    expect(text).not.toContain('phần trăm');
    expect(mainText(page('kich-ban/cap-nhat-so-lieu/toan-quoc/'))).toContain('Bài này bỏ bớt đoạn nói về');
  });
});
