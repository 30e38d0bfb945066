/**
 * The plain files (downloads) are written by the build's own step, beside Astro, by worker threads
 * (scripts/write-files.ts, src/files/). Here, on the site tests/global-setup.ts built: every kind's
 * files on disk are byte for byte what the kind makes in this process from the same data, and they
 * say what the pages say (a chart's CSV holds the rows of the page's table).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, siteDir } from './site.ts';
import { readDataset } from '../../src/lib/data/read.ts';
import { aggregate } from '../../src/lib/data/aggregate.ts';
import { typesetDataset } from '../../src/lib/data/typeset.ts';
import { fmt } from '../../src/i18n/vi/format.ts';
import { readBroadcastEntries, readHelpFacts } from '../../src/lib/content/entries.ts';
import { getCampaign } from '../../src/lib/campaign/load.ts';
import { PLAIN_FILE_KINDS } from '../../src/files/index.ts';
import { helpCalendarFiles } from '../../src/files/help-calendars.ts';
import { figuresPageFiles } from '../../src/files/figures-pages.ts';
import type { FilesContext, PlainFile } from '../../src/files/kind.ts';
import { framePage, pageFrame, type PageFrame } from '../../src/lib/site/page-frame.ts';
import { ROOT } from '../e2e/site.ts';

let ctx: FilesContext;
beforeAll(async () => {
  // The build's now, as the site states it (its help pages say the minute they were made).
  process.env.GOPY_NOW ||= JSON.parse(readFileSync(path.join(siteDir(), 'so-lieu/du-lieu/metadata.json'), 'utf8')).generated_at;
  const { dataset } = await readDataset(path.join(ROOT, 'data'));
  const content = path.join(ROOT, 'content');
  ctx = {
    // As scripts/build.ts hands it over: the data's prose set the site's way.
    data: aggregate(typesetDataset(dataset!, fmt.typeset)),
    broadcasts: await readBroadcastEntries(path.join(content, 'broadcasts')),
    help: await readHelpFacts(path.join(content, 'help')),
    site: 'https://gopy.example.vn',
    siteName: (await getCampaign()).short_name,
    campaign: await getCampaign(),
  };
  // A page kind's pages are in the frame of its specimen, the one page of the family Astro rendered.
  ctx.frames = framesOf(ctx, (pagePath) => readFileSync(path.join(siteDir(), pagePath, 'index.html'), 'utf8'));
});

/** Each page family's frame, from its specimen (its first input's page) as `read` gives it. */
function framesOf(context: FilesContext, read: (pagePath: string) => string): Record<string, PageFrame> {
  const frames: Record<string, PageFrame> = {};
  for (const kind of PLAIN_FILE_KINDS) {
    const [first] = kind.pages ? kind.inputs(context) : [];
    if (!kind.pages || first === undefined) continue;
    const { path: pagePath, parts } = kind.pages.page(first, context);
    frames[kind.pages.family] = pageFrame(read(pagePath), parts);
  }
  return frames;
}

const bytes = (c: PlainFile['content']) =>
  Buffer.from(typeof c === 'string' || c instanceof Uint8Array ? c : [...c].join(''));

describe.each(PLAIN_FILE_KINDS.map((k) => [k.name, k] as const))('%s', (_, kind) => {
  it('are on disk as the kind makes them (every 7th input), and nothing is missing', async () => {
    const inputs = [...kind.inputs(ctx)];
    if (kind === helpCalendarFiles) {
      // The default data lists no help session (a header-only file): no calendar at all. Those of
      // the help fixture are read back in tests/build/help.test.ts.
      expect(inputs).toHaveLength(0);
      expect(readdirSync(path.join(siteDir(), 'ho-tro')).filter((n) => n.endsWith('.ics'))).toEqual([]);
      return;
    }
    if (kind === figuresPageFiles) {
      // The default data has figures for the country and Hải Dương only, whose Vietnamese pages the
      // search indexes and Astro renders: none is left to the workers. A generated dataset's are
      // compared below and, with Astro's own rendering, in tests/build/reproducible.test.ts.
      expect(inputs).toHaveLength(0);
      return;
    }
    expect(inputs.length).toBeGreaterThan(0);
    let compared = 0;
    for (const [i, input] of inputs.entries()) {
      const files = await kind.render(input, ctx);
      for (const f of files) {
        const file = path.join(siteDir(), f.path);
        expect(existsSync(file), f.path).toBe(true);
        if (i % 7 === 0 && !f.path.endsWith('metadata.json')) {
          expect(readFileSync(file).equals(bytes(f.content)), f.path).toBe(true);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe('a chart’s CSV holds the rows of the table on its page', () => {
  const areas = ['toan-quoc', 'tinh-hai-duong-30'];
  it.each(areas)('%s', (slug) => {
    const html = page(`so-lieu/${slug}/`);
    const tables = [...html.matchAll(/<table data-chart-table="([^"]+)"[^>]*>([\s\S]*?)<\/table>/g)];
    expect(tables.length).toBeGreaterThan(0);
    for (const [, id, body] of tables) {
      const key = id!.slice(slug.length + 1);
      const csv = readFileSync(path.join(siteDir(), 'so-lieu', slug, `${key}.csv`), 'utf8');
      const rows = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
      const onPage = [...body!.matchAll(/<tr data-key="([^"]+)"[\s\S]*?data-value="(\d+)" data-qualifier="(\w+)"/g)].map((m) => [m[1], m[2], m[3]]);
      expect(onPage.length, id).toBeGreaterThan(0);
      const first = Object.keys(rows[0] ?? {}).includes('category') ? 'category' : 'as_of';
      expect(rows.map((r) => [r[first], r.value, r.qualifier]), id).toEqual(onPage);
    }
  });
});

describe('what the step reports', () => {
  it('counts, for each kind, the files and bytes that kind made, though a worker renders two jobs at once', async () => {
    // Generated (illustrative) data large enough for several jobs of each kind, with chart images
    // (drawn off the worker's thread) so that its jobs overlap.
    const { writePlainFiles } = await import('../../scripts/write-files.ts');
    const { generateBenchData } = await import('../../scripts/gen-bench-data.ts');
    const { mkdtempSync, mkdirSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const tmp = mkdtempSync(path.join(tmpdir(), 'gopy-files-'));
    try {
      generateBenchData(path.join(tmp, 'data'), { provinces: 3, districts: 12, communes: 150, days: 3 });
      const { dataset } = await readDataset(path.join(tmp, 'data'));
      const generated: FilesContext = { ...ctx, data: aggregate(typesetDataset(dataset!, fmt.typeset)) };
      // Each page family's specimen, as Astro would have written it for this data: its parts in the
      // frame of the default site's (the frame is the family's, whatever the data).
      // (A family whose pages the default site has none of, the Vietnamese figures pages, has no
      // frame here: it is left to Astro, as GOPY_WORKER_PAGES would.)
      const site = path.join(tmp, 'site');
      const framed = PLAIN_FILE_KINDS.filter((k) => k.pages && ctx.frames![k.pages.family]);
      for (const kind of framed) {
        const [first] = kind.inputs(generated);
        if (first === undefined) continue;
        const { path: pagePath, parts } = kind.pages!.page(first, generated);
        mkdirSync(path.join(site, pagePath), { recursive: true });
        writeFileSync(path.join(site, pagePath, 'index.html'), framePage(ctx.frames![kind.pages!.family]!, parts));
      }
      const { kinds: stats, pages } = await writePlainFiles(generated.data, site, { workers: 1, pageWorkers: 1, site: ctx.site, pagesReady: Promise.resolve(), families: framed.map((k) => k.pages!.family) });
      for (const [i, kind] of PLAIN_FILE_KINDS.entries()) {
        if (kind.pages && !framed.includes(kind)) {
          expect(stats[i], kind.name).toMatchObject({ files: 0 });
          continue;
        }
        let files = 0;
        let size = 0;
        for (const input of kind.inputs(generated)) {
          for (const f of await kind.render(input, generated)) {
            files++;
            size += bytes(f.content).length;
          }
        }
        expect(stats[i], kind.name).toMatchObject({ name: kind.name, files, bytes: size });
      }
      expect(stats.find((k) => k.name.startsWith('chart'))!.files).toBeGreaterThan(64);
      // Every page a page kind wrote is listed for the sitemap, once.
      const written = framed.flatMap((k) => [...k.inputs(generated)].map((input) => k.pages!.page(input, generated).path));
      expect(written.length).toBeGreaterThan(64);
      expect(pages.map((p) => (typeof p === 'string' ? p : p[0]))).toEqual(written);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 120_000);
});
