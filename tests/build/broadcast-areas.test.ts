/**
 * Build-level tests of issue 11, part one: every area of data/areas.csv gets every broadcast (page,
 * print view, .txt, .docx), read with its nearest figures up the tree and naming whose they are;
 * the area chooser as a tree, one level per page; help facts only where they hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mainText, page, siteDir } from './site.ts';
import { readNameIndex, type AreaNameIndex } from '../../src/lib/data/area-chooser.ts';
import { areaSlug } from '../../src/lib/data/areas.ts';

type Row = { code: string; name: string; type: string; level: 'country' | 'province' | 'district' | 'commune'; parent_code: string };
const areas = Papa.parse<Row>(readFileSync('data/areas.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const districts = areas.filter((a) => a.level === 'district');
const provinces = areas.filter((a) => a.level === 'province');
const broadcasts = readdirSync('content/broadcasts').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
const label = (a: Row) => `${a.type[0]!.toLocaleUpperCase('vi')}${a.type.slice(1)} ${a.name}`;
const txt = (b: string, slug: string) => readFileSync(path.join(siteDir(), 'kich-ban', b, `${slug}.txt`), 'utf8');

describe('every area gets every broadcast', () => {
  it('the default data has the 12 district-level units of Hải Dương', () => {
    expect(districts).toHaveLength(12);
    expect(districts.every((d) => d.parent_code === '30')).toBe(true);
  });

  it('every area of areas.csv has a page, print view, .txt and .docx of every broadcast', () => {
    for (const b of broadcasts) {
      const files = new Set(readdirSync(path.join(siteDir(), 'kich-ban', b)));
      for (const a of areas) {
        const slug = areaSlug(a);
        expect([b, slug, files.has(`${slug}.txt`), files.has(`${slug}.docx`), files.has(slug)]).toEqual([b, slug, true, true, true]);
      }
    }
  });

  describe.each(districts.map((d) => [label(d), d] as const))('%s', (name, d) => {
    const slug = areaSlug(d);

    it.each(broadcasts)('%s: page (its own print view) and .docx name the district', (b) => {
      expect(mainText(page(`kich-ban/${b}/${slug}/`))).toContain(`Địa bàn: ${name}`);
      const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path.join(siteDir(), 'kich-ban', b, `${slug}.docx`))))['word/document.xml']!);
      expect(xml).toContain(`Địa bàn: ${name}`);
    });

    it('reads the province’s figure as the province’s, never as the district’s', () => {
      const text = txt('cap-nhat-so-lieu', slug);
      expect(text).toContain(`${name} chưa có số liệu riêng. Sau đây là số liệu chung của toàn tỉnh Hải Dương.`);
      expect(text).toContain('tỉnh Hải Dương có hai trăm sáu mươi tư nghìn sáu trăm bốn mươi hai người đã gửi góp ý');
      expect(text).not.toContain(`${d.type} ${d.name} có`);
      const html = mainText(page(`kich-ban/cap-nhat-so-lieu/${slug}/`));
      expect(html).toContain(`${name} chưa có số liệu riêng. Bài đọc số liệu của Tỉnh Hải Dương`);
      const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path.join(siteDir(), 'kich-ban/cap-nhat-so-lieu', `${slug}.docx`))))['word/document.xml']!);
      expect(xml).toContain(`Số liệu của Tỉnh Hải Dương: ${name} chưa có số liệu riêng`);
    });

    it('tells where help is always available in Hải Dương, from its source', () => {
      expect(txt('thong-bao-phat-dong', slug)).toContain('Ở tỉnh Hải Dương, bà con cần giúp có thể đến công an xã');
    });
  });

  it('the province reads its own figure with no note', () => {
    const text = txt('cap-nhat-so-lieu', 'tinh-hai-duong-30');
    expect(text).not.toContain('chưa có số liệu riêng');
    expect(text).toContain('tỉnh Hải Dương có hai trăm sáu mươi tư nghìn');
  });

  it('another province reads the country’s figure, and never Hải Dương’s evenings and weekends', () => {
    const text = txt('cap-nhat-so-lieu', 'thanh-pho-ha-noi-01');
    expect(text).toContain('Thành phố Hà Nội chưa có số liệu riêng. Sau đây là số liệu chung của cả nước.');
    for (const b of broadcasts) {
      for (const slug of ['thanh-pho-ha-noi-01', 'toan-quoc']) expect(txt(b, slug)).not.toMatch(/buổi tối và cuối tuần|Hải Dương/);
    }
    expect(mainText(page('kich-ban/thong-bao-phat-dong/toan-quoc/'))).toContain('nơi có người hướng dẫn');
  });
});

describe('the area chooser', () => {
  it.each(broadcasts)('%s: the first level lists the country and every province, grouped by type', (b) => {
    const html = page(`kich-ban/${b}/`);
    for (const p of provinces) expect(html).toContain(`href="/kich-ban/${b}/${areaSlug(p)}/"`);
    expect(html).toContain(`href="/kich-ban/${b}/toan-quoc/"`);
    expect(mainText(html)).toMatch(/Thành phố \(6\).*Tỉnh \(57\)/);
    // One level per page: no district is listed here.
    for (const d of districts) expect(html).not.toContain(`/${areaSlug(d)}/"`);
    expect(html).toMatch(/<template data-chooser-template[^>]*><div class="area-chooser__search" data-chooser-search/);
    expect(html).not.toMatch(/<script>(?!<\/script>)|<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>/);
  });

  it('a province’s page lists its districts, and the country’s lists the provinces', () => {
    const html = page('kich-ban/cap-nhat-so-lieu/tinh-hai-duong-30/');
    for (const d of districts) expect(html).toContain(`href="/kich-ban/cap-nhat-so-lieu/${areaSlug(d)}/"`);
    expect(page('kich-ban/cap-nhat-so-lieu/toan-quoc/')).toContain('href="/kich-ban/cap-nhat-so-lieu/tinh-hai-duong-30/"');
  });

  it('dia-ban.json names every area once, with the site’s slugs', () => {
    const index = JSON.parse(readFileSync(path.join(siteDir(), 'dia-ban.json'), 'utf8')) as AreaNameIndex;
    const named = readNameIndex(index, 'Cả nước');
    expect(named.map((a) => a.code)).toEqual(areas.map((a) => a.code));
    expect(named.map((a) => a.slug)).toEqual(areas.map((a) => areaSlug(a)));
  });
});

describe('a broadcast page written by the build’s workers', () => {
  // The workers put each page in the frame of the one Astro rendered (src/files/broadcast-pages.ts):
  // its stylesheet must hold the rules of every part the page writes as markup, which no component
  // on the page brings any more (the status line, the "Nghe" button, the area chooser, the text).
  it.each(broadcasts)('%s: its stylesheet styles every part of it', (b) => {
    const html = page(`kich-ban/${b}/tinh-hai-duong-30/`);
    const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    for (const [part, rule] of [
      ['campaign-status', /\.campaign-status\{/],
      ['listen', /\.listen\{/],
      ['area-chooser', /\.area-list\{/],
      ['broadcast-text', /\.broadcast-text\{/],
      ['broadcast-facts', /\.broadcast-facts\{/],
      ['figure', /\.figure\{/],
    ] as const) {
      expect(html, part).toContain(`class="${part === 'area-chooser' ? 'area-list' : part}`);
      expect(css, part).toMatch(rule);
    }
  });

  it('loads the scripts of its status line, print button and "Nghe" button', () => {
    const html = page('kich-ban/cap-nhat-so-lieu/tinh-hai-duong-30/');
    const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)![1]!;
    const scripts = [...main.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]!);
    for (const name of ['StatusRefresh', 'PrintScript', 'ListenScript']) {
      const src = scripts.find((s) => s.includes(`/${name}.astro`));
      expect(src, name).toBeDefined();
      expect(readFileSync(path.join(siteDir(), src!)).length, name).toBeGreaterThan(0);
    }
  });
});
