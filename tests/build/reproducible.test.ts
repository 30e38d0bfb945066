/**
 * The same inputs and the same GOPY_NOW give the same bytes, and one new row changes only the files
 * that show it: a day's update moves a few files to the CDN, not the whole site. On a small
 * synthetic dataset (scripts/gen-bench-data.ts: 30 provinces, 30 districts, 30 communes, 3 days),
 * built three times: twice as it is (once with the broadcast pages written by the build's workers,
 * as always, once with every page rendered by Astro: GOPY_WORKER_PAGES=none), once with the next
 * day's figure of one commune (`npm run bench -- --touch` counts the same nationally).
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBenchData, touchRow } from '../../scripts/gen-bench-data.ts';
import { ROOT, runBuild } from '../e2e/site.ts';

const root = path.join(ROOT, '.tmp/fixtures/reproducible');
const dataDir = path.join(root, 'data');
const env = { DATA_DIR: dataDir, SITE_URL: 'https://gopy.example.vn', BASE_PATH: '/', GOPY_NOW: '2025-06-10' };

/** Every file of a built site: path → SHA-1 of its bytes. */
function fingerprint(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    out.set(path.relative(dir, full), createHash('sha1').update(readFileSync(full)).digest('hex'));
  }
  return out;
}

let first: Map<string, string>;
let second: Map<string, string>;
let touched: Map<string, string>;
let commune: string;

beforeAll(async () => {
  rmSync(root, { recursive: true, force: true });
  // 30 provinces, so that province 30 exists: the default content (campaign.yaml, guides' <Figure>) names it.
  generateBenchData(dataDir, { provinces: 30, districts: 30, communes: 30, days: 3 });
  await runBuild(path.join(root, 'a'), env);
  // The second with every page rendered by Astro: the pages the workers write (the broadcast
  // pages, src/files/broadcast-pages.ts) must be byte for byte the ones Astro would have written.
  await runBuild(path.join(root, 'b'), { ...env, GOPY_WORKER_PAGES: 'none' });
  first = fingerprint(path.join(root, 'a'));
  second = fingerprint(path.join(root, 'b'));
  const row = touchRow(dataDir);
  commune = row.trim().split('\n')[1]!.split(',')[1]!;
  appendFileSync(path.join(dataDir, 'participation', 'touch.csv'), row);
  await runBuild(path.join(root, 'c'), env);
  touched = fingerprint(path.join(root, 'c'));
}, 900_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reproducible output', () => {
  it('two builds of the same inputs are byte for byte the same, every file, whether the workers or Astro wrote the broadcast pages', () => {
    expect(first.size).toBeGreaterThan(300);
    expect([...first.keys()].filter((p) => /^kich-ban\/[^/]+\/[^/]+\/index\.html$/.test(p)).length).toBeGreaterThan(200);
    const differ = [...first].filter(([p, h]) => second.get(p) !== h).map(([p]) => p);
    expect(differ).toEqual([]);
    expect([...second.keys()].filter((p) => !first.has(p))).toEqual([]);
  });

  it('one new row for one commune changes only what shows it', () => {
    const changed = [...touched].filter(([p, h]) => first.get(p) !== h).map(([p]) => p);
    // No file goes away, except the search index's: Pagefind names its files by their contents.
    expect([...first.keys()].filter((p) => !touched.has(p) && !p.startsWith('pagefind/'))).toEqual([]);
    // The commune's own pages and files change; so do its ancestors' pages, the national lists,
    // the whole-dataset downloads and the search index. No other commune's page or download.
    expect(changed.some((p) => p.includes(`-${commune}/`) || p.includes(`-${commune}.`))).toBe(true);
    const others = changed.filter((p) => /-\d{5}[/.]/.test(p) && !p.includes(`-${commune}`));
    expect(others).toEqual([]);
    expect(changed.length).toBeLessThan(first.size / 5);
  });
});
