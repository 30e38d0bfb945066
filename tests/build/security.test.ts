/**
 * Data fields are text, never markup. The fixture site (tests/build/fixture.ts: the real data/
 * plus rows whose source, note, URL, area name, chart category and correction carry HTML and
 * "</script>"), built by tests/global-setup.ts; every place those fields reach is checked: HTML pages and feeds, the JSON embedded
 * for charts, CSV/JSON/TXT/DOCX downloads, and — in Chromium, with the CSP switched off so that
 * only escaping stands between the data and the page — rendered pages and search excerpts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildEnv, namedSite, ROOT, type BuiltSite } from '../e2e/site.ts';
import { csv, P, RAW } from './fixture.ts';
import { filesUnder } from './files.ts';
import type { Served } from '../e2e/nginx.ts';
import { closeSite, inLanes, LANES, openSite } from '../e2e/browser.ts';
import { strFromU8, unzipSync } from 'fflate';
import { fmt } from '../../src/i18n/vi/format.ts';

/**
 * The document with every quoted attribute value emptied. Inside a quoted value "<" is only a
 * character (Astro escapes the quote itself), so what is left is where a tag would be a tag.
 * A value that broke out of its quotes is no longer inside them, and so is kept and caught.
 */
export function outsideAttributes(html: string): string {
  let out = '';
  let inTag = false;
  for (let i = 0; i < html.length; i++) {
    const c = html[i];
    if (!inTag) {
      if (c === '<' && /[a-zA-Z]/.test(html[i + 1] ?? '')) inTag = true;
      out += c;
    } else if (c === '"' || c === "'") {
      const end = html.indexOf(c, i + 1);
      out += c + c;
      i = end < 0 ? html.length : end;
    } else {
      if (c === '>') inTag = false;
      out += c;
    }
  }
  return out;
}

let work: string;
let site: BuiltSite;
let files: string[];
const text = (f: string) => readFileSync(f, 'utf8');

beforeAll(async () => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  work = mkdtempSync(join(ROOT, '.tmp/security-'));
  site = await namedSite('fixture');
  files = filesUnder(site.dir);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the markup check itself', () => {
  it.each([
    ['<p>a</p><script>window.__xss=1</script>', true],
    ['<a href="x"><script>window.__xss=1</script>">t</a>', true],
    ['<a href="x?&#34;><script>window.__xss=1</script>">t</a>', false],
    ['<tr data-key="<svg onload=1>">', false],
    ['<p>&lt;script&gt;window.__xss</p>', false],
  ])('%s → leak %s', (html, leak) => {
    expect(RAW.some((r) => outsideAttributes(html).includes(r))).toBe(leak);
  });
});

describe('built files', () => {
  it('no page or feed carries a data field as markup', () => {
    const markupFiles = files.filter((f) => /\.(html|xml|svg|rss)$/.test(f));
    expect(markupFiles.length).toBeGreaterThan(5);
    const leaks: string[] = [];
    for (const f of markupFiles) {
      const s = outsideAttributes(text(f));
      for (const r of RAW) if (s.includes(r)) leaks.push(`${relative(site.dir, f)}: ${r}`);
    }
    expect(leaks).toEqual([]);
  });

  it('the fields are shown, as text, on the pages', () => {
    const html = files.filter((f) => f.endsWith('.html')).map(text).join('\n');
    // Escaped forms: the reader sees the characters, the browser sees no tag.
    expect(html).toContain('zxqmarker &lt;img src=x onerror');
    expect(html).toMatch(/Báo &lt;b&gt;Thử&lt;\/b&gt; &lt;\/script&gt;/);
    expect(html).toMatch(/Thử&lt;script&gt;window.__xss/);
  });

  it('embedded JSON is whole (no early </script>) and holds the exact strings', () => {
    let blocks = 0;
    const found = new Set<string>();
    for (const f of files.filter((x) => x.endsWith('.html'))) {
      for (const m of text(f).matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (!/type="application\/(ld\+)?json"/.test(m[1])) continue;
        blocks++;
        const data = JSON.parse(m[2]) as unknown;
        const s = JSON.stringify(data);
        for (const [k, v] of Object.entries(P)) if (s.includes(JSON.stringify(v).slice(1, -1))) found.add(k);
      }
    }
    expect(blocks).toBeGreaterThan(0);
    // Chart labels come from area names and categories.
    expect([...found]).toEqual(expect.arrayContaining(['category']));
  });

  it('CSV and JSON downloads keep the fields exactly (data, not HTML)', () => {
    // Exactly: as the data has them, the prose (source, note) set the site's way and nothing more.
    const exact = Object.entries(P).map(([k, v]) => [k, ['source', 'note', 'what'].includes(k) ? fmt.typeset(v) : v] as const);
    const seen = new Set<string>();
    for (const f of files.filter((x) => x.endsWith('.csv'))) {
      const rows = Papa.parse<string[]>(text(f).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      for (const row of rows) for (const cell of row) for (const [k, v] of exact) if (cell === v) seen.add(`csv:${k}`);
    }
    const visit = (x: unknown) => {
      if (typeof x === 'string') {
        for (const [k, v] of exact) if (x === v) seen.add(`json:${k}`);
      } else if (x && typeof x === 'object') {
        Object.values(x).forEach(visit);
      }
    };
    for (const f of files.filter((x) => x.endsWith('.json') && !x.includes('/pagefind/'))) visit(JSON.parse(text(f)));
    expect([...seen]).toEqual(expect.arrayContaining(['csv:source', 'csv:note', 'json:source', 'json:note']));
  });

  // fast-xml-parser's XMLValidator (marked deprecated in favour of a separate package, still
  // shipped and maintained in 5.x): unlike @xmldom/xmldom it refuses a bare "&", the escaping
  // mistake that matters here.
  it('the XML check itself refuses what is not well-formed', () => {
    expect(XMLValidator.validate('<w:p><w:t>a &lt; b</w:t></w:p>')).toBe(true);
    for (const bad of ['<w:p><w:t>a < b</w:t></w:p>', '<w:p><w:t>x</w:p>', '<w:t>&</w:t>', '<w:t>a</w:t><w:t>b</w:t>']) {
      expect(XMLValidator.validate(bad), bad).not.toBe(true);
    }
  });

  it('loudspeaker .docx files are well-formed XML with the markup escaped', () => {
    const docx = files.filter((f) => f.endsWith('.docx'));
    expect(docx.length).toBeGreaterThan(0);
    const leaks: string[] = [];
    const malformed: string[] = [];
    const texts: string[] = [];
    for (const f of docx) {
      const entries = unzipSync(readFileSync(f));
      const parts = Object.keys(entries).filter((n) => /\.(xml|rels)$/.test(n));
      expect(parts, relative(site.dir, f)).toContain('word/document.xml');
      for (const name of parts) {
        const xml = new TextDecoder('utf-8', { fatal: true }).decode(entries[name]);
        const valid = XMLValidator.validate(xml);
        if (valid !== true) malformed.push(`${relative(site.dir, f)} ${name}: ${valid.err.msg} (line ${valid.err.line})`);
      }
      const doc = strFromU8(entries['word/document.xml']!);
      for (const r of RAW) if (doc.includes(r)) leaks.push(`${relative(site.dir, f)}: ${r}`);
      // The text a word processor shows: every string of the parsed document, entities decoded.
      const collect = (x: unknown): void => {
        if (typeof x === 'string') texts.push(x);
        else if (x && typeof x === 'object') Object.values(x).forEach(collect);
      };
      collect(new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: false }).parse(doc));
    }
    expect(malformed).toEqual([]);
    expect(leaks).toEqual([]);
    // The fields did reach the documents, as the characters they are: the check above saw them.
    const all = texts.join('\n');
    expect(all).toContain(fmt.typeset(P.source));
    expect(all).toContain(P.name);
  });

  it('a source_url that is not http(s) is refused by the data check', () => {
    const dir = join(work, 'js-url');
    cpSync(join(ROOT, 'data'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'participation/2025-05-20-js.csv'),
      csv([
        ['as_of', 'area_code', 'metric', 'value', 'source', 'source_url'],
        ['2025-05-20', '30', 'opinions', '5', 'Thử', 'javascript:window.__xss=1'],
      ]),
    );
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/check.ts')], {
      cwd: ROOT,
      env: { ...buildEnv(), DATA_DIR: dir },
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/2025-05-20-js\.csv/);
    expect(r.stdout + r.stderr).toMatch(/source_url/);
  });
});

describe('in Chromium, with the CSP off', () => {
  let served: Served;
  let browser: Browser;
  beforeAll(async () => {
    ({ served, browser } = await openSite(site.dir));
  });
  afterAll(() => closeSite({ served, browser }));

  it('pages showing the fields run none of them', async () => {
    const pages = files
      .filter((f) => f.endsWith('.html') && /zxqmarker|window\.__xss|Thử&lt;/.test(text(f)))
      .map((f) => relative(site.dir, f).replace(/index\.html$/, ''));
    expect(pages.length).toBeGreaterThan(2);
    const dialogs: string[] = [];
    // A few pages at once, one context each.
    const lanes = await Promise.all(
      Array.from({ length: LANES }, async () => {
        const context = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
        const page = await context.newPage();
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        return { context, page };
      }),
    );
    const ran: string[] = [];
    const visited = await inLanes(pages, LANES, async (p, i) => {
      const { page } = lanes[i]!;
      await page.goto(served.url + p, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
      const r = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: string }).__xss,
        injected: document.querySelectorAll('img[src="x"], svg[onload], main b, script:not([src]):not([type])').length,
      }));
      if (r.xss || r.injected) ran.push(`/${p}: __xss=${r.xss} injected=${r.injected}`);
      return p;
    });
    await Promise.all(lanes.map((l) => l.context.close()));
    expect(visited).toEqual(pages);
    expect(ran).toEqual([]);
    expect(dialogs).toEqual([]);
  }, 300_000);

  it('search excerpts show the fields as text', async () => {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${served.url}tim-kiem/?q=zxqmarker`, { waitUntil: 'load' });
    // Results arrive asynchronously; wait until one mentions the marker.
    const excerpts = '.search-result__excerpt';
    await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].some((e) => /zxqmarker/.test(e.textContent ?? '')), excerpts, { timeout: 20_000 });
    const r = await page.evaluate((sel) => ({
      xss: (window as unknown as { __xss?: string }).__xss,
      injected: document.querySelectorAll('main img[src="x"], main svg[onload], main b, main script:not([src])').length,
      text: [...document.querySelectorAll(sel)].map((e) => e.textContent).join('\n'),
    }), excerpts);
    expect(r.xss).toBeUndefined();
    expect(r.injected).toBe(0);
    // The note's markup never reaches the excerpt, as elements or as code: excerpts are readable text.
    expect(r.text).toContain('zxqmarker');
    expect(r.text).not.toMatch(/<img|onerror=/);
    await context.close();
  });
});
