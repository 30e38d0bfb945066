/**
 * `npm run lighthouse [dist-folder] [page-path…]`: Lighthouse 12.2.3 (pinned; 13 needs Node 22) in
 * mobile mode on a guide page and the figures page of a built site, served by nginx with the
 * deploy config (tests/e2e/nginx.ts), in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium).
 *
 * Not part of `npm test`: scores move with machine load. Aim: accessibility 100, best practices
 * 100, performance ≥ 95. Exits 1 if accessibility or best practices is below 100 or
 * performance below 95, so it can gate a release by hand.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../tests/e2e/nginx.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/browser.ts';

const args = process.argv.slice(2);
const dist = resolve(args[0] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`lighthouse: no built site in ${dist} (run npm run build first)`);
  process.exit(2);
}

/** First page under a section, e.g. the first guide: /huong-dan/<slug>/. */
function firstPageUnder(section: string): string | undefined {
  const dir = join(dist, section);
  if (!existsSync(dir)) return undefined;
  const sub = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
  return sub.length ? `${section}/${sub[0]}/` : undefined;
}

const pages =
  args.length > 1
    ? args.slice(1).map((p) => p.replace(/^\//, ''))
    : [firstPageUnder('huong-dan'), existsSync(join(dist, 'so-lieu/index.html')) ? 'so-lieu/' : undefined].filter(
        (p): p is string => Boolean(p),
      );

const site = await serve(dist, '/');
const profile = mkdtempSync(join(tmpdir(), 'gopy-lh-'));
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  userDataDir: profile,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
let failed = false;
try {
  for (const page of pages) {
    const url = `${site.url}${page}`;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (k: string) => Math.round((categories[k]?.score ?? 0) * 100);
    const s = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    };
    console.log(`/${page}  ${Object.entries(s).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
    for (const k of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'total-byte-weight']) {
      if (audits[k]) console.log(`    ${k}: ${audits[k].displayValue ?? audits[k].numericValue}`);
    }
    // Name what cost points, so a low score says where to look.
    for (const cat of ['accessibility', 'best-practices', 'seo'] as const) {
      for (const ref of categories[cat]?.auditRefs ?? []) {
        const a = audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 1) {
          console.log(`    ✗ ${cat}: ${a.id} — ${a.title}`);
          const items = (a.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
          for (const it of items.slice(0, 3)) {
            const node = it.node as { snippet?: string } | undefined;
            console.log(`        ${String(it.description ?? it.url ?? node?.snippet ?? JSON.stringify(it)).slice(0, 160)}`);
          }
        }
      }
    }
    if (s.accessibility < 100 || s['best-practices'] < 100 || s.performance < 95) failed = true;
  }
} finally {
  await chrome.kill();
  await site.stop();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
