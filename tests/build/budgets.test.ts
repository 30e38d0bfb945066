/**
 * Weight budgets, measured on the built default site as a phone on a slow network gets it:
 * gzip at level 6 (deploy/nginx.conf.example) of each page's HTML plus what its first view loads.
 *   - a guide page (everything under /huong-dan/): HTML + CSS ≤ 20 KB, and on first view no more
 *     JavaScript than the two small modules every reader may need at once: the one that registers
 *     the offline worker and the one that looks for a Vietnamese voice (≤ 2 KB together); the
 *     listen button's player and search load on use;
 *   - the figures page (/so-lieu/): HTML + CSS + JS (with the modules those import) + images
 *     ≤ 90 KB.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSite, htmlPages, type BuiltSite } from '../e2e/site.ts';

const KB = 1024;
const GUIDE_BUDGET = 20 * KB;
const GUIDE_JS_BUDGET = 2 * KB;
const FIGURES_BUDGET = 90 * KB;

let site: BuiltSite;
beforeAll(async () => {
  site = await defaultSite();
});

const gz = (b: Buffer | string) => gzipSync(b, { level: 6 }).length;

/** A site-absolute URL path ("/gopy/_astro/x.css") or relative one, to a file in the build. */
function fileOf(pagePath: string, ref: string): string | undefined {
  const u = new URL(ref, `http://x${site.base}${pagePath}`);
  if (u.host !== 'x' || !u.pathname.startsWith(site.base)) return undefined;
  let rel = decodeURIComponent(u.pathname.slice(site.base.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const f = join(site.dir, rel);
  return existsSync(f) ? f : undefined;
}

/** JS modules a module pulls in statically (not dynamic import(): that loads on use). */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g)) {
    const f = join(dirname(file), m[1]);
    if (existsSync(f)) staticImports(f, seen);
  }
  return seen;
}

interface Weight {
  page: string;
  html: number;
  css: number;
  js: number;
  img: number;
  total: number;
  scripts: string[];
}

function weigh(page: string): Weight {
  const htmlFile = join(site.dir, page.endsWith('/') || page === '' ? `${page}index.html` : page);
  const html = readFileSync(htmlFile, 'utf8');
  const css = new Set<string>();
  const js = new Set<string>();
  const img = new Set<string>();
  const scripts: string[] = [];
  for (const tag of html.matchAll(/<(link|script|img)\b[^>]*>/gi)) {
    const t = tag[0];
    const ref = /\b(?:href|src)="([^"]+)"/.exec(t)?.[1];
    const name = tag[1].toLowerCase();
    if (name === 'script') {
      const type = /\btype="([^"]*)"/.exec(t)?.[1] ?? '';
      // Data islands (application/json, ld+json) are not JavaScript.
      if (!ref && /json/.test(type)) continue;
      scripts.push(ref ?? `inline <script${type ? ` type="${type}"` : ''}>`);
      const f = ref && fileOf(page, ref);
      if (f) staticImports(f).forEach((x) => js.add(x));
    } else if (name === 'link' && ref) {
      const rel = /\brel="([^"]*)"/.exec(t)?.[1] ?? '';
      const f = fileOf(page, ref);
      if (!f) continue;
      if (/\bstylesheet\b/.test(rel)) css.add(f);
      if (/\bmodulepreload\b/.test(rel)) {
        scripts.push(ref);
        staticImports(f).forEach((x) => js.add(x));
      }
    } else if (name === 'img' && ref && !/loading="lazy"/.test(t)) {
      const f = fileOf(page, ref);
      if (f) img.add(f);
    }
  }
  const sum = (files: Set<string>) => [...files].reduce((a, f) => a + gz(readFileSync(f)), 0);
  const w = { page, html: gz(html), css: sum(css), js: sum(js), img: [...img].reduce((a, f) => a + readFileSync(f).length, 0), total: 0, scripts };
  w.total = w.html + w.css + w.js + w.img;
  return w;
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

describe('guide pages: HTML + CSS ≤ 20 KB compressed, ≤ 2 KB of JavaScript on first view (print views and posters: a print button and the status)', () => {
  it('weighs every page under /huong-dan/', () => {
    const guides = htmlPages(site.dir).filter((p) => p.startsWith('huong-dan/'));
    expect(guides.length).toBeGreaterThan(1);
    const over: string[] = [];
    const withJs: string[] = [];
    for (const p of guides) {
      const w = weigh(p);
      console.log(`/${p}: HTML ${kb(w.html)} + CSS ${kb(w.css)} = ${kb(w.html + w.css)}; JS ${kb(w.js)}`);
      if (w.html + w.css > GUIDE_BUDGET) over.push(`/${p}: ${kb(w.html + w.css)} > ${kb(GUIDE_BUDGET)}`);
      // Print views and posters carry a print button and bring the campaign's status up to date
      // before printing: they may load more JavaScript; guide pages only the small modules.
      const printable = /\/(in|ap-phich)\/$/.test(p);
      if (!printable && w.js > GUIDE_JS_BUDGET) withJs.push(`/${p}: ${kb(w.js)} of JavaScript (${w.scripts.join(', ')})`);
    }
    expect(over).toEqual([]);
    expect(withJs).toEqual([]);
  });
});

describe('figures page: everything on first view ≤ 90 KB compressed', () => {
  it('weighs /so-lieu/', () => {
    expect(existsSync(join(site.dir, 'so-lieu/index.html'))).toBe(true);
    const w = weigh('so-lieu/');
    console.log(`/so-lieu/: HTML ${kb(w.html)} + CSS ${kb(w.css)} + JS ${kb(w.js)} + images ${kb(w.img)} = ${kb(w.total)}`);
    expect(w.total).toBeLessThanOrEqual(FIGURES_BUDGET);
  });
});

describe('the measure itself', () => {
  it('counts a linked module', () => {
    const pages = htmlPages(site.dir);
    // /so-lieu/ loads the chart script: if no page links a module, the measure has gone blind.
    const withModule = pages.map(weigh).filter((w) => w.scripts.some((s) => s.endsWith('.js')));
    expect(withModule.map((w) => w.page)).toContain('so-lieu/');
    for (const w of withModule) expect(w.js, w.page).toBeGreaterThan(0);
    const figures = withModule.find((w) => w.page === 'so-lieu/')!;
    const own = figures.scripts.filter((s) => s.endsWith('.js')).map((s) => fileOf('so-lieu/', s));
    expect(own.length).toBeGreaterThan(0);
    expect(figures.js).toBeGreaterThanOrEqual(own.reduce((a, f) => a + gz(readFileSync(f!)), 0));
  });

  it('follows static imports, not dynamic import() (that loads on use)', () => {
    // The real build's modules happen to import nothing: try the walk on three small files.
    const dir = mkdtempSync(join(tmpdir(), 'gopy-budget-'));
    writeFileSync(join(dir, 'a.js'), 'import{x}from"./b.js";export*from "./c.js";const p=import("./d.js");');
    writeFileSync(join(dir, 'b.js'), 'import"./c.js";export const x=1;');
    writeFileSync(join(dir, 'c.js'), 'export const y=2;');
    writeFileSync(join(dir, 'd.js'), 'export const z=3;');
    const found = [...staticImports(join(dir, 'a.js'))].map((f) => f.slice(dir.length + 1)).sort();
    rmSync(dir, { recursive: true, force: true });
    expect(found).toEqual(['a.js', 'b.js', 'c.js']);
  });
});
