/**
 * The worker's settings and version from a small built-site folder: the core is what the offline
 * page marks, with the modules its pages load; the version changes with a core page, the code or
 * the published data, and not with metadata.json (which only says when it was written).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeServiceWorker } from './service-worker.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function site(base = '/', files: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gopy-sw-'));
  dirs.push(dir);
  const all: Record<string, string | null> = {
    'ngoai-tuyen/index.html': `<a href="${base}huong-dan/a/" data-offline-core>A</a><a href="${base}so-lieu/" data-offline-core>S</a><a href="${base}gioi-thieu/">not core</a><script type="module" src="${base}_astro/offline.Ab12Cd34.js"></script>`,
    'en/ngoai-tuyen/index.html': `<a href="${base}en/so-lieu/" data-offline-core>Figures</a><a href="${base}so-lieu/" data-offline-core>S</a>`,
    'en/so-lieu/index.html': '<h1>Figures</h1>',
    'huong-dan/a/index.html': `<h1>A</h1><script type="module" src="${base}_astro/listen.Qw12Er34.js"></script>`,
    'so-lieu/index.html': '<h1>S</h1>',
    'gioi-thieu/index.html': '<h1>G</h1>',
    '_astro/offline.Ab12Cd34.js': 'console.log(1)',
    '_astro/listen.Qw12Er34.js': 'const p=()=>import("./listen-player.Zx12Cv34.js")',
    '_astro/listen-player.Zx12Cv34.js': 'import{a}from"./template.Po12Iu34.js";a()',
    '_astro/template.Po12Iu34.js': 'export const a=()=>0',
    '_astro/unused.Lk12Jh34.js': '',
    'so-lieu/du-lieu/tham-gia.csv': 'as_of,value\r\n2025-05-16,264642\r\n',
    'so-lieu/du-lieu/metadata.json': '{"generated_at":"2026-11-27T10:00:00+07:00"}',
    ...files,
  };
  for (const [f, text] of Object.entries(all)) {
    if (text === null) continue;
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

describe.each(['/', '/gopy/'])('writeServiceWorker, base %s', (base) => {
  it('stores the offline pages, the pages they mark and every module they load, now or on use', async () => {
    const s = await writeServiceWorker(site(base), base);
    expect(s.offline).toEqual(['ngoai-tuyen/', 'en/ngoai-tuyen/']);
    expect(s.core).toEqual(['ngoai-tuyen/', 'huong-dan/a/', 'so-lieu/', 'en/ngoai-tuyen/', 'en/so-lieu/']);
    expect(s.assets).toEqual(['_astro/listen-player.Zx12Cv34.js', '_astro/listen.Qw12Er34.js', '_astro/offline.Ab12Cd34.js', '_astro/template.Po12Iu34.js']);
    expect(s.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('writes sw.js: the settings, then the bundled worker', async () => {
    const dir = site(base);
    const s = await writeServiceWorker(dir, base);
    const code = readFileSync(path.join(dir, 'sw.js'), 'utf8');
    expect(code.startsWith(`var __GOPY_SW__=${JSON.stringify(s)};\n`)).toBe(true);
    expect(code).toContain('gopy-core-');
    expect(code).not.toMatch(/\bimport\b|\bexport\b/);
  });
});

describe('the version: a new build that changes what a reader reads offline is a new worker', () => {
  const version = async (files: Record<string, string | null> = {}) => (await writeServiceWorker(site('/', files), '/')).version;

  it('is the same for the same files', async () => expect(await version()).toBe(await version()));
  it.each([
    ['a core page', { 'huong-dan/a/index.html': '<h1>A, sửa</h1>' }],
    ['an English core page', { 'en/so-lieu/index.html': '<h1>Figures, corrected</h1>' }],
    ['the published data', { 'so-lieu/du-lieu/tham-gia.csv': 'as_of,value\r\n2025-05-16,264643\r\n' }],
    ['the code (a hashed file is renamed)', { '_astro/unused.Lk12Jh34.js': '', '_astro/other.Mn12Bv34.js': '' }],
  ])('changes with %s', async (_what, files) => expect(await version(files)).not.toBe(await version()));
  it.each([
    ['metadata.json (when the files were written)', { 'so-lieu/du-lieu/metadata.json': '{"generated_at":"2026-11-28T10:00:00+07:00"}' }],
    ['a page the reader only reads online', { 'gioi-thieu/index.html': '<h1>G, sửa</h1>' }],
  ])('does not change with %s', async (_what, files) => expect(await version(files)).toBe(await version()));

  it('refuses an offline page that links a page that was not built', async () => {
    await expect(writeServiceWorker(site('/', { 'so-lieu/index.html': null }), '/')).rejects.toThrow(/not built: so-lieu\//);
    await expect(writeServiceWorker(site('/', { 'en/so-lieu/index.html': null }), '/')).rejects.toThrow(/not built: en\/so-lieu\//);
  });

  it('refuses a build without the offline page of either language', async () => {
    await expect(writeServiceWorker(site('/', { 'en/ngoai-tuyen/index.html': null }), '/')).rejects.toThrow(/no offline page at .*en\/ngoai-tuyen/);
  });
});
