/**
 * Response headers: public/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf.example
 * say the same thing, and nginx, serving the built site with that config, sends it: a CSP with
 * no 'unsafe-inline' for scripts and no other host but the video player's (frames only), nosniff, a referrer policy, framing only for embeds, and a
 * year of caching only for files whose names carry a content hash.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSite, ROOT, type BuiltSite } from './site.ts';
import { NGINX_EXAMPLE, serve, type Served } from './nginx.ts';
import { VIDEO_HOST } from '../../src/lib/guides/video.ts';

/** `_headers`: blocks of a path pattern followed by indented "Name: value" lines. */
function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
      if (m && rules.length) rules[rules.length - 1].headers[m[1].toLowerCase()] = m[2].trim();
    }
  }
  return rules;
}

/** Headers a Netlify-style host applies to a path: every matching rule ("*" matches anything). */
function headersFor(rules: ReturnType<typeof parseHeadersFile>, path: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of rules) {
    const re = new RegExp(`^${r.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (!re.test(path)) continue;
    for (const [k, v] of Object.entries(r.headers)) (out[k] ??= []).push(v);
  }
  return out;
}

const nginxHeaders = (text: string) =>
  Object.fromEntries([...text.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"/gm)].map((m) => [m[1].toLowerCase(), m[2]]));

/** A content hash in a file name: "index.BHk3x9aZ.js" (Astro), "vi_3f2a1b4.pf_fragment" (Pagefind). */
const HASHED = /[._-][A-Za-z0-9_-]{7,}\.[a-z_]+$/;

const headersText = readFileSync(join(ROOT, 'public/_headers'), 'utf8');
const nginxText = readFileSync(NGINX_EXAMPLE, 'utf8');
const redirectsText = readFileSync(join(ROOT, 'public/_redirects'), 'utf8');

describe('the two configurations agree', () => {
  const rules = parseHeadersFile(headersText);
  const site = headersFor(rules, '/');
  const ng = nginxHeaders(nginxText);

  it('same CSP (nginx adds frame-ancestors), nosniff, referrer and permissions policies', () => {
    const csp = site['content-security-policy']?.[0] ?? '';
    expect(ng['content-security-policy']).toBe(`${csp}; frame-ancestors $gopy_frame_ancestors`);
    for (const k of ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy']) {
      expect(site[k]?.[0], k).toBeDefined();
      expect(ng[k], k).toBe(site[k][0]);
    }
  });

  it('the CSP allows no inline or eval script, and no other host', () => {
    const csp = site['content-security-policy'][0];
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    // Only our own files, plus compiling WebAssembly (Pagefind); never inline, eval or a host.
    expect(scriptSrc.trim().split(/\s+/).filter((t) => !["'self'", "'wasm-unsafe-eval'"].includes(t))).toEqual([]);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/object-src 'none'/);
    // One host, for frames only: the video player a guide loads when the reader presses play.
    const directives = csp.split(';').map((d) => d.trim());
    expect(directives.filter((d) => /https?:\/\//.test(d))).toEqual([`frame-src 'self' ${VIDEO_HOST}`]);
  });

  it('no path gets two Cache-Control values (Cloudflare would join them)', () => {
    for (const p of ['/', '/_astro/x.abc12345.js', '/pagefind/pagefind.js', '/pagefind/fragment/vi_1234abcd.pf_fragment']) {
      expect((headersFor(rules, p)['cache-control'] ?? []).length, p).toBeLessThanOrEqual(1);
    }
  });
});

describe('nginx serving the built site', () => {
  let built: BuiltSite;
  let served: Served;
  let files: string[];
  beforeAll(async () => {
    built = await defaultSite();
    served = await serve(built.dir, '/');
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    files = walk(built.dir).map((f) => `/${relative(built.dir, f)}`);
  });
  afterAll(async () => served?.stop());

  it('sends the security headers on pages, assets and 404s', async () => {
    for (const p of ['', 'huong-dan/', 'khong-co/']) {
      const r = await fetch(served.url + p);
      await r.arrayBuffer();
      expect(r.headers.get('content-security-policy'), p).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
      expect(r.headers.get('content-security-policy'), p).toMatch(/frame-ancestors 'self'/);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(r.headers.get('cache-control')).toMatch(/max-age=0/);
    }
  });

  it('lets any site frame the embed pages, and only those', async () => {
    const embed = files.find((f) => f.startsWith('/so-lieu/nhung/') && f.endsWith('/index.html'));
    expect(embed).toBeDefined();
    const r = await fetch(served.origin + embed!.replace(/index\.html$/, ''));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
  });

  it("sends an old broadcast print view (…/<area>/in/: the page prints itself now) to the broadcast's page, as _redirects does", async () => {
    const page = 'kich-ban/cap-nhat-so-lieu/tinh-hai-duong-30/';
    expect(files).not.toContain(`/${page}in/index.html`);
    const r = await fetch(`${served.url}${page}in/`, { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe(`/${page}`);
    expect((await fetch(served.origin + r.headers.get('location')!)).status).toBe(200);
    expect(redirectsText).toMatch(/^\/kich-ban\/:broadcast\/:area\/in\/ \/kich-ban\/:broadcast\/:area\/ 301$/m);
    // A guide's print view is still a page of its own.
    expect((await fetch(`${served.url}huong-dan/gop-y-qua-vneid/in/`, { redirect: 'manual' })).status).toBe(200);
  });

  it('a year of caching only for content-hashed files, on nginx and in _headers alike', async () => {
    const rules = parseHeadersFile(headersText);
    const immutable = files.filter((f) => /immutable/.test((headersFor(rules, f)['cache-control'] ?? []).join()));
    expect(immutable.some((f) => f.startsWith('/_astro/'))).toBe(true);
    expect(immutable.some((f) => f.startsWith('/pagefind/'))).toBe(true);
    expect(immutable.filter((f) => !HASHED.test(f))).toEqual([]);
    // Fixed names that change with every build must revalidate.
    for (const f of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/index.html']) {
      expect(files).toContain(f);
      expect(immutable).not.toContain(f);
    }
    const disagree: string[] = [];
    for (const f of files) {
      const r = await fetch(served.origin + f, { method: 'HEAD' });
      const ng = /immutable/.test(r.headers.get('cache-control') ?? '');
      if (ng !== immutable.includes(f)) disagree.push(`${f}: nginx ${r.headers.get('cache-control')}`);
    }
    expect(disagree).toEqual([]);
  });
});
