/**
 * `npm run bench:search`: search latency on a large site, in Debian's Chromium.
 *
 * The site: by default the default site, built as usual, plus one figures page for each of the
 * ~10,800 areas of scripts/gen-bench-data.ts (63 provinces, ~700 districts, 10,000 communes),
 * cloned from the built page of Hải Dương with the area's name put in, then indexed by Pagefind
 * exactly as `npm run build` indexes (scripts/search-index.ts). `--national` builds the whole site
 * from the synthetic dataset instead (the complete build; needs far more time and memory).
 * Everything goes to .tmp/bench-search/ (its own folder: `npm run bench` may run at the same time).
 *
 * Served by nginx with the deploy config; at phone size it times
 *   - cold: a fresh browser opens /tim-kiem/?q=… until the results are on screen (page, script,
 *     Pagefind, WebAssembly and index chunks all fetched; marked by the search script itself);
 *   - first typed query: Pagefind loaded, the query's index chunks not yet;
 *   - later queries: further typed queries on the same page;
 * each from the query being submitted to the count announced. `--slow` repeats it all on an
 * emulated slow network (Fast 3G: 150 ms, 1.6 Mbit/s).
 *
 *   npm run bench:search
 *   npm run bench:search -- --communes=2000   # fewer areas
 *   npm run bench:search -- --reuse           # reuse the last site in .tmp/bench-search/
 *   npm run bench:search -- --slow
 *   npm run bench:search -- --national        # the real national build
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { generateBenchData } from './gen-bench-data.ts';
import { indexSite } from './search-index.ts';
import { build } from './build.ts';
import { serve } from '../tests/e2e/nginx.ts';
import { launch, phone } from '../tests/e2e/browser.ts';
import { areaSlug } from '../src/lib/data/areas.ts';
import type { AreaRecord } from '../src/lib/data/schema.ts';
import { areaName as areaLabel } from '../src/i18n/vi.ts';

const args = process.argv.slice(2);
const num = (name: string) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : undefined;
};
const root = resolve('.tmp/bench-search');
const dataDir = join(root, 'data');
const siteDir = join(root, 'site');
const national = args.includes('--national');

const QUERIES = ['dinh danh', 'gop y', 'xa tan hung', 'ha noi', 'huong dan nguoi cao tuoi', 'đính chính số liệu', 'thong bao', 'kich ban loa', 'ty le tham gia', 'dien thoai'];

/** Template page and the names in it that become each area's. */
const TEMPLATE = 'so-lieu/tinh-hai-duong-30/index.html';

function cloneAreaPages(): number {
  const template = readFileSync(join(siteDir, TEMPLATE), 'utf8');
  const lines = readFileSync(join(dataDir, 'areas.csv'), 'utf8').trim().split('\n').slice(1);
  let n = 0;
  for (const line of lines) {
    const [code, name, type, level] = line.split(',');
    if (level === 'country') continue;
    const area = { code, name, type, level: level as AreaRecord['level'], parent_code: undefined };
    const html = template
      .replaceAll('Tỉnh Hải Dương', areaLabel(area))
      .replaceAll('tỉnh Hải Dương', `${type} ${name}`)
      .replaceAll('Hải Dương', name)
      .replaceAll('tinh-hai-duong-30', areaSlug(area));
    mkdirSync(join(siteDir, 'so-lieu', areaSlug(area)), { recursive: true });
    writeFileSync(join(siteDir, 'so-lieu', areaSlug(area), 'index.html'), html);
    n++;
  }
  return n;
}

if (!args.includes('--reuse') || !existsSync(join(siteDir, 'index.html'))) {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const summary = generateBenchData(dataDir, { communes: num('communes') });
  console.log(`[bench:search] areas: ${summary.areas} (${summary.communes} communes)`);
  const t0 = performance.now();
  if (national) process.env.DATA_DIR = dataDir;
  process.env.SITE_URL = 'https://gopy.example.vn';
  process.env.BASE_PATH = '/';
  await build(siteDir);
  console.log(`[bench:search] build: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (!national) {
    const n = cloneAreaPages();
    rmSync(join(siteDir, 'pagefind'), { recursive: true, force: true });
    const t1 = performance.now();
    const { pages } = await indexSite(siteDir);
    console.log(`[bench:search] ${n} area pages added; Pagefind indexed ${pages} pages in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  }
}

const count = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(join(dir, e.name)) : e.name === 'index.html' ? 1 : 0), 0);
const fragments = readdirSync(join(siteDir, 'pagefind/fragment')).length;
console.log(`[bench:search] site: ${count(siteDir)} HTML pages, ${fragments} pages in the search index`);

const served = await serve(siteDir, '/');
const browser = await launch();

/**
 * Submits a query on the search page and returns ms until the results are announced. Passed as
 * a string: tsx would wrap named functions in a helper the page does not have.
 */
async function timedQuery(page: Page, q: string): Promise<{ ms: number; status: string }> {
  return page.evaluate(`(async () => {
    const input = document.querySelector('#search-q');
    const status = document.querySelector('[data-search-status]');
    status.textContent = '';
    input.value = ${JSON.stringify(q)};
    const t0 = performance.now();
    input.form.requestSubmit();
    await new Promise((res) => {
      const check = () => (/Tìm thấy|Không tìm thấy/.test(status.textContent) ? res() : requestAnimationFrame(check));
      check();
    });
    return { ms: performance.now() - t0, status: status.textContent };
  })()`);
}

async function run(label: string, slow: boolean) {
  const cold: number[] = [];
  const first: number[] = [];
  const later: number[] = [];
  const perQuery = new Map<string, { ms: number[]; status: string }>();
  for (let i = 0; i < 5; i++) {
    // A fresh context each round: nothing cached.
    const ctx = await phone(browser);
    const page = await ctx.newPage();
    if (slow) {
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    }
    const q = QUERIES[i % QUERIES.length];
    await page.goto(`${served.url}tim-kiem/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    // From the start of navigation (HTML, CSS, script, Pagefind, WebAssembly, index) to results:
    // the search script marks the moment it has put them on screen.
    cold.push(await page.evaluate(() => performance.getEntriesByName('gopy:search-results')[0]?.startTime ?? NaN));
    const again = QUERIES[(i + 3) % QUERIES.length];
    first.push((await timedQuery(page, again)).ms);
    for (const other of QUERIES.filter((x) => x !== q && x !== again)) {
      const r = await timedQuery(page, other);
      later.push(r.ms);
      const e = perQuery.get(other) ?? { ms: [], status: r.status };
      e.ms.push(r.ms);
      perQuery.set(other, e);
    }
    await ctx.close();
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
  const f = (x: number) => `${x.toFixed(0)} ms`;
  console.log(`\n[bench:search] ${label}`);
  console.log(`  cold (open /tim-kiem/?q=…, until results): median ${f(med(cold))}, max ${f(Math.max(...cold))}  (n=${cold.length})`);
  console.log(`  first typed query after load:             median ${f(med(first))}, max ${f(Math.max(...first))}  (n=${first.length})`);
  console.log(`  later queries:                            median ${f(med(later))}, p95 ${f(p95(later))}, max ${f(Math.max(...later))}  (n=${later.length})`);
  for (const [q, e] of perQuery) {
    console.log(`    ${JSON.stringify(q).padEnd(28)} median ${f(med(e.ms)).padStart(7)}  ${/\d+ trang/.exec(e.status)?.[0] ?? e.status}`);
  }
}

try {
  await run('local network (nginx on loopback)', false);
  if (args.includes('--slow')) await run('slow network (Fast 3G: 150 ms, 1.6 Mbit/s)', true);
} finally {
  await browser.close();
  await served.stop();
}
