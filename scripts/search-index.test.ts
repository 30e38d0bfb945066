import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite, pageUrl } from './search-index.ts';
import { FOLD_MARK } from '../src/lib/search/index-fold.ts';

describe('pageUrl', () => {
  it.each([
    ['index.html', '/'],
    ['huong-dan/index.html', '/huong-dan/'],
    [path.join('huong-dan', 'x', 'index.html'), '/huong-dan/x/'],
    ['404.html', '/404.html'],
  ])('%s → %s', (file, url) => expect(pageUrl(file)).toBe(url));
});

describe('indexSite', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gopy-index-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = (body: string, indexed = true) =>
    `<!doctype html><html lang="vi"><head><title>t</title></head><body><main${indexed ? ' data-pagefind-body' : ''}>${body}</main></body></html>`;
  const files: Record<string, string> = {
    'index.html': page('<h1>Trang chủ</h1><p>Góp ý</p>'),
    'huong-dan/x/index.html': page('<h1>Tài khoản định danh</h1><p>Đăng ký</p>'),
    '404.html': page('<h1>Không có</h1>', false),
    // In a folder search skips (one broadcast for one area): not even read, though it is marked.
    'kich-ban/cap-nhat/xa-a-00001/index.html': page('<h1>Bài đọc cho xã A</h1>'),
  };
  for (const [f, html] of Object.entries(files)) {
    mkdirSync(path.join(dir, path.dirname(f)), { recursive: true });
    writeFileSync(path.join(dir, f), html);
  }

  it('indexes the pages that have data-pagefind-body and are not skipped, leaving their HTML as it was', async () => {
    expect(await indexSite(dir)).toEqual({ pages: 2, read: 3 });
    for (const [f, html] of Object.entries(files)) expect(readFileSync(path.join(dir, f), 'utf8')).toBe(html);
    expect(readdirSync(path.join(dir, 'pagefind'))).toContain('pagefind.js');
    expect(readdirSync(path.join(dir, 'pagefind/fragment'))).toHaveLength(2);
  }, 60_000);

  it('indexes each đ word once more with d: the page text Pagefind stores ends with them', () => {
    const contents = readdirSync(path.join(dir, 'pagefind/fragment')).map((f) => {
      // A fragment is gzip of "pagefind_dcd" followed by the page's JSON.
      const raw = gunzipSync(readFileSync(path.join(dir, 'pagefind/fragment', f))).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    });
    const guide = contents.find((c) => c.url === '/huong-dan/x/');
    expect(guide?.content).toBe(`Tài khoản định danh. Đăng ký. ${FOLD_MARK} dịnh Dăng.`);
    expect(contents.find((c) => c.url === '/')?.content).not.toContain(FOLD_MARK);
  });
});
