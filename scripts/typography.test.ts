import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { broadcastToDocx } from '../src/lib/broadcast/docx.ts';
import { broadcastToText } from '../src/lib/broadcast/render.ts';
import { checkTypography } from './typography.ts';

const NB = '\u00a0';
const root = mkdtempSync(path.join(tmpdir(), 'gopy-typography-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A site folder with the given files. */
function site(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = path.join(root, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const page = (body: string) => `<!doctype html><html lang="vi"><head><title>Trang</title></head><body><main>${body}</main></body></html>`;

describe('checkTypography over a site folder', async () => {
  const clean = site('clean', {
    'index.html': page(`<p>264.642${NB}người (20,5${NB}%), theo “Kiến Thức”.</p><pre><code>&lt;iframe src="x"&gt;</code></pre>`),
    'kich-ban/a/toan-quoc.txt': broadcastToText(['Kính thưa bà con nhân dân!']),
    'kich-ban/a/toan-quoc.docx': await broadcastToDocx({ title: 'Tin cập nhật', meta: [`Thời lượng: 2${NB}phút`], paragraphs: ['Kính thưa bà con!'] }),
    'so-lieu/du-lieu/tham-gia.csv': `\uFEFFas_of,value,source\r\n2025-05-16,264642,Kiến Thức: “Bí quyết”\r\n`,
    'pagefind/fragment.json': '{"content":"2phút \\"x\\""}',
    '_astro/chart.js': 'const s = "99,94%";',
  });

  it('finds nothing in a clean site, and skips the search index and the browser code', async () => {
    const r = await checkTypography(clean);
    expect(r.problems).toEqual([]);
    expect(r.files).toBe(4);
  });

  // One planted fault in each kind of file a reader gets.
  const planted = site('planted', {
    'kich-ban/a/tinh-30/index.html': page('<dl><dt>Thời lượng</dt><dd>1 phút 45 giây (<b>248</b>tiếng)</dd></dl>'),
    'kich-ban/a/tinh-30.txt': broadcastToText(['Trong đó 99,94% tán thành.']),
    'kich-ban/a/tinh-30.docx': await broadcastToDocx({ title: 'Tin', meta: [], paragraphs: ['Bài này bỏ bớt đoạn nói về:số người.'] }),
    'so-lieu/du-lieu/tham-gia.csv': 'as_of,source\r\n2025-05-16,"Kiến Thức: ""Bí quyết"""\r\n',
    'so-lieu/du-lieu/metadata.json': '{"columns":{"rate":{"description":"0.205135 = 20,5 %"}}}',
    'so-lieu/rss.xml': '<rss><channel><item><title>Cả nước: hơn 4.300.000 ý kiến</title></item></channel></rss>',
  });

  it('finds every planted fault, naming the file and the rule', async () => {
    const found = (await checkTypography(planted)).problems.map((p) => `${p.file} ${p.rule}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'kich-ban/a/tinh-30/index.html glued-digit',
        'kich-ban/a/tinh-30.txt percent-gap',
        'kich-ban/a/tinh-30.docx glued-colon',
        'so-lieu/du-lieu/tham-gia.csv straight-quote',
        'so-lieu/du-lieu/metadata.json percent-gap',
        'so-lieu/rss.xml unit-break',
      ]),
    );
  });

  it('holds each page to its own language: English "20.5%" is not a fault, a glued digit still is', async () => {
    const dir = site('english', {
      'en/figures/index.html': `<!doctype html><html lang="en"><head><title>Figures</title></head><body><p>20.5% of 1,290,087 people</p></body></html>`,
      'en/figures/glued.html': `<!doctype html><html lang="en"><head><title>Figures</title></head><body><p>It takes 2minutes.</p></body></html>`,
      'en/figures/data.csv': 'note\r\n"20.5% of 1,290,087 people"\r\n',
    });
    expect((await checkTypography(dir)).problems.map((p) => `${p.file} ${p.rule}`)).toEqual(['en/figures/glued.html glued-digit']);
  });

  it('`npm run check:typography` exits 1 on a fault and 0 on a clean site', () => {
    const run = (dir: string) => spawnSync('npx', ['tsx', 'scripts/typography.ts', dir], { encoding: 'utf8' });
    const bad = run(planted);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('kich-ban/a/tinh-30.txt (text) percent-gap');
    expect(run(clean).status).toBe(0);
  });
});
