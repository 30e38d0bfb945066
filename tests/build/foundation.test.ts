import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, appendFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainText, page, siteDir } from './site.ts';
import { buildEnv, newCacheDir, ROOT } from '../e2e/site.ts';

describe('home page of the default site', () => {
  const html = page('');
  const text = mainText(html);
  it('is Vietnamese', () => expect(html).toMatch(/<html lang="vi"/));
  it("leads with Hải Dương's latest figure: 264.642 of 1.290.087 (20,5 %), as-of and source", () => {
    expect(text).toContain('264.642 người');
    expect(text).toContain('20,5 % trong số 1.290.087');
    expect(text).toContain('ngày 16/5/2025');
    expect(html).toContain('href="https://kienthuc.net.vn/bi-quyet-hai-duong-dung-dau-ve-gop-y-hien-phap-tren-vneid-post1541891.html"');
    expect(text).toMatch(/Xếp hạng theo nguồn công bố: thứ 1 cả nước/);
  });
  it('shows the latest national figure with its time', () => {
    expect(text).toContain('17.100.624 người');
    expect(text).toContain('20:00 ngày 26/5/2025');
  });
  it('keeps approximate figures marked', () => expect(text).toContain('hơn 4,3 triệu ý kiến'));
  it('makes no request to another host', () => {
    const external = [...html.matchAll(/<(?:script|link|img)[^>]+(?:src|href)="(https?:[^"]+)"/g)]
      .map((m) => m[1])
      .filter((u) => !u!.startsWith('https://gopy.example.vn/'));
    expect(external).toEqual([]);
  });
});

describe('npm run build with bad data', () => {
  it('fails naming the file and both lines, and leaves the previous dist/ untouched', () => {
    // Inside the project, with its own Astro cache, like every test build (tests/e2e/site.ts).
    mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
    const work = mkdtempSync(path.join(ROOT, '.tmp/bad-data-'));
    const cacheDir = newCacheDir();
    const data = path.join(work, 'data');
    cpSync('data', data, { recursive: true });
    const file = path.join(data, 'participation', '2025-05-16.csv');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n').length;
    appendFileSync(file, '2025-05-17,30,people,vneid,2000000,1290087,exact,X,,,,\n2025-05-17,99,people,vneid,5,,exact,X,,,,\n');
    const dest = path.join(work, 'dist');
    cpSync(siteDir(), dest, { recursive: true });
    const before = readFileSync(path.join(dest, 'index.html'), 'utf8');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', dest], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...buildEnv(), DATA_DIR: data, ASTRO_CACHE_DIR: cacheDir },
    });
    rmSync(cacheDir, { recursive: true, force: true });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`data/participation/2025-05-16.csv:${lines + 1}, cột "value", giá trị "2000000"`);
    expect(r.stderr).toContain(`data/participation/2025-05-16.csv:${lines + 2}, cột "area_code", giá trị "99"`);
    expect(readFileSync(path.join(dest, 'index.html'), 'utf8')).toBe(before);
    expect(readdirSync(work).sort()).toEqual(['data', 'dist']);
    rmSync(work, { recursive: true, force: true });
  });
});

describe('sitemap', () => {
  it('lists the pages readers should find, not the noindex embed pages', () => {
    const xml = readFileSync(path.join(siteDir(), 'sitemap-0.xml'), 'utf8');
    expect(xml).toContain('https://gopy.example.vn/so-lieu/</loc>');
    expect(xml).toContain('https://gopy.example.vn/huong-dan/gop-y-qua-vneid/</loc>');
    expect(xml).not.toContain('/so-lieu/nhung/');
  });
});
